package bijoy

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Mode says which text a Transformer converts.
type Mode int

// The modes.
const (
	Off  Mode = iota // change nothing
	Auto             // convert only the runs that are Bijoy; leave English, URLs, code and real Unicode alone
	All              // treat the whole input as Bijoy
)

var modeNames = [...]string{Off: "off", Auto: "auto", All: "all"}

// String returns the name of m as ParseMode accepts it.
func (m Mode) String() string {
	if m >= 0 && int(m) < len(modeNames) {
		return modeNames[m]
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ErrMode is returned by ParseMode for an unknown name.
var ErrMode = errors.New("bijoy: unknown mode")

// ParseMode returns the Mode called s: "off", "auto" or "all".
func ParseMode(s string) (Mode, error) {
	for m, name := range modeNames {
		if s == name {
			return Mode(m), nil
		}
	}
	return Off, fmt.Errorf("%w %q (want off, auto or all)", ErrMode, s)
}

// New returns a transformer that converts Bijoy text to Unicode as m says.
// Converted runs come out in NFC; everything else, whitespace and newlines
// included, is copied byte for byte, and so is invalid UTF-8.
//
// The transformer decides line by line (the output for a line depends only
// on that line), looks at most a little over 1 KiB ahead, and works inside
// the 4 KiB buffers of transform.NewReader. In Auto mode it keeps the
// decision for the current line between calls, so it is not safe for
// concurrent use; Reset clears it. Make one per stream or goroutine.
func New(m Mode) transform.SpanningTransformer {
	return &Transformer{mode: m}
}

// Transformer is the transformer returned by New.
type Transformer struct {
	mode Mode

	// Auto mode: what the current line has shown so far.
	line     uint8 // cls of the last strong token on the line
	runLeft  int   // bytes still covered by a decided run of weak tokens
	runBonus int   // the pull of the run's neighbours, see decide
	runLen   int   // the length of the run in bytes
	runRight uint8 // cls of the strong token after the run, or tokNone
	runLast  uint8 // the decision of the run's last token with letters
	nextDec  uint8 // the decision of the next token with letters in the run
	nextAt   int   // runLeft at its start; 0 when there is none, -1 unknown
	inLong   bool  // copying a token too long to be a Bijoy word

	// Classifications kept from the decision of a run, see classifyAt.
	runToks    [maxRunToks]runTok
	nRunToks   int
	runCur     int
	rightOK    bool // the next token is the run's strong right neighbour
	rightCls   uint8
	rightScore int16

	c       conv
	scratch []byte // output of a token when dst is nearly full
}

// Reset implements transform.Transformer: it forgets the current line.
func (t *Transformer) Reset() {
	t.line, t.runLeft, t.runBonus, t.inLong, t.rightOK = tokNone, 0, 0, false, false
}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that the transformer leaves as it is.
//
// In Auto mode the prefix ends at a line start unless it is all of src: the
// decision for a token depends on the tokens after it on its line, and a
// caller that transforms src again from its start after a partial span (or
// from the returned position) finds the transformer in the state of a line
// start, or, when the prefix is empty, in the state it had before the call.
func (t *Transformer) Span(src []byte, atEOF bool) (n int, err error) {
	if t.mode != Auto {
		_, n, err = t.run(nil, src, atEOF, true)
		return n, err
	}
	var saved *Transformer
	if t.runLeft > 0 || t.inLong || t.rightOK {
		saved = new(Transformer) // mid-run: the run's cached classifications too
		*saved = *t
	}
	line := t.line
	_, n, err = t.run(nil, src, atEOF, true)
	if err == nil {
		return n, err
	}
	if i := bytes.LastIndexByte(src[:n], '\n'); i >= 0 {
		t.Reset()
		return i + 1, err
	}
	if saved != nil {
		*t = *saved
	} else {
		t.Reset()
		t.line = line
	}
	return 0, err
}

// Transform implements transform.Transformer.
func (t *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return t.run(dst, src, atEOF, false)
}

// ToUnicode converts s, all of it, from Bijoy to Unicode (mode All).
func ToUnicode(s string) string {
	return String(All, s)
}

// String returns s transformed in mode m. It returns s itself when nothing
// changes.
func String(m Mode, s string) string {
	t := &Transformer{mode: m}
	if n, err := t.Span([]byte(s), true); err == nil && n == len(s) {
		return s
	}
	out, _, err := transform.String(New(m), s)
	if err != nil {
		return s // cannot happen: the transformer never fails on a string
	}
	return out
}

const (
	// lookAhead bounds how far past a weak token the run decision looks.
	lookAhead = 1024
	// expand bounds the UTF-8 output bytes per input byte of a token.
	expand = 8
	slack  = 8
)

// space reports whether p starts with whitespace and its length; size 0
// means p ends inside a character that could be whitespace. A character
// that is not whitespace has size 1 (its continuation bytes never are).
func space(p []byte, atEOF bool) (bool, int) {
	c := p[0]
	if c < utf8.RuneSelf {
		return asciiSpace[c], 1
	}
	need := 3
	switch c {
	case 0xC2:
		need = 2
	case 0xE1, 0xE2, 0xE3:
	default:
		return false, 1
	}
	if len(p) < need {
		if atEOF || utf8.FullRune(p) {
			return false, 1
		}
		return false, 0
	}
	var ws bool
	switch c {
	case 0xC2: // U+00A0
		ws = p[1] == 0xA0
	case 0xE1: // U+1680
		ws = p[1] == 0x9A && p[2] == 0x80
	case 0xE2: // U+2000..U+200A, U+2028, U+2029, U+202F, U+205F
		x := p[2]
		ws = p[1] == 0x80 && (x >= 0x80 && x <= 0x8A || x == 0xA8 || x == 0xA9 || x == 0xAF) ||
			p[1] == 0x81 && x == 0x9F
	case 0xE3: // U+3000
		ws = p[1] == 0x80 && p[2] == 0x80
	}
	if ws {
		return true, need
	}
	return false, 1
}

// asciiSpace marks the ASCII whitespace.
var asciiSpace = [utf8.RuneSelf]bool{' ': true, '\n': true, '\t': true, '\r': true, '\v': true, '\f': true}

// tokenEnd returns the length of the token at the start of p: the bytes up
// to the next whitespace. It stops at the first rune boundary past maxTok,
// so n > maxTok means a token too long to be a Bijoy word. ok is false when
// p ends first and more input could follow.
func tokenEnd(p []byte, atEOF bool) (n int, ok bool) {
	for n < len(p) {
		if n > maxTok {
			return n, true
		}
		c := p[n]
		switch tokByte[c] {
		case tbPlain:
			n++
			continue
		case tbLead3:
			// A whole three-byte character at once (Bengali text is made
			// of them); a lone byte otherwise.
			if n+2 < len(p) && p[n+1]&0xC0 == 0x80 && p[n+2]&0xC0 == 0x80 {
				n += 3
			} else {
				n++
			}
			continue
		}
		if c < utf8.RuneSelf {
			return n, true
		}
		// The commonest non-space characters of Bijoy text start with the
		// same bytes as some spaces: ‡ † “ … (E2 80 xx) and ¨ © ª (C2 xx).
		if c == 0xE2 && n+2 < len(p) && p[n+1] == 0x80 && p[n+2] > 0x8A && p[n+2] < 0xA8 {
			n += 3
			continue
		}
		if c == 0xC2 && n+1 < len(p) && p[n+1] != 0xA0 {
			n++
			continue
		}
		ws, size := space(p[n:], atEOF)
		if size == 0 {
			return n, false
		}
		if ws {
			return n, true
		}
		n += size
	}
	return n, atEOF || n > maxTok
}

// Classes of bytes for tokenEnd.
const (
	tbPlain   = iota // not whitespace, nor the start of any
	tbLead3          // the lead byte of a three-byte character that is never whitespace
	tbMayStop        // may start whitespace
)

// tokByte classifies the bytes for tokenEnd.
var tokByte = func() (t [256]uint8) {
	for c := 0xE0; c <= 0xEF; c++ {
		t[c] = tbLead3
	}
	for _, c := range []byte{' ', '\n', '\t', '\r', '\v', '\f', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = tbMayStop
	}
	return
}()

// codeLead marks the bytes that start a character with a glyph code: ASCII
// and the lead bytes of U+0080..U+00FF and of the Windows-1252 specials.
var codeLead = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = true
	}
	for _, c := range []byte{0xC2, 0xC3, 0xC5, 0xC6, 0xCB, 0xE2} {
		t[c] = true
	}
	return t
}()

