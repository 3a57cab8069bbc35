package bijoy

// The detection model works on character classes, not codes: every ASCII
// letter is its own class, the ASCII signs that are Bijoy letters too, and
// the rest of the code range falls into a few groups by the role the codes
// play in Bijoy (pre-base vowel signs, phalas, half forms, conjuncts...).
const (
	ccBOS   = iota // start of the token
	ccEOS          // end of the token
	ccLower        // a..z: ccLower + c - 'a'
	ccUpper = ccLower + 26
	ccDigit = ccUpper + 26
	ccSign  = ccDigit + 1 // | & ` _ ~ ^ \ $ in that order
	ccPunct = ccSign + 8
	ccPre   = ccPunct + 1
	ccPost  = ccPre + 1
	ccPhala = ccPost + 1
	ccHalf  = ccPhala + 1
	ccQuote = ccHalf + 1
	ccReph  = ccQuote + 1
	ccConj  = ccReph + 1  // B0..BF, × ÷: conjuncts that are symbols in Latin-1
	ccConjU = ccConj + 1  // C0..DF: conjuncts that are capital letters in Latin-1
	ccConjL = ccConjU + 1 // E0..FF: conjuncts that are small letters in Latin-1
	ccHigh  = ccConjL + 1 // the rest of 80..FF

	numClasses = ccHigh + 1
)

// class maps a glyph code to its class.
var class = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = uint8(ccLower + c - 'a')
		case c >= 'A' && c <= 'Z':
			t[c] = uint8(ccUpper + c - 'A')
		case c >= '0' && c <= '9':
			t[c] = ccDigit
		case c < 0x80:
			t[c] = ccPunct
		case c >= 0xB0 && c <= 0xBF || c == 0xD7 || c == 0xF7:
			t[c] = ccConj
		case c >= 0xC0 && c <= 0xDF && c != 0xD0 && c != 0xD1:
			t[c] = ccConjU
		case c >= 0xE0:
			t[c] = ccConjL
		default:
			t[c] = ccHigh
		}
	}
	for i, c := range []byte("|&`_~^\\$") {
		t[c] = uint8(ccSign + i)
	}
	groups := []struct {
		cls   uint8
		codes string
	}{
		{ccPre, "‡†‰ˆ"},
		{ccPost, "“–…„‚ƒŠ"},
		{ccPhala, "¨ª«Ö¥§¬\u00adœè¡¦Ÿ¢£‹Œ—‘’¿úø"},
		{ccHalf, "¯¤®š›˜™”•"},
		{ccQuote, "ÒÓÔÕ"},
		{ccReph, "©"},
	}
	for _, g := range groups {
		for _, r := range g.codes {
			t[codeOf(r)] = g.cls
		}
	}
	return t
}()
