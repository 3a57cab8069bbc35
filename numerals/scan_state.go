package numerals

import (
	"bytes"
	"sync"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
	"github.com/bntext/bntext/numerals/bangabda"
)

// scanWindow bounds how far past its first byte a date or time match and
// the context it depends on may reach. The scanner only ever looks at
// text[start:start+scanWindow] (and no further than the end of the line)
// when it decides on a match at start, which keeps it linear and lets a
// streaming transformer work with bounded buffers.
const scanWindow = 1024

// scanState walks a text for date and time matches.
type scanState struct {
	text     []byte
	pos      int
	boundary bool // a word may start at pos (the rune before it ends no word)
	final    bool // text is all there is (else more may follow)
	nl       int  // index of the next '\n' at or after pos, or -1 when not searched
	limit    int  // next stops, returning false, at the first position at or after limit
	ref      Date
	rule     bangabda.Rule
	ts       scanToks
}

// next finds the next date or time match from s.pos and stores it in h,
// moving s.pos past it. It returns false at the end of the text, and
// needMore too when s.final is not set and a candidate at s.pos needs
// more input to decide.
func (s *scanState) next(h *scanHit) (ok, needMore bool) {
	text := s.text
	trie := scanWords()
	for s.pos < len(text) {
		if s.pos >= s.limit {
			return false, false
		}
		p := s.pos
		c := text[p]
		cand := false
		size := 1
		switch {
		case c < utf8.RuneSelf:
			digit := c-'0' <= 9
			cand = digit && s.boundary
			s.boundary = !(digit || c|0x20-'a' <= 25)
		case c == 0xE0 && p+2 < len(text) && text[p+1]&^1 == 0xA6 && text[p+2]&0xC0 == 0x80:
			size = 3
			i := int(text[p+1]&1)<<6 | int(text[p+2]&0x3F)
			switch bn.ClassAt(i) {
			case bn.Digit:
				cand = s.boundary
				s.boundary = false
			case bn.Consonant, bn.KhandaTaClass, bn.IndependentVowel:
				cand = s.boundary && trie.root[i] != 0 && trie.mayStart(text, p+3, i)
				s.boundary = false
			case bn.VowelSign, bn.Modifier, bn.NuktaClass, bn.ViramaClass:
				s.boundary = i == 0x03 // ঃ also serves as a colon: তারিখঃ১২/০৭/২০২৫
			default:
				s.boundary = true
			}
		case c == 0xE2 && p+2 < len(text) && text[p+1] == 0x80 && (text[p+2] == 0x8C || text[p+2] == 0x8D):
			size = 3 // ZWJ/ZWNJ keep the boundary state
		case c == 0xE0 && p+1 >= len(text) || c == 0xE0 && p+2 >= len(text) && text[p+1]&^1 == 0xA6 || c == 0xE2 && p+2 >= len(text):
			// An incomplete rune at the end of the input.
			if !s.final {
				return false, true
			}
			size = len(text) - p
			s.boundary = true
		default:
			_, size = utf8.DecodeRune(text[p:])
			s.boundary = true
		}
		if !cand {
			s.pos += size
			continue
		}
		// A candidate: the window must be complete.
		if s.nl < p {
			s.nl = bytes.IndexByte(text[p:], '\n')
			if s.nl >= 0 {
				s.nl += p
			} else {
				s.nl = len(text) + 1 // no newline in what we have
			}
		}
		end := min(len(text), p+scanWindow)
		if s.nl < end {
			end = s.nl
		} else if !s.final && end < p+scanWindow {
			s.boundary = true
			return false, true
		}
		w := text[:end]
		s.ts.init(w, p)
		h.end = 0
		if scanDateAt(&s.ts, s.ref, s.rule, h) || h.end == 0 && scanClockAt(&s.ts, h) {
			s.pos = h.end
			s.boundary = scanBoundaryBefore(text, h.end)
			return true, false
		}
		if h.end > p {
			// An invalid date: skip it whole.
			s.pos = h.end
			s.boundary = scanBoundaryBefore(text, h.end)
			continue
		}
		// No match: skip the word or the run of digits.
		if c < utf8.RuneSelf || bn.ClassAt(int(text[p+1]&1)<<6|int(text[p+2]&0x3F)) == bn.Digit {
			s.pos = p + scanSkipDigits(w, p)
		} else {
			s.pos = p + size
		}
		s.boundary = false
	}
	return false, false
}

// scanSkipDigits returns the length of the run of digits at text[p:],
// with the single separators (, . / - :) between digits.
func scanSkipDigits(text []byte, p int) int {
	q := p
	for {
		if _, n := digitAt(text, q); n > 0 {
			q += n
			continue
		}
		if q > p && q+1 < len(text) {
			switch text[q] {
			case ',', '.', '/', '-', ':':
				if _, n := digitAt(text, q+1); n > 0 {
					q++
					continue
				}
			}
		}
		return q - p
	}
}

