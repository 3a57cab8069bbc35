package mojibake

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// A token is a run of characters that stand, in one codec, for the bytes
// of one UTF-8 encoded character: "à¦¬" for ব in Windows-1252. A lossy
// token is a three-byte sequence whose last byte is missing ("à¦" then
// something that is not a trail byte).

type status uint8

const (
	tokNone status = iota // no token here
	tokOK                 // a token
	tokMore               // the input ends too early to tell
)

type token struct {
	end   int32 // end of the characters read
	r     rune  // decoded character of an exact token
	codec codec
	lossy bool // the last of three bytes is missing
	b0    byte // first byte
	b2    byte // second byte of a lossy token
	c1    bool // a C1 control stood for a byte
	nbsp  bool // U+00A0 stood for a byte
}

// readRune decodes the character at s[p]. st is tokMore when s ends
// inside a character and more input may follow.
func readRune(s []byte, p int, atEOF bool) (r rune, n int, st status) {
	c := s[p]
	if c < utf8.RuneSelf {
		return rune(c), 1, tokOK
	}
	// Fast paths for the two- and three-byte characters mojibake is
	// made of.
	if c >= 0xC2 && c < 0xE0 && p+1 < len(s) && s[p+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[p+1]&0x3F), 2, tokOK
	}
	if c >= 0xE1 && c < 0xED && p+2 < len(s) && s[p+1]&0xC0 == 0x80 && s[p+2]&0xC0 == 0x80 {
		return rune(c&0x0F)<<12 | rune(s[p+1]&0x3F)<<6 | rune(s[p+2]&0x3F), 3, tokOK
	}
	r, n = utf8.DecodeRune(s[p:])
	if r == utf8.RuneError && n <= 1 && !atEOF && !utf8.FullRune(s[p:]) {
		return r, n, tokMore
	}
	return r, n, tokOK
}

// secondOK applies the UTF-8 limits on the second byte of a sequence.
func secondOK(b0, b1 byte) bool {
	switch b0 {
	case 0xE0:
		return b1 >= 0xA0
	case 0xED:
		return b1 <= 0x9F
	case 0xF0:
		return b1 >= 0x90
	case 0xF4:
		return b1 <= 0x8F
	}
	return true
}

// lookahead is how many bytes after a lossy token its alternatives may
// read (the longest NFKC replacement, "1⁄4", is five bytes).
const lookahead = 8

