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

// Score thresholds: a token of four codes or more (or with a glyph only
// Bijoy has) scoring at least bijoyMin is Bijoy, one scoring at most
// otherMax is not; shorter tokens ("Rj", "dv") are never settled by their
// score alone. They were chosen on held-out data: Bijoy words from a
// Bengali word list against English prose, code, word lists and names (see
// model_test.go and eval_test.go).
const (
	bijoyMin  = 30
	otherMax  = -40
	daryBonus = 10
	lineMin   = 20 // a line of weak tokens only is Bijoy from this sum on
	sideBonus = 30 // the pull of a strong Bijoy neighbour on a weak token
	otherPull = 40 // the pull of a strong other one: no weak token resists it
	weakMax   = otherPull - 5

	// lexEnglishScore is the score of a word of the English lexicon: only
	// two Bijoy neighbours convert it.
	lexEnglishScore = -2*sideBonus + sideBonus/2
	// lexAmbiguousScore is the score of a common Bengali word in Bijoy that
	// is an English word too: a Bijoy neighbour converts it, even with
	// English on its other side.
	lexAmbiguousScore = otherPull - sideBonus + 1
)

// decide returns whether to convert the token p[:n]; more is true when the
// decision needs more input.
func (t *Transformer) decide(p []byte, n int, atEOF bool) (convert, more bool) {
	if t.runLeft > 0 {
		return t.runDecision(p, n), false
	}
	var cls uint8
	var score int
	if t.rightOK { // the strong token after the last run, classified then
		cls, score, t.rightOK = t.rightCls, int(t.rightScore), false
	} else {
		cls, score = classify(p[:n])
	}
	switch cls {
	case tokBijoy:
		t.line = tokBijoy
		return true, false
	case tokOther:
		t.line = tokOther
		return false, false
	}
	// A weak or neutral token: find the end of its run and what follows.
	// Capitals count against the run, never for it.
	sum := score
	if cls == tokCaps {
		sum = min(score, 0)
	}
	end, q, right := n, n, tokNone
	var rightScore int
	t.nRunToks, t.runCur = 0, 0
	t.cacheTok(0, cls, score)
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
			right, rightScore = c, s
			break
		}
		t.cacheTok(q, c, s)
		if c == tokCaps {
			s = min(s, 0)
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
	t.runLeft, t.runLen, t.runBonus, t.runRight, t.nextAt = end, end, bonus, right, -1
	t.rightOK, t.rightCls, t.rightScore = right != tokNone, right, int16(rightScore)
	t.runLast = runUnknown
	switch t.line {
	case tokBijoy:
		t.runLast = runYes
	case tokOther:
		t.runLast = runNo
	}
	return t.runDecision(p, n), false
}

// A run's tokens are classified when the run is decided and once more when
// each is converted or copied: the first results are kept by their offset in
// the run (maxRunToks of them, enough for lookAhead bytes).
const maxRunToks = lookAhead/2 + 2

type runTok struct {
	off   int32
	cls   uint8
	score int16
}

func (t *Transformer) cacheTok(off int, cls uint8, score int) {
	if t.nRunToks < maxRunToks {
		t.runToks[t.nRunToks] = runTok{int32(off), cls, int16(score)}
		t.nRunToks++
	}
}

// classifyAt classifies tok, at offset off of the run, from the cache when
// it can.
func (t *Transformer) classifyAt(off int, tok []byte) (uint8, int) {
	for i := t.runCur; i < t.nRunToks && int(t.runToks[i].off) <= off; i++ {
		if e := t.runToks[i]; int(e.off) == off {
			return e.cls, int(e.score)
		}
	}
	return classify(tok)
}

// Decisions of a token with letters, as runLast and nextDec hold them.
const (
	runUnknown uint8 = iota
	runNo
	runYes
)

