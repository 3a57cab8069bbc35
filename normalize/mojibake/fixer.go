package mojibake

import (
	"encoding/binary"
	"io"
	"sync"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// Fixer repairs mojibake. It is a transform.SpanningTransformer without
// state: a Fixer is safe for concurrent use, and the package-level Default
// can be shared by any number of goroutines.
type Fixer struct {
	html bool
}

// Option configures a Fixer.
type Option func(*Fixer)

// HTML sets whether HTML character references (&#2476;, &#x9AC;, &amp;,
// &nbsp; and every other named reference of HTML5) are decoded. They are
// left alone by default. A reference must end with a semicolon.
func HTML(on bool) Option { return func(f *Fixer) { f.html = on } }

// New returns a Fixer with the given options.
func New(opts ...Option) *Fixer {
	f := &Fixer{}
	for _, o := range opts {
		o(f)
	}
	return f
}

// Default repairs mojibake and leaves HTML references alone.
var Default = New()

// String returns s with its mojibake repaired by Default.
func String(s string) string { return Default.String(s) }

// Bytes returns b with its mojibake repaired by Default, in a new slice.
func Bytes(b []byte) []byte { return Default.Bytes(b) }

// Reset implements transform.Transformer. A Fixer has no state.
func (f *Fixer) Reset() {}

// String returns s with its mojibake repaired. It returns s itself, without
// copying, when nothing changes.
func (f *Fixer) String(s string) string {
	if n, err := f.Span(unsafeBytes(s), true); err == nil && n == len(s) {
		return s
	}
	out, _, _ := transform.String(f, s)
	return out
}

// Bytes returns b with its mojibake repaired, in a new slice.
func (f *Fixer) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(f, b)
	return out
}

// Append appends src with its mojibake repaired to dst and returns the
// result.
func (f *Fixer) Append(dst, src []byte) []byte {
	out, _, _ := transform.Append(f, dst, src)
	return out
}

// IsClean reports whether f leaves b unchanged.
func (f *Fixer) IsClean(b []byte) bool {
	n, err := f.Span(b, true)
	return err == nil && n == len(b)
}

// IsCleanString reports whether f leaves s unchanged.
func (f *Fixer) IsCleanString(s string) bool { return f.IsClean(unsafeBytes(s)) }

// Reader returns a reader that repairs what it reads from r.
func (f *Fixer) Reader(r io.Reader) io.Reader { return transform.NewReader(r, f) }

// Writer returns a writer that repairs what is written to it before
// writing it to w. Close flushes the last bytes.
func (f *Fixer) Writer(w io.Writer) io.WriteCloser { return transform.NewWriter(w, f) }

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that f leaves unchanged.
func (f *Fixer) Span(src []byte, atEOF bool) (int, error) {
	_, n, err := f.run(nil, src, atEOF, true)
	return n, err
}

// Transform implements transform.Transformer.
func (f *Fixer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return f.run(dst, src, atEOF, false)
}

// Regions. A region starts at a token and goes on while the next token
// comes within maxGap bytes, on the same line, without Bengali text in
// between, up to regionCap bytes. The decision to repair is taken per
// region, so repairs never depend on anything farther than regionCap +
// maxGap bytes ahead, which keeps the transformer inside the 4 KiB buffers
// of transform.Reader, and never on the previous line, which makes the
// repair line-local.
const (
	regionCap = 2048
	maxGap    = 64
)

// scanRegion returns the end of the region that starts with a token at
// src[start].
func (sc *scratch) scanRegion(src []byte, start int, atEOF bool) (int, status) {
	sc.toks = sc.toks[:0]
	sc.exact, sc.bnAfter = true, false
	last := -1  // end of the last token
	split := -1 // end of the last token followed by other text
	p := start
	for {
		if p >= len(src) {
			if !atEOF {
				return 0, tokMore
			}
			break
		}
		if last >= 0 && p-last > maxGap {
			break
		}
		c := src[p]
		if c == '\n' {
			break
		}
		if c < utf8.RuneSelf {
			if p == last {
				split = last
			}
			p++
			continue
		}
		if c == 0xE0 {
			if p+1 >= len(src) && !atEOF {
				return 0, tokMore
			}
			if p+1 < len(src) && (src[p+1] == 0xA6 || src[p+1] == 0xA7) {
				sc.bnAfter = last >= 0 && onlySpacing(src[last:p])
				break // Bengali text
			}
		}
		if last >= 0 && p-start >= regionCap {
			// Cut after a token that other text follows, so that no
			// character of a doubly encoded run is split.
			if split > start {
				for len(sc.toks) > 0 && int(sc.toks[len(sc.toks)-1].start) >= split-start {
					sc.toks = sc.toks[:len(sc.toks)-1]
				}
				return split, tokOK
			}
			break
		}
		sc.toks = append(sc.toks, tokAt{start: int32(p - start)})
		ta := &sc.toks[len(sc.toks)-1]
		st := parseToken(src, start, p, atEOF, &ta.tok)
		if st == tokMore {
			return 0, tokMore
		}
		if st == tokOK {
			end := int(ta.tok.end)
			if ta.tok.lossy {
				sc.exact = false
				if end, st = lossyReach(src, end, atEOF); st == tokMore {
					return 0, tokMore
				}
			}
			ta.tok.end -= int32(start)
			last, p = end, end
			continue
		}
		sc.toks = sc.toks[:len(sc.toks)-1]
		if last < 0 {
			return 0, tokNone
		}
		if p == last {
			split = last
		}
		_, n, st := readRune(src, p, atEOF)
		if st == tokMore {
			return 0, tokMore
		}
		p += n
	}
	return last, tokOK
}