// parseToken reads a token at s[p] into tok (it writes in place: copying a
// token just written field by field stalls the processor). It may look
// back to s[lo].
func parseToken(s []byte, lo, p int, atEOF bool, tok *token) status {
	// Fast path: "à¦" or "à§" and a trail character from U+0080..U+00BF,
	// Windows-1252 mojibake of most Bengali characters.
	if p+5 < len(s) && s[p] == 0xC3 && s[p+1] == 0xA0 && s[p+2] == 0xC2 && (s[p+3] == 0xA6 || s[p+3] == 0xA7) &&
		s[p+4] == 0xC2 && s[p+5] >= 0x80 && s[p+5] <= 0xBF {
		b := s[p+5]
		*tok = token{
			end: int32(p + 6), r: 0x0980 | rune(s[p+3]&1)<<6 | rune(b&0x3F),
			b0: 0xE0, c1: b < 0xA0, nbsp: b == 0xA0,
		}
		return tokOK
	}
	// Fast path: "à¦" or "à§" and then a character that cannot stand for
	// a trail byte (ASCII or À..ÿ): a lossy token.
	if p+4 < len(s) && s[p] == 0xC3 && s[p+1] == 0xA0 && s[p+2] == 0xC2 && (s[p+3] == 0xA6 || s[p+3] == 0xA7) &&
		(s[p+4] < 0x80 || s[p+4] == 0xC3) {
		*tok = token{end: int32(p + 4), b0: 0xE0, b2: s[p+3], lossy: true}
		return tokOK
	}
	// Fast path: a two-byte sequence in Latin-1 range characters, such as
	// each of "Ã\u00a0", "Â¦", "Â¬" in doubly encoded Bengali.
	if p+3 < len(s) && s[p] == 0xC3 && s[p+1] >= 0x82 && s[p+1] <= 0x9F && s[p+2] == 0xC2 && s[p+3] >= 0x80 && s[p+3] <= 0xBF {
		b := s[p+3]
		*tok = token{
			end: int32(p + 4), r: rune(s[p+1]&0x1F)<<6 | rune(b&0x3F),
			b0: 0xC0 | s[p+1]&0x3F, c1: b < 0xA0, nbsp: b == 0xA0,
		}
		return tokOK
	}
	r0, n0, st := readRune(s, p, atEOF)
	if st != tokOK {
		return st
	}
	for c := range numCodecs {
		b0 := byteOf(c, r0)
		if !isLeadByte(b0) {
			continue
		}
		need := 1
		if b0 >= 0xF0 {
			need = 3
		} else if b0 >= 0xE0 {
			need = 2
		}
		var buf [4]byte
		buf[0] = b0
		*tok = token{codec: c, b0: b0}
		q := p + n0
		k := 1
		for ; k <= need; k++ {
			if q >= len(s) {
				if !atEOF {
					return tokMore
				}
				break
			}
			r, n, st := readRune(s, q, atEOF)
			if st == tokMore {
				return tokMore
			}
			b := byteOf(c, r)
			if !isTrailByte(b) || k == 1 && !secondOK(b0, b) {
				break
			}
			if r < 0xA0 {
				tok.c1 = true
			} else if r == 0xA0 {
				tok.nbsp = true
			}
			buf[k] = b
			q += n
		}
		tok.end = int32(q)
		if k > need {
			tok.r, _ = utf8.DecodeRune(buf[:need+1])
			return tokOK
		}
		if c == cp1252 && k == 2 && (b0 == 0xE0 && (buf[1] == 0xA6 || buf[1] == 0xA7) || b0 == 0xE2 && buf[1] == 0x80) {
			tok.lossy, tok.b2 = true, buf[1]
			return tokOK
		}
		// "Â¦Â ", "Â¦Â3⁄4", "Â¦Å ̧": in doubly encoded Bengali, the trail
		// character of a two-byte character of the outer layer turned
		// into a space (the NBSP of ঠ, E0 A6 A0) or replaced by NFKC (Â¾
		// for the byte BE of া, Å¸ for the byte 9F of ট).
		if c == cp1252 && k == 1 && (b0 == 0xC2 || b0 == 0xC5) && p-4 >= lo &&
			s[p-4] == 0xC3 && s[p-3] == 0x82 && s[p-2] == 0xC2 && (s[p-1] == 0xA6 || s[p-1] == 0xA7) {
			b, n, st := nfkcTrail(s, q, atEOF)
			if st == tokMore {
				return tokMore
			}
			if n > 0 {
				buf[1] = b
				tok.end = int32(q + n)
				tok.r, _ = utf8.DecodeRune(buf[:2])
				return tokOK
			}
		}
		// "Ã Â¦": the lead of doubly encoded Bengali (or of the danda, "Ã
		// Â¥") with its NBSP turned into a space.
		if c == cp1252 && k == 1 && b0 == 0xC3 && q < len(s) && s[q] == ' ' {
			if len(s)-q < 5 && !atEOF {
				return tokMore
			}
			if len(s)-q >= 5 && s[q+1] == 0xC3 && s[q+2] == 0x82 && s[q+3] == 0xC2 && s[q+4] >= 0xA5 && s[q+4] <= 0xA7 {
				tok.end, tok.r = int32(q+1), 0xE0
				return tokOK
			}
		}
	}
	return tokNone
}

// nfkcTrail returns the trail byte (A0..BF) whose Windows-1252 character
// NFKC turned into the text at s[q], and the length of that text; n is 0
// when there is none.
func nfkcTrail(s []byte, q int, atEOF bool) (b byte, n int, st status) {
	if q >= len(s) || !nfkcFirst[s[q]] {
		return 0, 0, tokOK
	}
	for _, pat := range nfkcTab[cp1252] {
		if pat.b < 0xA0 {
			continue
		}
		if hasPrefix(s[q:], pat.s) {
			return pat.b, len(pat.s), tokOK // longest first
		}
		if !atEOF && len(s)-q < len(pat.s) && pat.s[:len(s)-q] == string(s[q:]) {
			return 0, 0, tokMore
		}
	}
	return 0, 0, tokOK
}

