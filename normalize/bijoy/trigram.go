package bijoy

// The class bigrams of model.go miss what the class two places back says
// ("Gi" and "Gm" are Bijoy, "Gim" is not): a trigram correction table adds
// it. Trigrams are hashed into 1<<trigramBits slots of one byte each.

const (
	trigramBits = 17
	trigramZero = 79 // the byte of correction 0; the data stays printable
	trigramClip = 47
)

// trigramSlot returns the slot of the trigram z a b; z is numClasses at the
// start of a token.
func trigramSlot(z, a, b int) uint32 {
	return uint32((z*numClasses+a)*numClasses+b) * 2654435761 >> (32 - trigramBits)
}

// trigram returns the correction of class b after a (given as a*numClasses)
// after z.
func trigram(z, aRow, b int) int {
	return int(trigramData[uint32((z*numClasses*numClasses+aRow+b))*2654435761>>(32-trigramBits)]) - trigramZero
}