// scanTokKind is the kind of a token.
type scanTokKind uint8

const (
	stEnd   scanTokKind = iota // end of the window
	stNum                      // a run of digits
	stWord                     // a date or time word
	stOther                    // another word or symbol
	stPunct                    // a punctuation mark
)

// scanSfx is what is glued to the end of a number.
type scanSfx uint8

const (
	sfxNone  scanSfx = iota
	sfxDay           // ১লা ২রা ৪ঠা ১২ই ২১শে
	sfxClock         // ৯টা ৯টায় ৯টার
	sfxAt            // ৯টায়: a clock suffix in the locative
	sfxCase          // ২০২৫এর ২০২৫-এ
	sfxWord          // a date or time word glued on (২০২৫ইং, ১২জুলাই): next token
	sfxOther         // anything else (১১তম, ৫টি, ২য়): not a date or time part
)

// scanTok is one token of a window.
type scanTok struct {
	kind       scanTokKind
	start, end int
	space      bool // whitespace before it
	// stNum
	val, ndig int
	lead0     bool // a leading zero
	sfx       scanSfx
	numEnd    int // end of the digits (before the suffix)
	// stWord
	kw     scanKw
	ending scanEnd
	kwEnd  int // end of the word without its ending
	// stPunct
	r rune
}

func (t *scanTok) is(class scanClass) bool { return t.kind == stWord && t.kw.class == class }

func (t *scanTok) punct(rs ...rune) bool {
	if t.kind != stPunct {
		return false
	}
	for _, r := range rs {
		if t.r == r {
			return true
		}
	}
	return false
}

// scanMaxToks bounds the tokens a pattern looks at.
const scanMaxToks = 28

// scanToks reads the tokens of a window lazily.
type scanToks struct {
	w    []byte
	toks [scanMaxToks]scanTok
	n    int
}

func (ts *scanToks) init(w []byte, p int) {
	ts.w = w
	ts.n = 0
	ts.toks[0] = scanTok{kind: stEnd, start: p, end: p}
}

// at returns token k, reading it if needed.
func (ts *scanToks) at(k int) *scanTok {
	for ts.n <= k {
		if k >= scanMaxToks {
			return &scanTok{kind: stEnd}
		}
		p := ts.toks[0].start
		glued := false
		if ts.n > 0 {
			prev := &ts.toks[ts.n-1]
			if prev.kind == stEnd {
				return prev
			}
			p = prev.end
			glued = prev.kind == stNum && prev.sfx == sfxWord
		}
		ts.toks[ts.n] = scanReadTok(ts.w, p, glued)
		ts.n++
	}
	return &ts.toks[k]
}

// scanSpaceEnd skips whitespace (at most a few characters) at text[p:].
func scanSpaceEnd(text []byte, p int) int {
	for k := 0; k < 8 && p < len(text); k++ {
		switch c := text[p]; {
		case c == ' ' || c == '\t':
			p++
		case c == 0xC2 && p+1 < len(text) && text[p+1] == 0xA0: // NBSP
			p += 2
		case c == 0xE2 && p+2 < len(text) && text[p+1] == 0x80 && (text[p+2] == 0x8C || text[p+2] == 0x8D || text[p+2] == 0xAF || text[p+2] == 0x89 || text[p+2] == 0x8A || text[p+2] == 0x8B):
			p += 3 // ZWNJ, ZWJ, narrow NBSP, thin and hair spaces, ZWSP
		default:
			return p
		}
	}
	return p
}

// scanReadTok reads the token at text[p:] after whitespace. glued is set
// when the token is a word glued to the number before it.
func scanReadTok(text []byte, p int, glued bool) scanTok {
	q := p
	if !glued {
		q = scanSpaceEnd(text, p)
	}
	t := scanTok{start: q, end: q, space: q > p}
	if q >= len(text) {
		t.kind = stEnd
		return t
	}
	if _, n := digitAt(text, q); n > 0 {
		return scanReadNum(text, q, t)
	}
	r, n := scanRune(text, q)
	if n == 0 {
		t.kind = stEnd
		return t
	}
	if scanIsWordRune(r) && r != bn.Visarga {
		if m, ok := scanLookup(text, q, nil); ok {
			t.kind, t.kw, t.ending, t.end, t.kwEnd = stWord, m.kw, m.ending, m.end, m.kwEnd
			// A hyphenated case ending: জুলাই-এর.
			t.end = scanHyphenEnding(text, t.end)
			return t
		}
		t.kind = stOther
		t.end = scanWordEnd(text, q)
		return t
	}
	if r < utf8.RuneSelf && (r|0x20 == 'a' || r|0x20 == 'p') {
		if e := scanAMPMEnd(text, q); e > q {
			t.kind, t.end = stWord, e
			t.kw = scanKw{class: scanAMPM}
			if r|0x20 == 'p' {
				t.kw.val = 1
			}
			return t
		}
	}
	t.end = q + n
	switch r {
	case ',', '.', '/', '-', ':', '(', ')', '|', '~', '[', ']', '\u2013', '\u2014', '\u2012', '\u2010', '\u2011', '\u0983', '\u2019', '\'', '\u0964', ';', '،':
		t.kind, t.r = stPunct, r
		if r == '\u2010' || r == '\u2011' || r == '\u2012' {
			t.r = '-'
		}
		if r == '\u2014' {
			t.r = '\u2013'
		}
	default:
		t.kind = stOther
		if r < utf8.RuneSelf && (r|0x20 >= 'a' && r|0x20 <= 'z') {
			for t.end < len(text) && (text[t.end]|0x20 >= 'a' && text[t.end]|0x20 <= 'z') {
				t.end++
			}
		}
	}
	return t
}