// lossyReach returns the end of what the alternatives of a lossy token
// ending at q may read: a U+FFFD, a space, or a replacement made by NFKC.
func lossyReach(s []byte, q int, atEOF bool) (int, status) {
	if !atEOF && len(s)-q < lookahead {
		// Unless a line ends first.
		for j := q; j < len(s); j++ {
			if s[j] == '\n' {
				return lossyReach(s[:j], q, true)
			}
		}
		return 0, tokMore
	}
	if q >= len(s) {
		return q, tokOK
	}
	if hasFFFD(s[q:]) {
		return q + 3, tokOK
	}
	end := q
	if s[q] == ' ' {
		end = q + 1
	}
	if !nfkcFirst[s[q]] {
		return end, tokOK
	}
	for _, pat := range nfkcTab[cp1252] {
		if hasPrefix(s[q:], pat.s) {
			end = max(end, q+len(pat.s))
			break // longest first
		}
	}
	return end, tokOK
}

func hasFFFD(s []byte) bool {
	return len(s) >= 3 && s[0] == 0xEF && s[1] == 0xBF && s[2] == 0xBD
}

func hasPrefix(s []byte, p string) bool {
	return len(s) >= len(p) && string(s[:len(p)]) == p
}

// Alternatives of an item and what they cost.

type kind uint8

const (
	kExact      kind = iota // the characters spell the bytes
	kLost                   // the last byte was dropped
	kFFFD                   // the last byte became U+FFFD
	kSpace                  // the last byte was NBSP and became a space
	kNFKCStrong             // NFKC replaced the last byte's character, leaving a trace no text has (⁄, a combining mark after a space)
	kNFKCWeak               // NFKC replaced it with ASCII ("...", "TM", "a", "2")
	kKeep                   // leave the text as it is
	numKinds
)

// keepCost is the price of leaving a lossy token as it is: only when
// every reading breaks the script.
const keepCost = 200

type alt struct {
	r     rune  // decoded character; -1 keeps the item's text
	tail  uint8 // bytes at the end of the item copied after r
	kind  kind
	extra int32 // prior and context
	first cls
	last  cls
	inner int32 // transition cost inside the alternative
	// For a consonant between two lossy tokens: whether this reading
	// follows a virama (1) or not (0); -1 elsewhere.
	afterV int8
	triple int32 // for a virama: cost when the consonant before follows a virama too
}

// An item is a token; its alternatives are sc.alts[a0:a0+n].
type item struct {
	start, end int32
	a0         int32
	codec      codec
	n          uint8
	choice     uint8 // the alternative chosen
	dual       bool  // a consonant read twice: after a virama and not
}

// evidence of the damage a region went through, which prices the
// alternatives of its lossy tokens.
type evidence struct {
	c1, nbsp, drop, fffd, nfkc bool
}

func (e evidence) costs() (c [numKinds]int32) {
	noDrop := e.c1 || e.fffd
	switch {
	case e.drop && !noDrop:
		c[kLost] = 2
	case noDrop:
		c[kLost] = 40
	default:
		c[kLost] = 10
	}
	switch {
	case e.nbsp:
		c[kSpace] = 20
	case noDrop || e.nfkc:
		c[kSpace] = 0
	case e.drop:
		c[kSpace] = 15
	default:
		c[kSpace] = 5
	}
	switch {
	case e.nfkc:
		c[kNFKCWeak] = 1
	case e.drop:
		c[kNFKCWeak] = 12
	default:
		c[kNFKCWeak] = 6
	}
	c[kKeep] = keepCost
	return c
}

// levelStats describes one decoding pass over a region.
type levelStats struct {
	tokens     int // tokens found
	bengali    int // Bengali characters decoded from exact tokens
	lossyBn    int // Bengali characters rebuilt from lossy tokens
	mac        int // of the Bengali, how many through MacRoman
	violations int // transitions Bengali never writes, on the chosen path
}

