package bijoy

// Detection (Auto mode) works on tokens, the runs of non-space characters.
// Each token gets a class:
//
//   - clsOther: it cannot be Bijoy (a character outside the Bijoy code
//     range, such as real Bengali; or longer than any word), or its score
//     says English.
//   - clsBijoy: its score says Bijoy.
//   - clsWeak: it has letters but the score is not decisive ("I", "Ges").
//   - clsNeutral: no letters (numbers, punctuation).
//
// Strong tokens decide for themselves; a run of weak and neutral tokens
// takes the decision of the strong tokens around it on the same line.

// Token classes; also the line context.
const (
	clsNone uint8 = iota
	clsNeutral
	clsWeak
	clsBijoy
	clsOther
)

// Score thresholds: a token scoring at least bijoyMin is Bijoy, one scoring
// at most otherMax is not.
const (
	bijoyMin = 8
	otherMax = -8
)

// decide returns whether to convert the token p[:n]; more is true when the
// decision needs more input.
func (t *Transformer) decide(p []byte, n int, atEOF bool) (convert, more bool) {
	if t.runLeft > 0 {
		switch t.runPol {
		case polConvert:
			return true, false
		case polKeep:
			return false, false
		}
		cls, score := classify(p[:n])
		return cls == clsWeak && score > 0, false
	}
	cls, score := classify(p[:n])
	switch cls {
	case clsBijoy:
		t.line = clsBijoy
		return true, false
	case clsOther:
		t.line = clsOther
		return false, false
	}
	// A weak or neutral token: find the end of its run and what follows.
	sum := 0
	if cls == clsWeak {
		sum = score
	}
	end, q, right := n, n, clsNone
	for {
		for q < len(p) {
			ws, size := space(p[q:], atEOF)
			if size == 0 {
				return false, true
			}
			if !ws || p[q] == '\n' {
				break
			}
			q += size
		}
		if q > lookAhead || q < len(p) && p[q] == '\n' {
			break
		}
		if q == len(p) {
			if !atEOF {
				return false, true
			}
			break
		}
		m, ok := tokenEnd(p[q:], atEOF)
		if !ok {
			return false, true
		}
		c, s := classify(p[q : q+m])
		if c == clsBijoy || c == clsOther {
			right = c
			break
		}
		if c == clsWeak {
			sum += s
		}
		q += m
		end = q
	}
	pol := polOwn
	left := t.line
	switch {
	case left == clsBijoy && right != clsOther, left == clsNone && right == clsBijoy:
		pol = polConvert
	case left == clsOther && right != clsBijoy, left == clsNone && right == clsOther:
		pol = polKeep
	case left == clsNone && right == clsNone:
		pol = polKeep
		if sum > 0 {
			pol = polConvert
		}
	}
	t.runLeft, t.runPol = end, pol
	switch pol {
	case polConvert:
		return true, false
	case polKeep:
		return false, false
	}
	return cls == clsWeak && score > 0, false
}

// classify returns the class and score of one token.
func classify(tok []byte) (cls uint8, score int) {
	if len(tok) > maxTok {
		return clsOther, 0
	}
	var codes [maxTok]uint8
	n := 0
	for i := 0; i < len(tok); {
		code, size := decodeCode(tok[i:])
		if code == noCode {
			return clsOther, 0
		}
		codes[n] = uint8(code)
		n++
		i += size
	}
	return scoreCodes(codes[:n])
}

// scoreCodes scores a token given as glyph codes.
func scoreCodes(c []uint8) (cls uint8, score int) {
	lo, hi := 0, len(c)
	for lo < hi && feat[c[lo]]&fEdge != 0 {
		lo++
	}
	for hi > lo && feat[c[hi-1]]&fEdge != 0 {
		hi--
	}
	letters := 0
	for _, x := range c[lo:hi] {
		if feat[x]&fLetter != 0 {
			letters++
		}
	}
	if letters == 0 {
		return clsNeutral, 0
	}
	w := c[lo:hi]
	// A dari after the word is Bijoy punctuation.
	if hi < len(c) && c[hi] == '|' {
		score += 6
	}
	prev := uint8(0)
	for i, x := range w {
		f := feat[x]
		score += int(uni[x])
		if i == 0 {
			if f&fBadStart != 0 {
				score -= 12
			}
		} else {
			if x >= 'A' && x <= 'Z' && prev >= 'a' && prev <= 'z' {
				score += 4 // lowercase then uppercase inside a word
			}
			if f&fPost != 0 && feat[prev]&(fPost|fVowel|fMod) != 0 && !(x == 'v' && prev == 'A') {
				score -= 6
			}
		}
		prev = x
	}
	if last := w[len(w)-1]; feat[last]&fPre != 0 {
		score -= 10
	}
	switch {
	case score >= bijoyMin:
		return clsBijoy, score
	case score <= otherMax:
		return clsOther, score
	}
	return clsWeak, score
}

// Code features.
const (
	fLetter   uint16 = 1 << iota // a letter of a word (either script)
	fEdge                        // punctuation trimmed before scoring
	fBadStart                    // no Bijoy word starts with it
	fPre                         // a pre-base vowel sign
	fPost                        // a vowel sign after the consonant
	fVowel                       // an independent vowel
	fMod                         // ং ঃ ঁ
)

var feat = func() (t [256]uint16) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= fLetter
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= fLetter
	}
	for c := 0x80; c <= 0xFF; c++ {
		t[c] |= fLetter
	}
	for _, c := range []byte("()[]{}<>,.;:!?\"'-/*+=@#%|\\_`~&^$") {
		t[c] |= fEdge
		t[c] &^= fLetter
	}
	for _, r := range "“”‘’«»–—…•ÒÓÔÕ¡¿\u00a0" {
		c := codeOf(r)
		t[c] |= fEdge
		t[c] &^= fLetter
	}
	for _, c := range []byte{'_', '`', '~'} {
		t[c] |= fLetter
		t[c] &^= fEdge
	}
	for _, c := range []byte("opqrstuvxyzOTY~") {
		t[c] |= fBadStart
	}
	for _, r := range "¨ª«Ö¥§¬­œè¡¦Ÿ¢£‹Œ—‘’¿ú„…‚ƒŠ" {
		t[codeOf(r)] |= fBadStart
	}
	for _, r := range "w‡†‰ˆ" {
		t[codeOf(r)] |= fPre
	}
	for _, r := range "vxyz~“–„…‚ƒŠ" {
		t[codeOf(r)] |= fPost
	}
	for c := 'A'; c <= 'J'; c++ {
		t[c] |= fVowel
	}
	for _, c := range []byte("stu") {
		t[c] |= fMod
	}
	return t
}()

// uni is the per-code weight: positive for codes frequent in Bijoy text and
// rare in English, negative for the reverse.
var uni = func() (t [256]int8) {
	w := map[byte]int8{
		'v': 6, 'w': 3, 'x': 5, 'y': 2, 'z': 2, '~': 6, 'q': 4, 'j': 3, 'g': 1, 'b': 1, 'k': 1,
		'a': -3, 'e': -2, 'o': -3, 'u': -4, 't': -4, 's': -3, 'h': -3, 'n': -1, 'r': -4,
		'd': -3, 'l': -2, 'f': -1, 'p': -4,
	}
	for c, v := range w {
		t[c] = v
	}
	for c := 'K'; c <= 'Z'; c++ {
		t[c] = 2
	}
	for c := 0x80; c <= 0xBF; c++ {
		t[c] = 6
	}
	for c := 0xC0; c <= 0xFF; c++ {
		t[c] = 2
	}
	return t
}()
