package bijoy

import "unicode/utf8"

// Detection (Auto mode) works on tokens, the runs of non-space characters.
// Each token gets a class:
//
//   - tokOther: it cannot be Bijoy (a character outside the Bijoy code
//     range, such as real Bengali; or longer than any word), or its score
//     says English.
//   - tokBijoy: its score says Bijoy.
//   - tokWeak: it has letters but the score is not decisive ("I", "Ges").
//   - tokNeutral: no letters (numbers, punctuation).
//
// Strong tokens decide for themselves; a run of weak and neutral tokens
// takes the decision of the strong tokens around it on the same line.

// Token classes; also the line context.
const (
	tokNone uint8 = iota
	tokNeutral
	tokWeak
	tokCaps // a weak token of capitals that scores as English
	tokBijoy
	tokOther
)

// Score thresholds: a token scoring at least bijoyMin (plus shortExtra for
// tokens of one to three characters) is Bijoy, one scoring at most otherMax
// is not. They were chosen on held-out data: Bijoy words from a Bengali
// word list against English prose, Go code and Latin-1 names (see
// model_test.go).
const (
	bijoyMin   = 30
	shortExtra = 10
	otherMax   = -40
	daryBonus  = 10
	lineMin    = 20 // a line of weak tokens only is Bijoy from this sum on
)

// decide returns whether to convert the token p[:n]; more is true when the
// decision needs more input.
func (t *Transformer) decide(p []byte, n int, atEOF bool) (convert, more bool) {
	if t.runLeft > 0 {
		return t.runDecision(p[:n]), false
	}
	cls, score := classify(p[:n])
	switch cls {
	case tokBijoy:
		t.line = tokBijoy
		return true, false
	case tokOther:
		t.line = tokOther
		return false, false
	}
	// A weak or neutral token: find the end of its run and what follows.
	sum := score
	end, q, right := n, n, tokNone
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
		if c == tokBijoy || c == tokOther {
			right = c
			break
		}
		sum += s
		q += m
		end = q
	}
	pol := polOwn
	left := t.line
	switch {
	case left == tokBijoy && right != tokOther, left == tokNone && right == tokBijoy:
		pol = polConvert
	case left == tokOther && right != tokBijoy, left == tokNone && right == tokOther:
		pol = polKeep
	case left == tokNone && right == tokNone:
		pol = polKeep
		if sum >= lineMin {
			pol = polConvert
		}
	}
	t.runLeft, t.runPol = end, pol
	return t.runDecision(p[:n]), false
}

// runDecision applies the decision of the current run to one token of it.
func (t *Transformer) runDecision(tok []byte) bool {
	switch t.runPol {
	case polKeep:
		return false
	case polConvert:
		cls, _ := classify(tok)
		return cls != tokCaps
	}
	cls, score := classify(tok)
	return cls == tokWeak && score > 0
}