// accept reports whether a pass produced Bengali-shaped text. bnAfter
// says that Bengali text follows the region on its line, after nothing but
// spaces and punctuation: then one well-formed Bengali character read
// through MacRoman ("‡¶ì" for ও between Bengali words) is enough.
func (st levelStats) accept(bnAfter bool) bool {
	n := st.bengali + st.lossyBn
	if st.bengali == 0 && st.lossyBn < 2 {
		return false
	}
	if st.mac > 0 && st.mac < 2 && st.mac == n && !(bnAfter && st.violations == 0) {
		return false
	}
	// A Bengali character spelled in full in Windows-1252 or Latin-1
	// ("à¦¬") does not occur in real text: accept it even when the text
	// it spells breaks the rules of the script (typos such as অা). Weaker
	// evidence must make well-formed Bengali.
	if st.bengali > st.mac {
		return true
	}
	return st.violations*4 <= n
}

// scratch holds the buffers of one region.
type scratch struct {
	toks  []tokAt // the tokens scanRegion found
	exact bool    // and none of them is lossy
	// spans lists, as start, end pairs, the text that the current layer
	// copies as it is; prevSpans the same for the layer before, whose
	// output is being decoded. A character of the next layer must be
	// made of decoded text only: "Ã\u00a0" decodes to à, but à and a
	// ¦ that was copied as it is do not make "à¦".
	spans, prevSpans []int32
	items            []item
	alts             []alt
	best             []int32 // per alternative: cost of the best path ending there
	back             []uint8 // per alternative: the best alternative of the item before
	buf              [2][]byte
	bnAfter          bool // Bengali text follows the region, see accept
}

func (sc *scratch) altsOf(it *item) []alt { return sc.alts[it.a0 : it.a0+int32(it.n)] }

// tokAt is a token and where it starts in its region.
type tokAt struct {
	start int32
	tok   token
}

// build finds the tokens of in and their alternatives.
func (sc *scratch) build(in []byte, toks []tokAt) evidence {
	var ev evidence
	sc.items = sc.items[:0]
	sc.alts = sc.alts[:0]
	for i := range toks {
		t := &toks[i]
		tok := &t.tok
		sc.items = append(sc.items, item{})
		it := &sc.items[len(sc.items)-1]
		it.start, it.codec, it.a0 = t.start, tok.codec, int32(len(sc.alts))
		ev.c1 = ev.c1 || tok.c1
		ev.nbsp = ev.nbsp || tok.nbsp && tok.b0 == 0xE0
		if !tok.lossy {
			it.end = int32(tok.end)
			it.n = 1
			c := classOf(tok.r)
			sc.alts = append(sc.alts, alt{})
			a := &sc.alts[len(sc.alts)-1]
			a.r, a.kind, a.first, a.last, a.afterV = tok.r, kExact, c, c, -1
			continue
		}
		sc.lossyAlts(it, in, *tok, &ev)
	}
	return ev
}

// verbatim appends s, copied as it is (or with HTML references decoded),
// to out and records where it went when it holds more than ASCII.
func (sc *scratch) verbatim(out, s []byte, html bool) []byte {
	start := len(out)
	out = appendText(out, s, html)
	for _, c := range s {
		if c >= utf8.RuneSelf {
			sc.spans = append(sc.spans, int32(start), int32(len(out)))
			break
		}
	}
	return out
}

// tokens finds the tokens of a whole text (a region decoded once
// already), like scanRegion does for the first layer, skipping those that
// take text the layer before copied as it is.
func (sc *scratch) tokens(in []byte) []tokAt {
	sc.toks = sc.toks[:0]
	sc.exact = true
	spans := sc.prevSpans
	for p := 0; p < len(in); {
		if in[p] < utf8.RuneSelf {
			p++
			continue
		}
		for len(spans) > 0 && int(spans[1]) <= p {
			spans = spans[2:]
		}
		sc.toks = append(sc.toks, tokAt{start: int32(p)})
		ta := &sc.toks[len(sc.toks)-1]
		st := parseToken(in, 0, p, true, &ta.tok)
		if st == tokOK && len(spans) > 0 && int(spans[0]) < int(ta.tok.end) {
			st = tokNone
		}
		if st != tokOK {
			sc.toks = sc.toks[:len(sc.toks)-1]
			_, n, _ := readRune(in, p, true)
			p += n
			continue
		}
		p = int(ta.tok.end)
		if ta.tok.lossy {
			sc.exact = false
			p, _ = lossyReach(in, p, true)
		}
	}
	return sc.toks
}