// scanAMPMEnd returns the end of am, pm, a.m. or p.m. (any case) at
// text[p:], or p.
func scanAMPMEnd(text []byte, p int) int {
	q := p + 1
	if q < len(text) && text[q] == '.' {
		q++
	}
	if q >= len(text) || text[q]|0x20 != 'm' {
		return p
	}
	q++
	if q < len(text) && text[q] == '.' {
		q++
	}
	if q < len(text) && (text[q]|0x20 >= 'a' && text[q]|0x20 <= 'z' || text[q]-'0' <= 9) {
		return p
	}
	return q
}

// scanHyphenEnding extends a word or number that ends at p over a
// hyphenated or apostrophized case ending (-এর, ’র, -এ).
func scanHyphenEnding(text []byte, p int) int {
	q := p
	switch {
	case q < len(text) && (text[q] == '-' || text[q] == '\''):
		q++
	case q+2 < len(text) && text[q] == 0xE2 && text[q+1] == 0x80 && (text[q+2] == 0x99 || text[q+2] == 0x90 || text[q+2] == 0x91):
		q += 3
	default:
		return p
	}
	e := scanWordEnd(text, q)
	if e == q {
		return p
	}
	if scanEndingAt(text, q, e)&scanEndCase == 0 {
		return p
	}
	return e
}

// scanReadNum reads a run of digits at text[q:] and what is glued to it.
func scanReadNum(text []byte, q int, t scanTok) scanTok {
	t.kind = stNum
	p := q
	for {
		d, n := digitAt(text, p)
		if n == 0 {
			break
		}
		if t.ndig == 0 && d == 0 {
			t.lead0 = true
		}
		if t.ndig < 9 {
			t.val = t.val*10 + d
		}
		t.ndig++
		p += n
	}
	t.numEnd = p
	t.end = p
	// A glued suffix, maybe after a hyphen or an apostrophe.
	s := p
	switch {
	case s < len(text) && (text[s] == '-' || text[s] == '\''):
		s++
	case s+2 < len(text) && text[s] == 0xE2 && text[s+1] == 0x80 && text[s+2] == 0x99:
		s += 3
	}
	r, _ := scanRune(text, s)
	if !scanIsWordRune(r) || r == bn.Visarga {
		return t
	}
	e := scanWordEnd(text, s)
	var buf [40]byte
	key := ""
	if e-s <= 30 {
		key = string(scanCanonAppend(buf[:0], text, s, e))
	}
	if sfx, ok := scanNumSuffixes()[key]; ok {
		t.sfx, t.end = sfx, e
		return t
	}
	if _, ok := scanLookup(text, s, nil); ok {
		if s == p {
			t.sfx = sfxWord // the word is the next token
		}
		return t // after a hyphen: the hyphen is the next token (১২-জুলাই-২০২৫)
	}
	t.sfx, t.end = sfxOther, e
	return t
}

// scanNumSuffixes maps the canonical suffixes that glue to a number to
// what they make of it.
var scanNumSuffixes = sync.OnceValue(func() map[string]scanSfx {
	m := map[string]scanSfx{}
	add := func(sfx scanSfx, list ...string) {
		for _, s := range list {
			m[scanCanonString(s)] = sfx
		}
	}
	add(sfxDay, "লা", "রা", "ঠা", "ই", "শে", "ম", "য়", "র্থ", "ষ্ঠ") // ১ম জুলাই is 1 July too
	add(sfxAt, "টায়", "টাতে", "টায়ই", "টোয়")
	add(sfxClock, "টা", "টার", "টে", "টো", "টাই", "টারও")
	add(sfxCase, "এ", "ে", "এর", "ের", "র", "তে", "য়", "ও", "য়ের", "এরও", "েও", "রই", "েরই", "েই")
	return m
})

// scanCanonString returns the canonical form of s (see scanRune).
func scanCanonString(s string) string {
	b := []byte(s)
	return string(scanCanonAppend(nil, b, 0, len(b)))
}