// classify returns the class and score of one token.
func classify(tok []byte) (cls uint8, score int) {
	if len(tok) > maxTok {
		return tokOther, 0
	}
	// Trim edge punctuation, reading codes from both ends.
	lo, hi := 0, len(tok)
	for lo < hi {
		code, size := decodeCode(tok[lo:])
		if code == noCode || size == 0 {
			return tokOther, 0
		}
		if !edge[code] {
			break
		}
		lo += size
	}
	dary := false
	for hi > lo {
		size := 1
		for size < 4 && size < hi-lo && !utf8.RuneStart(tok[hi-size]) {
			size++
		}
		code, n := decodeCode(tok[hi-size : hi])
		if code == noCode || n != size {
			return tokOther, 0
		}
		if !edge[code] {
			break
		}
		dary = dary || code == '|'
		hi -= size
	}
	// The scoring loop: one table lookup for the class, one for the bigram
	// weight and one for the flags of the class, per code.
	var (
		sc, n, flips      int
		letters, marks, u int
		prev, pp          = uint8(ccBOS), uint8(ccBOS)
		prevCode          uint8
	)
	for i := lo; i < hi; {
		x := tok[i]
		if x < utf8.RuneSelf {
			i++
		} else {
			code, size := decodeCode(tok[i:])
			if code == noCode || size == 0 {
				return tokOther, 0
			}
			x = uint8(code)
			i += size
		}
		k := class[x]
		f := ccFlags[k]
		letters += int(f & fLetter)
		marks += int(f&fMark) >> 1
		u += int(f&fUpper) >> 2
		if n > 0 {
			flips += int((f ^ ccFlags[prev]) & fDigit >> 3)
			if codeMark[prevCode] && n > 1 && pp != ccDigit && k != ccDigit {
				return tokOther, -100 // a(b), a=b, a:b, a@b: code, markup, addresses
			}
		}
		sc += int(bigram[int(prev)*numClasses+int(k)])
		pp, prev, prevCode = prev, k, x
		n++
	}
	if letters == 0 {
		// Signs of code or markup count against a line of weak tokens.
		score = 0
		for _, c := range tok {
			if codePunct[c] {
				score -= 10
			}
		}
		return tokNeutral, score
	}
	if flips > 2 {
		return tokOther, -100 // digits and letters taking turns: an identifier, a hash
	}
	score = sc + int(bigram[int(prev)*numClasses+ccEOS])
	if dary {
		score += daryBonus // a dari after the word is Bijoy punctuation
	}
	switch {
	case score >= bijoyMin+shortExtra, score >= bijoyMin && (n > 3 || marks > 0):
		return tokBijoy, score
	case score <= otherMax:
		return tokOther, score
	case u == letters && letters > 1 && score <= 0:
		// An acronym (BBC, UN): not taken along by Bijoy neighbours.
		return tokCaps, score
	}
	return tokWeak, score
}

// Flags of a character class.
const (
	fLetter = 1 << iota // Latin letters, ` _ ~, and the Bijoy glyphs
	fMark               // a glyph only Bijoy uses inside words
	fUpper              // A..Z
	fDigit              // 0..9
)

var ccFlags = func() (t [numClasses]uint8) {
	for k := 0; k < numClasses; k++ {
		if k >= ccLower && k < ccDigit || k >= ccSign+2 && k <= ccSign+4 || k >= ccPre && k <= ccConjL && k != ccQuote {
			t[k] |= fLetter
		}
		if k >= ccPre && k <= ccConjL && k != ccQuote {
			t[k] |= fMark
		}
		if k >= ccUpper && k < ccUpper+26 {
			t[k] |= fUpper
		}
		if k == ccDigit {
			t[k] |= fDigit
		}
	}
	return t
}()

// scoreCodes scores a token given as glyph codes (used by the tests).
func scoreCodes(c []uint8) (cls uint8, score int) {
	var b []byte
	for _, x := range c {
		if x < 0x80 {
			b = append(b, x)
		} else {
			b = utf8.AppendRune(b, rune(x))
		}
	}
	return classify(b)
}

// trimEdges returns the bounds of c without its edge punctuation.
func trimEdges(c []uint8) (lo, hi int) {
	lo, hi = 0, len(c)
	for lo < hi && edge[c[lo]] {
		lo++
	}
	for hi > lo && edge[c[hi-1]] {
		hi--
	}
	return lo, hi
}

// codePunct marks the ASCII signs that are common in code and markup and
// never used in Bijoy text.
var codePunct = func() (t [256]bool) {
	for _, c := range []byte("=<>{}[];#@*+") {
		t[c] = true
	}
	return t
}()

// codeMark marks the signs that never stand inside a Bijoy word.
var codeMark = func() (t [256]bool) {
	for _, c := range []byte("()[]{}=<>@#*+:") {
		t[c] = true
	}
	return t
}()

// edge marks the punctuation trimmed from both ends of a token before it is
// scored. The ASCII signs that are Bijoy letters (` _ ~ ^ & $ \ |) are not
// trimmed, except the dari |, which scores on its own.
var edge = func() (t [256]bool) {
	for _, c := range []byte("()[]{}<>,.;:!?\"'-/*+=@#%|") {
		t[c] = true
	}
	for _, r := range "“”‘’«»–—…•ÒÓÔÕ¡¿\u00a0" {
		t[codeOf(r)] = true
	}
	return t
}()