// lossyAlts fills in the alternatives of a lossy token.
func (sc *scratch) lossyAlts(it *item, in []byte, tok token, ev *evidence) {
	q := int(tok.end)
	end, _ := lossyReach(in, q, true)
	it.end = int32(end)
	add := func(r rune, tail int, k kind, extra int32) {
		a := alt{r: r, tail: uint8(tail), kind: k, extra: extra, afterV: -1}
		a.first = classOf(r)
		a.last = a.first
		if tail > 0 {
			tr, _ := utf8.DecodeRune(in[end-tail:])
			lr, _ := utf8.DecodeLastRune(in[:end])
			a.inner = trans[a.first][classOf(tr)]
			a.last = classOf(lr)
		}
		sc.alts = append(sc.alts, a)
		it.n++
	}
	decode := func(b byte) rune { return rune(tok.b0&0x0F)<<12 | rune(tok.b2&0x3F)<<6 | rune(b&0x3F) }
	var cands []byte
	switch tok.b2 {
	case 0xA6:
		cands = lostA6[:]
	case 0xA7:
		cands = lostA7[:]
	default:
		cands = lost80[:]
	}
	lostKind := kLost
	switch {
	case end > q && hasFFFD(in[q:]):
		lostKind = kFFFD
		ev.fffd = true
	case end == q:
		ev.drop = true
	}
	for _, b := range cands {
		tail := end - q
		if lostKind == kFFFD {
			tail = 0
		}
		add(decode(b), tail, lostKind, prior(tok.b2, b))
	}
	if lostKind != kFFFD && end > q {
		strong := false
		for _, pat := range nfkcTab[cp1252] {
			if !nfkcFirst[in[q]] {
				break
			}
			if pat.b == 0xA0 || !hasPrefix(in[q:], pat.s) {
				continue // NBSP became a space: kSpace below
			}
			k := kNFKCWeak
			if pat.strong {
				k, strong = kNFKCStrong, true
				ev.nfkc = true
			}
			add(decode(pat.b), end-q-len(pat.s), k, 0)
		}
		// A space then a combining mark is what NFKC left of ¨ ¯ ´ ¸,
		// never an NBSP.
		if in[q] == ' ' && !strong {
			add(decode(0xA0), end-q-1, kSpace, 0)
		}
	}
	sc.alts = append(sc.alts, alt{r: -1, kind: kKeep, afterV: -1})
	it.n++
}