// splitPoint returns where to cut a token longer than maxTok in All mode:
// before a glyph that starts a syllable, so the two pieces convert as the
// whole would.
func splitPoint(tok []byte) int {
	best, prev := 0, noCode
	for i := 0; i < maxTok; {
		code, size := decodeCode(tok[i:])
		if size == 0 {
			break
		}
		if i > 0 && code != noCode && glyphs[code].split && !(code == 'v' && prev == 'A') {
			if p := prev; p == noCode || !glyphs[p].half && glyphs[p].kind != gCtx && !isPreGlyph(p) {
				best = i
			}
		}
		prev = code
		i += size
		if i <= maxTok && best == 0 && i > maxTok-4 {
			best = i
		}
	}
	if best == 0 {
		best = maxTok
		for best > 1 && !utf8.RuneStart(tok[best]) {
			best--
		}
		if best == 1 {
			best = maxTok // nothing but continuation bytes: cut anywhere
		}
	}
	return best
}

func isPreGlyph(code int) bool {
	switch code {
	case 'w', 0x86, 0x87, 0x88, 0x89:
		return true
	}
	return false
}

// run is Transform, or Span when span is set (then dst is not used).
func (t *Transformer) run(dst, src []byte, atEOF, span bool) (nDst, nSrc int, err error) {
	if t.mode != Auto && t.mode != All {
		if span {
			return 0, len(src), nil
		}
		n := copy(dst, src)
		if n < len(src) {
			return n, n, transform.ErrShortDst
		}
		return n, n, nil
	}
	for nSrc < len(src) {
		p := src[nSrc:]
		if c := p[0]; c == ' ' && !span && nDst < len(dst) && !t.inLong {
			dst[nDst] = ' '
			nDst++
			nSrc++
			t.consume(1)
			continue
		}
		ws, size := space(p, atEOF)
		if size == 0 {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if ws {
			if !span {
				if len(dst)-nDst < size {
					return nDst, nSrc, transform.ErrShortDst
				}
				copy(dst[nDst:], p[:size])
			}
			nDst += size
			nSrc += size
			t.inLong = false
			if p[0] == '\n' {
				t.line, t.runLeft, t.rightOK = tokNone, 0, false
			} else {
				t.consume(size)
			}
			continue
		}
		if t.inLong {
			// The rest of a long token: copy it up to the next whitespace.
			n, _ := tokenEnd(p, atEOF)
			if n == 0 {
				return nDst, nSrc, transform.ErrShortSrc
			}
			if !span {
				if len(dst)-nDst < n {
					n = len(dst) - nDst
					for n > 0 && !utf8.RuneStart(p[n]) {
						n--
					}
					if n == 0 {
						return nDst, nSrc, transform.ErrShortDst
					}
				}
				copy(dst[nDst:], p[:n])
			}
			nDst += n
			nSrc += n
			t.consume(n)
			continue
		}
		n, ok := tokenEnd(p, atEOF)
		if !ok {
			return nDst, nSrc, transform.ErrShortSrc
		}
		convert := true
		if t.mode == Auto && t.runLeft == 0 && !codeLead[p[0]] {
			// Real Unicode (Bengali, say): never Bijoy.
			convert = false
			t.line, t.rightOK = tokOther, false
		} else if t.mode == Auto {
			var more bool
			convert, more = t.decide(p, n, atEOF)
			if more {
				return nDst, nSrc, transform.ErrShortSrc
			}
		}
		if n > maxTok {
			if !convert {
				t.inLong = true
				continue
			}
			n = splitPoint(p)
		}
		tok := p[:n]
		if !convert {
			if !span {
				if len(dst)-nDst < n {
					return nDst, nSrc, transform.ErrShortDst
				}
				copy(dst[nDst:], tok)
			}
			nDst += n
			nSrc += n
			t.consume(n)
			continue
		}
		if span {
			return nDst, nSrc, transform.ErrEndOfSpan
		}
		room := dst[nDst:]
		var out []byte
		if len(room) >= expand*n+slack {
			out = t.c.appendToken(room[:0], tok)
		} else {
			if t.scratch == nil {
				t.scratch = make([]byte, 0, expand*maxTok+slack)
			}
			out = t.c.appendToken(t.scratch[:0], tok)
			if len(out) > len(room) {
				return nDst, nSrc, transform.ErrShortDst
			}
			copy(room, out)
		}
		nDst += len(out)
		nSrc += n
		t.consume(n)
	}
	return nDst, nSrc, nil
}

// consume counts n bytes against the decided run.
func (t *Transformer) consume(n int) {
	if t.runLeft > 0 {
		t.runLeft -= n
		if t.runLeft < 0 {
			t.runLeft = 0
		}
	}
}

// Score returns the share of the non-space bytes of s that Auto mode would
// convert: 0 for English or Unicode text, 1 for text that is all Bijoy.
func Score(s string) float64 {
	t := &Transformer{mode: Auto}
	src := []byte(s)
	total, conv := 0, 0
	for p := 0; p < len(src); {
		ws, size := space(src[p:], true)
		if ws {
			if src[p] == '\n' {
				t.line, t.runLeft, t.rightOK = tokNone, 0, false
			} else {
				t.consume(size)
			}
			p += size
			continue
		}
		n, _ := tokenEnd(src[p:], true)
		c, _ := t.decide(src[p:], n, true)
		if n > maxTok {
			c = false
		}
		total += n
		if c {
			conv += n
		}
		t.consume(n)
		p += n
	}
	if total == 0 {
		return 0
	}
	return float64(conv) / float64(total)
}

// IsBijoy reports whether most of s (by Score) is Bijoy text.
func IsBijoy(s string) bool { return Score(s) >= 0.5 }
