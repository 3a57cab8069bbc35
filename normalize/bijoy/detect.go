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
	sideBonus  = 30 // the pull of a strong Bijoy neighbour on a weak token
	otherPull  = 40 // the pull of a strong other one: no weak token resists it
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
	// Each strong Bijoy neighbour pulls the weak tokens of the run towards
	// Bijoy, each strong other neighbour away from it: between two Bijoy
	// tokens every weak token converts, beside one only those that do not
	// look clearly English (Ges, এবং, yes; Price, iPhone no), between Bijoy
	// and English each token by its own score.
	bonus := 0
	for _, side := range [2]uint8{t.line, right} {
		switch side {
		case tokBijoy:
			bonus += sideBonus
		case tokOther:
			bonus -= otherPull
		}
	}
	if t.line == tokNone && right == tokNone {
		// A line of weak tokens only: all or nothing, by their sum.
		bonus = -2 * sideBonus
		if sum >= lineMin {
			bonus = 2 * sideBonus
		}
	}
	t.runLeft, t.runBonus = end, bonus
	return t.runDecision(p[:n]), false
}

// runDecision applies the decision of the current run to one token of it.
func (t *Transformer) runDecision(tok []byte) bool {
	if t.runBonus <= -2*sideBonus {
		return false
	}
	cls, score := classify(tok)
	return cls != tokCaps && score+t.runBonus > 0
}

// classify returns the class and score of one token.
func classify(tok []byte) (cls uint8, score int) {
	if len(tok) > maxTok {
		return tokOther, 0
	}
	// Trim edge punctuation, reading codes from both ends.
	lo, hi := 0, len(tok)
	for lo < hi {
		if c := tok[lo]; c < utf8.RuneSelf {
			if !edge[c] {
				break
			}
			lo++
			continue
		}
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
		if c := tok[hi-1]; c < utf8.RuneSelf {
			if !edge[c] {
				break
			}
			dary = dary || c == '|'
			hi--
			continue
		}
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
		hi -= size
	}
	// No Bijoy word starts with a vowel sign, ং ঃ ঁ, ৎ, ড় ঢ় য়, ঙ ঞ ণ or a
	// phala: most English words are settled by their first letter.
	if lo < hi && badStart[tok[lo]] {
		return tokOther, -100
	}
	// The scoring loop: per code, a table lookup for the class, one for its
	// counters and one for the bigram weight.
	var (
		sc, n, flips int
		counts       uint64 // letters, marks, capitals, digit: 16 bits each
		rowOff       = ccBOS * numClasses
		prevCode     uint8
		prev2Code    uint8
		prevDigit    uint64
		bad          bool // a sequence no Bengali word has
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
		cnt := ccCounts[k]
		counts += cnt
		digit := cnt >> 48
		if n > 0 {
			flips += int(digit ^ prevDigit)
			if codeMark[prevCode] && n > 1 && class[prev2Code] != ccDigit && k != ccDigit {
				return tokOther, -100 // a(b), a=b, a:b, a@b: code, markup, addresses
			}
		}
		sc += int(bigram[rowOff+int(k)])
		bad = bad || impossible[rowOff+int(k)]
		rowOff = int(k) * numClasses
		prev2Code, prevCode, prevDigit = prevCode, x, digit
		n++
		if n > maxTok {
			break
		}
	}
	letters, marks, u := int(counts&0xFFFF), int(counts>>16&0xFFFF), int(counts>>32&0xFFFF)
	prev := class[prevCode]
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
	if bad && score > 0 {
		score = 0 // not Bijoy on its own (Avro: আৎড়), whatever it scores
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

// ccCounts holds, per class, the increments of the counters of a token:
// letters (Latin letters, ` _ ~ and the Bijoy glyphs) in the low 16 bits,
// Bijoy-only glyphs in the next 16, capitals in the next, and in the top 16
// bits 1 for a digit.
var ccCounts = func() (t [numClasses]uint64) {
	for k := 0; k < numClasses; k++ {
		if k >= ccLower && k < ccDigit || k >= ccSign+2 && k <= ccSign+4 || k >= ccPre && k <= ccConjL && k != ccQuote {
			t[k] |= 1
		}
		if k >= ccPre && k <= ccConjL && k != ccQuote {
			t[k] |= 1 << 16
		}
		if k >= ccUpper && k < ccUpper+26 {
			t[k] |= 1 << 32
		}
		if k == ccDigit {
			t[k] |= 1 << 48
		}
	}
	return t
}()

// impossible marks the class bigrams that no Bengali word written in
// Bijoy contains: a vowel sign, ং ঃ ঁ or ড় ঢ় য় after ৎ; a vowel sign after
// ং ঃ; two vowel signs after the consonant (া ী ু ূ); a vowel sign after an
// independent vowel (other than A + v, আ).
var impossible = func() (t [numClasses * numClasses]bool) {
	set := func(a byte, bs string) {
		for _, b := range []byte(bs) {
			t[int(class[a])*numClasses+int(class[b])] = true
		}
	}
	set('r', "vxyz~opqstuABCDEFGHIJ")
	set('s', "vxyz~st")
	set('t', "vxyz~st")
	for _, k := range []byte("vxyz~") {
		set(k, "vxyz~")
	}
	for v := byte('A'); v <= 'J'; v++ {
		if v != 'A' {
			set(v, "v")
		}
		set(v, "xyz~")
	}
	return t
}()

// badStart marks the ASCII letters no Bijoy word starts with.
var badStart = func() (t [256]bool) {
	for _, c := range []byte("opqrstuvxyzOTY~") {
		t[c] = true
	}
	return t
}()

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