// context adds what the neighbours say about a guessed virama: it must
// join two consonants into a cluster Bengali writes, and a word does not
// begin with a reph.
func (sc *scratch) context(in []byte) {
	items := sc.items
	// A consonant between two lossy tokens gets two readings, one after
	// a virama and one not, so that the search can tell a cluster of
	// three (ন্ত্র, or the impossible ্র্ of দ্র্নীতি for দুর্নীতি) from
	// one of two.
	for i := 1; i+1 < len(items); i++ {
		it := &items[i]
		if it.n != 1 || items[i-1].n == 1 || items[i+1].n == 1 || items[i-1].end != it.start || it.end != items[i+1].start {
			continue
		}
		a := sc.alts[it.a0]
		if !bn.IsConsonant(a.r) {
			continue
		}
		it.a0, it.n, it.dual = int32(len(sc.alts)), 2, true
		a.afterV = 0
		sc.alts = append(sc.alts, a)
		a.afterV = 1
		sc.alts = append(sc.alts, a)
		next := rune(-1) // the character after the next token, when certain
		if i+2 < len(items) && items[i+2].start == items[i+1].end && items[i+2].n == 1 {
			next = sc.alts[items[i+2].a0].r
		}
		for j := items[i+1].a0; j < items[i+1].a0+int32(items[i+1].n); j++ {
			if sc.alts[j].r != bn.Virama {
				continue
			}
			switch {
			case a.r == bn.Ra && next == bn.Ya:
				sc.alts[j].triple = 3 // দারিদ্র্য
			case a.r == bn.Ra:
				sc.alts[j].triple = 15 // ্র্: a ra-phala does not take a reph
			case next == bn.Ra || next == bn.Ya:
				// ন্ত্র, ষ্ট্র, ন্দ্য: common
			default:
				sc.alts[j].triple = 3
			}
		}
	}
	for i := range items {
		it := &items[i]
		if it.n == 1 {
			continue
		}
		prev := sc.single(i-1, it.start)
		next := rune(-1)
		if i+1 < len(items) && items[i+1].start == it.end && (items[i+1].n == 1 || items[i+1].dual) {
			next = sc.alts[items[i+1].a0].r
			if next == bn.Ya && i+2 < len(items) && items[i+2].start == items[i+1].end && items[i+2].n == 1 && sc.alts[items[i+2].a0].r == bn.Nukta {
				next = -2 // য় after a virama: Bengali writes ্য, never ্য়
			}
		}
		for j := range sc.altsOf(it) {
			a := &sc.altsOf(it)[j]
			if a.r != bn.Virama {
				continue
			}
			wordStart := i > 0 && sc.startsWord(i-1, in)
			if next == -2 {
				a.extra += 25
			}
			if bn.IsConsonant(prev) && bn.IsConsonant(next) {
				switch conjTier(prev, next) {
				case conjNone:
					a.extra += 25
				case conjRare:
					if wordStart || !isMedialConjunct(prev, next) {
						a.extra += 3
					}
				}
				if wordStart && !isPhala(next) && !isInitialConjunct(prev, next) {
					a.extra += 2
				}
			}
			if prev == bn.Ra && wordStart {
				a.extra += 30 // a reph at the start of a word
			}
			if i > 1 && sc.single(i-2, items[i-1].start) == bn.Virama {
				a.extra += 8 // a third consonant in the cluster
			}
		}
	}
}

// startsWord reports whether items[i] begins a word: nothing but
// spaces and punctuation comes before it.
func (sc *scratch) startsWord(i int, in []byte) bool {
	start := sc.items[i].start
	if i > 0 && sc.items[i-1].end == start {
		return false
	}
	prevEnd := int32(0)
	if i > 0 {
		prevEnd = sc.items[i-1].end
	}
	if prevEnd == start {
		return true // the region starts here
	}
	_, last := glueClasses(in[prevEnd:start])
	return last == cOther
}

// single returns the character of items[i] when it is certain and ends at
// end, and -1 otherwise.
func (sc *scratch) single(i int, end int32) rune {
	if i < 0 || sc.items[i].end != end || sc.items[i].n != 1 && !sc.items[i].dual {
		return -1
	}
	return sc.alts[sc.items[i].a0].r
}

// glueClasses returns the classes of the first and last characters of g.
func glueClasses(g []byte) (first, last cls) {
	if len(g) == 1 {
		c := classOf(rune(g[0]))
		return c, c
	}
	r, _ := utf8.DecodeRune(g)
	l, _ := utf8.DecodeLastRune(g)
	return classOf(r), classOf(l)
}