// runDecision applies the decision of the current run to its token p[:n];
// p holds the rest of the run (t.runLeft bytes).
//
// A token with letters converts when its score and the pull of the run's
// neighbours say so. Punctuation goes with the token before it (a dari ends
// its sentence). Numbers go with the next token with letters in the run
// (৫০০ টাকা, Nov 27), or with the strong token after the run, or at the end
// of the line with the token before them.
func (t *Transformer) runDecision(p []byte, n int) bool {
	if t.runBonus <= -2*sideBonus {
		return false
	}
	off := t.runLen - t.runLeft
	for t.runCur < t.nRunToks && int(t.runToks[t.runCur].off) < off {
		t.runCur++
	}
	cls, score := t.classifyAt(off, p[:n])
	if cls != tokNeutral {
		convert := cls != tokCaps && score+t.runBonus > 0
		t.runLast = runNo
		if convert {
			t.runLast = runYes
		}
		return convert
	}
	if onlyAmpersands(p[:n]) {
		return false // "a & b": an explicit hasanta stands in a word, never alone
	}
	if t.runLast != runUnknown && !hasDigit(p[:n]) {
		return t.runLast == runYes // punctuation ends what precedes it (a dari)
	}
	if t.nextAt < 0 || t.runLeft <= t.nextAt {
		// Find the next token with letters in the run; remember where it
		// is, so that a long run of numbers is scanned once.
		t.nextAt, t.nextDec = 0, runUnknown
		for q := n; q < t.runLeft; {
			if ws, size := space(p[q:], true); ws {
				q += size
				continue
			}
			m, _ := tokenEnd(p[q:t.runLeft], true)
			if c, sc := t.classifyAt(off+q, p[q:q+m]); c != tokNeutral {
				t.nextAt, t.nextDec = t.runLeft-q, runNo
				if c != tokCaps && sc+t.runBonus > 0 {
					t.nextDec = runYes
				}
				break
			}
			q += m
		}
	}
	switch {
	case t.nextDec != runUnknown:
		return t.nextDec == runYes
	case t.runRight == tokBijoy || t.runRight == tokOther:
		return t.runRight == tokBijoy
	}
	return t.runLast == runYes
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
	// "i¨ve-11" (র‍্যাব-১১), "COVID-19": a number after a hyphen says
	// nothing about the word.
	if j := hi; j > lo && tok[j-1]-'0' < 10 {
		for j > lo && tok[j-1]-'0' < 10 {
			j--
		}
		if j-1 > lo && tok[j-1] == '-' {
			hi = j - 1
		}
	}
	// No Bijoy word starts with a vowel sign, ং ঃ ঁ, ৎ, ড় ঢ় য়, ঙ ঞ ণ or a
	// phala: most English words are settled by their first letter.
	if lo < hi && badStart[tok[lo]] {
		return tokOther, -100
	}
	if lo > 0 && lo < hi && tok[lo-1] == '%' && isASCIILetter(tok[lo]) {
		return tokOther, -100 // a printf verb: %d, %s, %v
	}
	// The scoring loop: per code, a table lookup for the class, one for its
	// counters and one for the bigram weight.
	var (
		sc, n, flips int
		counts       uint64 // letters, marks, capitals, digit: 16 bits each
		rowOff       = ccBOS * numClasses
		prevK        = numClasses // the class before the previous one: none
		prevCode     uint8
		prev2Code    uint8
		prevDigit    uint64
		hb, he       uint64 = fnvOffset, fnvOffset // lexicon hashes, see lexFlags
		onlyLetters         = true                 // ASCII letters only
		bad          bool                          // a sequence no Bengali word has
	)
	for i := lo; i < hi; {
		x := tok[i]
		if x < utf8.RuneSelf {
			i++
			if prevCode == '%' && isASCIILetter(x) {
				return tokOther, -100 // a printf verb: %d, %s, %v
			}
		} else {
			code, size := decodeCode(tok[i:])
			if code == noCode || size == 0 {
				return tokOther, 0
			}
			x = uint8(code)
			i += size
		}
		if n > 0 && mojibakePair(prevCode, x) {
			return tokOther, -100
		}
		hb = (hb ^ uint64(canon[x])) * fnvPrime
		he = (he ^ uint64(x)) * fnvPrime
		onlyLetters = onlyLetters && isASCIILetter(x)
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
		sc += int(bigram[rowOff+int(k)]) + trigram(prevK, rowOff, int(k))
		bad = bad || impossible[rowOff+int(k)] || karAfterKar[prevCode]&karNext[x] != 0
		prevK = rowOff / numClasses
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
	score = sc + int(bigram[int(prev)*numClasses+ccEOS]) + trigram(prevK, rowOff, ccEOS)
	if dary {
		score += daryBonus // a dari after the word is Bijoy punctuation
	}
	if bad && score > 0 {
		score = 0 // not Bijoy on its own (Avro: আৎড়), whatever it scores
	}
	if hi-lo > 2 && tok[lo] == '`' && tok[hi-1] == '`' {
		// `code` in Markdown and Go: Bijoy দ…দ only between Bijoy words.
		return tokWeak, min(score, lexEnglishScore)
	}
	// The lexicon can change the class of an open token, and of a strong
	// one made of letters only (an English word the model mistakes).
	if score > otherMax && n <= maxLexLen && (score < bijoyMin || marks == 0) {
		switch f := lexFlags(hb, he, onlyLetters); {
		case f != 0 && n == 1 && letters == 1: // "I" ও, "G" এ: the English letters
			return tokWeak, lexAmbiguousScore
		case f == lexB && (n > 3 || marks > 0 || !englishShape(tok[lo:hi])):
			return tokBijoy, max(score, bijoyMin)
		case f == lexB && n >= 3: // short and shaped like English ("Ges"): alone, with Bijoy, or beside one English word
			return tokWeak, max(score, otherPull+1)
		case f == lexB: // two codes ("bv", "nb"): alone, or with Bijoy
			return tokWeak, max(score, lineMin)
		case f&lexB != 0: // ambiguous ("I", "me"): only beside Bijoy
			return tokWeak, lexAmbiguousScore
		case f == lexE: // English ("Nov", "Rs"): only between Bijoy words
			return tokWeak, min(score, lexEnglishScore)
		}
	}
	switch {
	case score >= bijoyMin && (n > 3 || marks > 0):
		return tokBijoy, score
	case u == letters && letters > 1 && marks == 0:
		// An acronym (BBC, UN, AKM): not taken along by Bijoy neighbours,
		// and no pull on them either. The capitals that are Bijoy words
		// (GK এক, KZ কত) are in the lexicon.
		return tokCaps, score
	case score <= otherMax:
		return tokOther, score
	case letters == 1 && n == 1:
		// One letter ("K", "a"): only with a Bijoy neighbour.
		return tokWeak, 0
	}
	// However well a short token scores, one strong English neighbour
	// outweighs it ("dv = f(x)").
	return tokWeak, min(score, weakMax)
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

// karAfterKar and karNext catch what impossible cannot see in classes: a
// vowel sign after a glyph that ends in one (ü হৃ, û হু, ï শু, ¸ গু, or
// a vowel-sign code), as in "büyük" (হৃু). karAfterKar[c] is 1 for the codes
// that end in a vowel sign, karNext[c] 1 for the post-base vowel signs.
var karAfterKar, karNext = func() (after, next [256]uint8) {
	for _, r := range "üûï¸vxyz~„…‚ƒ“–" {
		after[codeOf(r)] = 1
	}
	for _, r := range "vxyz~„…‚ƒ“–" {
		next[codeOf(r)] = 1
	}
	return after, next
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

// englishShape reports whether the letters tok are all small, all capitals,
// or a capital and small letters, as English words are.
func englishShape(tok []byte) bool {
	upper, lower, lowerThenUpper := 0, 0, false
	for _, c := range tok {
		switch {
		case c >= 'a' && c <= 'z':
			lower++
		case c >= 'A' && c <= 'Z':
			upper++
			lowerThenUpper = lowerThenUpper || lower > 0
		default:
			return false
		}
	}
	return !lowerThenUpper && (upper <= 1 || lower == 0)
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func hasDigit(tok []byte) bool {
	for _, c := range tok {
		if c-'0' < 10 {
			return true
		}
	}
	return false
}

// mojibakePair reports whether the codes a b start UTF-8 read as
// Windows-1252, once or twice: à¦ à§ (Bengali), à¤ à¥ (Devanagari and
// the dari), â€ (“ ” – …), and their twice-encoded forms Â¦ Â§ Ã¢. The
// mojibake repair undoes them; as Bijoy they would be প্প, ব্জ, ঞ্চ or ঞ্ছ
// before a phala or a half form, which no Bengali word has.
func mojibakePair(a, b uint8) bool {
	switch a {
	case 0xE0, 0xC2: // à Â
		return b >= 0xA4 && b <= 0xA7
	case 0xE2: // â
		return b == 0x80
	case 0xC3: // Ã
		return b == 0xA2
	}
	return false
}

func onlyAmpersands(tok []byte) bool {
	for _, c := range tok {
		if c != '&' {
			return false
		}
	}
	return true
}