// onlySpacing reports whether g, the text between a region and the Bengali
// text after it, is spaces and punctuation (and not empty).
func onlySpacing(g []byte) bool {
	for _, c := range g {
		if c >= utf8.RuneSelf || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return false
		}
	}
	return len(g) > 0
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

func (f *Fixer) run(dst, src []byte, atEOF, span bool) (nDst, nSrc int, err error) {
	var sc *scratch
	defer func() {
		if sc != nil {
			pool.Put(sc)
		}
	}()
	done := 0 // src[:done] is written to dst
	i := 0
	short := false
	// emit writes src[done:i] and then out, or returns false when dst has
	// no room for both.
	emit := func(out []byte) bool {
		if len(dst)-nDst < i-done+len(out) {
			return false
		}
		nDst += copy(dst[nDst:], src[done:i])
		nDst += copy(dst[nDst:], out)
		return true
	}
loop:
	for i < len(src) {
		c := src[i]
		if c == 0xE0 && i+2 < len(src) && (src[i+1] == 0xA6 || src[i+1] == 0xA7) {
			i += 3 // Bengali
			continue
		}
		if c < utf8.RuneSelf {
			if c != '&' || !f.html {
				i++
				// Eight bytes of ASCII (and no '&' when HTML is decoded)
				// at a time.
				for i+8 <= len(src) {
					w := binary.LittleEndian.Uint64(src[i:])
					if w&0x8080808080808080 != 0 || f.html && hasByte(w, '&') {
						break
					}
					i += 8
				}
				continue
			}
			end, text, st := parseEntity(src, i, atEOF)
			switch st {
			case tokMore:
				short = true
				break loop
			case tokNone:
				i++
				continue
			}
			if span {
				return 0, i, transform.ErrEndOfSpan
			}
			if !emit([]byte(text)) {
				break loop
			}
			i, done = end, end
			continue
		}
		r, n, st := readRune(src, i, atEOF)
		if st == tokMore {
			short = true
			break
		}
		// A lead needs a trail character after it (or, for doubly encoded
		// Bengali, a space): before ASCII it starts nothing (café).
		if !mayStart(r) || i+n < len(src) && src[i+n] < utf8.RuneSelf && src[i+n] != ' ' {
			i += n
			continue
		}
		if sc == nil {
			sc = pool.Get().(*scratch)
		}
		end, st := sc.scanRegion(src, i, atEOF)
		switch st {
		case tokMore:
			short = true
			break loop
		case tokNone:
			i += n
			continue
		}
		out, changed := sc.fixRegion(src[i:end], f.html)
		if !changed {
			// A region is copied whole or not at all: the next call
			// must not start inside it, where it could see other tokens.
			if !span && len(dst)-nDst < end-done {
				break
			}
			i = end
			continue
		}
		if span {
			return 0, i, transform.ErrEndOfSpan
		}
		if !emit(out) {
			break
		}
		i, done = end, end
	}
	if span {
		if short {
			return 0, i, transform.ErrShortSrc
		}
		return 0, i, nil
	}
	// Copy what is left of the text before i.
	k := copy(dst[nDst:], src[done:i])
	nDst += k
	done += k
	switch {
	case done < i || i < len(src) && !short:
		return nDst, done, transform.ErrShortDst
	case short:
		return nDst, done, transform.ErrShortSrc
	}
	return nDst, done, nil
}

// hasByte reports whether one of the eight bytes of w, all ASCII, is b.
func hasByte(w uint64, b byte) bool {
	x := w ^ (0x0101010101010101 * uint64(b))
	return (x-0x0101010101010101)&^x&0x8080808080808080 != 0
}

// unsafeBytes returns the bytes of s without copying; they must not be
// modified.
func unsafeBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