// choose runs the Viterbi search over the items and sets the choice of
// every item.
func (sc *scratch) choose(in []byte, costs *[numKinds]int32) {
	items, alts := sc.items, sc.alts
	if cap(sc.best) < len(alts) {
		sc.best = make([]int32, len(alts), 2*len(alts))
		sc.back = make([]uint8, len(alts), 2*len(alts))
	}
	best, back := sc.best[:len(alts)], sc.back[:len(alts)]
	prevEnd := int32(0)
	for i := range items {
		it := &items[i]
		glue := in[prevEnd:it.start]
		var gf, gl cls
		if len(glue) > 0 {
			gf, gl = glueClasses(glue)
		}
		if i > 0 && it.n == 1 && items[i-1].n == 1 {
			// One reading after one reading: nothing to choose.
			al, pa := &alts[it.a0], items[i-1].a0
			v := best[pa] + costs[al.kind] + al.extra + al.inner
			if len(glue) > 0 {
				v += trans[alts[pa].last][gf] + trans[gl][al.first]
			} else {
				v += trans[alts[pa].last][al.first]
			}
			best[it.a0], back[it.a0] = v, 0
			prevEnd = it.end
			continue
		}
		for a := it.a0; a < it.a0+int32(it.n); a++ {
			al := &alts[a]
			own := costs[al.kind] + al.extra + al.inner
			if i == 0 {
				if len(glue) > 0 {
					own += trans[gl][al.first]
				} else {
					own += trans[cOther][al.first]
				}
				best[a] = own
				continue
			}
			prev := &items[i-1]
			bestV, bestP := int32(1<<30), uint8(0)
			for pa := range int32(prev.n) {
				pl := alts[prev.a0+pa].last
				v := best[prev.a0+pa]
				if len(glue) > 0 {
					v += trans[pl][gf] + trans[gl][al.first]
				} else {
					v += trans[pl][al.first]
					pAlt := &alts[prev.a0+pa]
					if al.afterV >= 0 && (al.afterV == 1) != (pAlt.r == bn.Virama) {
						v += bad
					}
					if pAlt.afterV == 1 {
						v += al.triple
					}
				}
				if v < bestV {
					bestV, bestP = v, uint8(pa)
				}
			}
			best[a] = bestV + own
			back[a] = bestP
		}
		prevEnd = it.end
	}
	last := &items[len(items)-1]
	var after cls
	if int(last.end) < len(in) {
		after, _ = glueClasses(in[last.end:])
	}
	bestV, choice := int32(1<<30), uint8(0)
	for a := range int32(last.n) {
		v := best[last.a0+a] + trans[alts[last.a0+a].last][after]
		if v < bestV {
			bestV, choice = v, uint8(a)
		}
	}
	for i := len(items) - 1; i >= 0; i-- {
		it := &items[i]
		it.choice = choice
		choice = back[it.a0+int32(choice)]
	}
}

// decodeExact is decodeLevel for a region whose tokens, all exact, toks
// lists: no alternatives to weigh.
func (sc *scratch) decodeExact(out, in []byte, toks []tokAt, html bool) ([]byte, levelStats) {
	st := levelStats{tokens: len(toks)}
	var spelled [numCodecs]bool
	someBn := false
	for i := range toks {
		if isBengaliOut(toks[i].tok.r) {
			spelled[toks[i].tok.codec], someBn = true, true
		}
	}
	prevEnd := 0
	prevCls := cOther
	for i := range toks {
		t := &toks[i]
		start := int(t.start)
		if start > prevEnd {
			glue := in[prevEnd:start]
			out = sc.verbatim(out, glue, html)
			gf, gl := glueClasses(glue)
			if trans[prevCls][gf] >= bad {
				st.violations++
			}
			prevCls = gl
		}
		prevEnd = int(t.tok.end)
		r := t.tok.r
		if !isBengaliOut(r) {
			if someBn && !spelled[t.tok.codec] || !plausible(r) {
				out = sc.verbatim(out, in[start:t.tok.end], false)
				prevCls = cOther
				continue
			}
			out = utf8.AppendRune(out, r)
			prevCls = classOf(r)
			continue
		}
		c := classOf(r)
		if trans[prevCls][c] >= bad {
			st.violations++
		}
		st.bengali++
		if t.tok.codec == macRoman {
			st.mac++
		}
		prevCls = c
		if r >= 0x800 && r < 0x10000 {
			out = append(out, byte(0xE0|r>>12), byte(0x80|r>>6&0x3F), byte(0x80|r&0x3F))
		} else {
			out = utf8.AppendRune(out, r)
		}
	}
	return sc.verbatim(out, in[prevEnd:], html), st
}

// decodeLevel undoes one layer of mojibake in in, appending to out.
func (sc *scratch) decodeLevel(out, in []byte, toks []tokAt, html bool) ([]byte, levelStats) {
	sc.spans = sc.spans[:0]
	if toks == nil {
		toks = sc.tokens(in)
	}
	if sc.exact {
		return sc.decodeExact(out, in, toks, html)
	}
	var st levelStats
	ev := sc.build(in, toks)
	items := sc.items
	st.tokens = len(items)
	if len(items) == 0 {
		return out, st
	}
	if len(sc.alts) > len(items) { // some token is lossy
		sc.context(in)
		costs := ev.costs()
		sc.choose(in, &costs)
	}
	// A code page that spelled no Bengali in a region that has some does
	// not get to decode anything else: that is Latin text.
	var spelled [numCodecs]bool
	someBn := false
	for i := range items {
		it := &items[i]
		if r := sc.alts[it.a0+int32(it.choice)].r; isBengaliOut(r) {
			spelled[it.codec], someBn = true, true
		}
	}
	prevEnd := int32(0)
	prevCls := cOther
	for i := range items {
		it := &items[i]
		glue := in[prevEnd:it.start]
		out = sc.verbatim(out, glue, html)
		a := &sc.alts[it.a0+int32(it.choice)]
		if a.kind == kExact && !isBengaliOut(a.r) && (someBn && !spelled[it.codec] || !plausible(a.r)) {
			a = &keepAlt
		}
		first := a.first
		if len(glue) > 0 {
			gf, gl := glueClasses(glue)
			if trans[prevCls][gf] >= bad {
				st.violations++
			}
			prevCls = gl
		}
		if a.r < 0 {
			out = sc.verbatim(out, in[it.start:it.end], false)
			prevCls = cOther
			prevEnd = it.end
			continue
		}
		if trans[prevCls][first] >= bad || a.inner >= bad {
			st.violations++
		}
		if isBengaliOut(a.r) {
			if a.kind == kExact {
				st.bengali++
			} else {
				st.lossyBn++
			}
			if it.codec == macRoman {
				st.mac++
			}
		}
		out = utf8.AppendRune(out, a.r)
		if a.tail > 0 {
			out = sc.verbatim(out, in[it.end-int32(a.tail):it.end], false)
		}
		prevCls = a.last
		prevEnd = it.end
	}
	out = sc.verbatim(out, in[prevEnd:], html)
	return out, st
}

var keepAlt = alt{r: -1, kind: kKeep, afterV: -1}

// plausible reports whether r, decoded from a token that is not Bengali,
// is a character that Bengali text carries or a layer of mojibake is made
// of: Latin-1 and Latin letters, general punctuation (quotes, dashes,
// joiners), currency and letterlike signs, the characters of the code
// pages, emoji and variation selectors, the BOM.
func plausible(r rune) bool {
	switch {
	case r >= 0xA0 && r < 0x250, r >= 0x2000 && r < 0x2070, r >= 0x20A0 && r < 0x20D0,
		r >= 0x2100 && r < 0x2150, r >= 0x1F000, r >= 0xFE00 && r < 0xFE10, r == 0xFEFF,
		r == 0x0964, r == 0x0965:
		return true
	}
	return byteOf(cp1252, r) != 0 || byteOf(macRoman, r) != 0
}

// maxLevels bounds how many layers of mojibake are undone.
const maxLevels = 3

// fixRegion repairs a region whose tokens scanRegion left in sc.toks. It returns the repaired text (in one of the
// scratch buffers) and whether it differs from region.
func (sc *scratch) fixRegion(region []byte, html bool) ([]byte, bool) {
	in := region
	toks := sc.toks
	sc.prevSpans = sc.prevSpans[:0]
	for level := range maxLevels {
		// Entities are decoded once, in the first pass.
		out, st := sc.decodeLevel(sc.buf[level%2][:0], in, toks, html && level == 0)
		toks = nil
		sc.buf[level%2] = out
		if st.tokens == 0 {
			break
		}
		if st.accept(sc.bnAfter) {
			return out, true
		}
		in = out
		sc.spans, sc.prevSpans = sc.prevSpans, sc.spans
	}
	if html {
		out := appendText(sc.buf[0][:0], region, true)
		sc.buf[0] = out
		return out, string(out) != string(region)
	}
	return nil, false
}
