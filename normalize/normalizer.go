package normalize

import (
	"bytes"
	"io"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// maxSegment bounds the bytes the rule engine looks at in one piece. Real
// text never comes near it (a segment is a syllable or a word); it only
// keeps pathological input, such as thousands of marks in a row, linear and
// inside the 4 KiB buffers of transform.Reader.
const maxSegment = 1024

// Normalizer applies a set of repairs. It implements
// transform.SpanningTransformer and keeps no state between calls, so one
// Normalizer may be shared by many goroutines; Reset does nothing.
//
// Every repair looks only at a few neighbouring characters, so the
// Normalizer cuts the text into short segments at places no repair looks
// across, scans clean segments without copying them, and hands the others to
// the rule engine. A streaming Transform therefore gives the same bytes as a
// one-shot String or Bytes, whatever the chunking.
type Normalizer struct {
	ops  Ops
	form norm.Form // NFC, or NFKC when OpNFKC is set
	tab  [numKinds][numKinds]uint8
}

// Option configures a Normalizer.
type Option func(*Ops)

// WithOps replaces the set of ops (the default is DefaultOps).
func WithOps(s Ops) Option { return func(o *Ops) { *o = s } }

// With adds ops to the set.
func With(ops ...Op) Option { return func(o *Ops) { *o = o.With(ops...) } }

// Without removes ops from the set.
func Without(ops ...Op) Option { return func(o *Ops) { *o = o.Without(ops...) } }

// New returns a Normalizer that applies DefaultOps, changed by opts.
func New(opts ...Option) *Normalizer {
	ops := DefaultOps
	for _, o := range opts {
		o(&ops)
	}
	return newNormalizer(ops)
}

func newNormalizer(ops Ops) *Normalizer {
	ops &= AllOps
	n := &Normalizer{ops: ops, form: norm.NFC}
	if ops.Has(OpNFKC) {
		n.form = norm.NFKC
	}
	for a := kind(0); a < numKinds; a++ {
		for b := kind(0); b < numKinds; b++ {
			n.tab[a][b] = pairFlags(ops, a, b)
		}
	}
	return n
}

// Default applies DefaultOps. It is safe for concurrent use.
var Default = New()

// NFC is a Bengali-aware Unicode NFC: its output is byte for byte that of
// norm.NFC from golang.org/x/text, but it recognizes normalized Bengali text
// without falling back to the slow path that U+09BE and U+09D7 (NFC_QC=Maybe)
// force on norm.NFC.
var NFC = New(WithOps(OpsOf(OpNFC)))

// String returns s normalized by Default.
func String(s string) string { return Default.String(s) }

// Bytes returns b normalized by Default.
func Bytes(b []byte) []byte { return Default.Bytes(b) }

// Ops returns the set of ops n applies.
func (n *Normalizer) Ops() Ops { return n.ops }

// Reset implements transform.Transformer. A Normalizer has no state.
func (n *Normalizer) Reset() {}

// String returns the normalized form of s. It does not allocate when s is
// already normal.
func (n *Normalizer) String(s string) string {
	if k, err := n.spanString(s); err == nil && k == len(s) {
		return s
	}
	out, _, _ := transform.String(n, s)
	return out
}

// Bytes returns the normalized form of b in a new slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(n, b)
	return out
}

// Append appends the normalized form of src to dst and returns the result.
func (n *Normalizer) Append(dst, src []byte) []byte {
	out, _, _ := transform.Append(n, dst, src)
	return out
}

// IsNormal reports whether b is unchanged by n.
func (n *Normalizer) IsNormal(b []byte) bool {
	k, err := n.Span(b, true)
	return err == nil && k == len(b)
}

// IsNormalString reports whether s is unchanged by n.
func (n *Normalizer) IsNormalString(s string) bool {
	k, err := n.spanString(s)
	return err == nil && k == len(s)
}

// spanString runs Span over a string without copying it.
func (n *Normalizer) spanString(s string) (int, error) {
	return n.Span(unsafeBytes(s), true)
}

// Reader returns a reader that normalizes what it reads from r.
func (n *Normalizer) Reader(r io.Reader) io.Reader { return transform.NewReader(r, n) }

// Writer returns a writer that normalizes what is written to it before
// writing it to w. Close flushes the last bytes.
func (n *Normalizer) Writer(w io.Writer) io.WriteCloser { return transform.NewWriter(w, n) }

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that n leaves unchanged.
func (n *Normalizer) Span(src []byte, atEOF bool) (int, error) {
	_, nSrc, err := n.run(nil, src, atEOF, true, nil)
	return nSrc, err
}

// Transform implements transform.Transformer.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return n.run(dst, src, atEOF, false, nil)
}

// next returns the kind and size of the character at src[i]; size is 0
// when src ends inside a character and more input may follow.
func (n *Normalizer) next(src []byte, i int, atEOF bool) (kind, int) {
	c := src[i]
	if c < utf8.RuneSelf {
		return asciiKinds[c], 1
	}
	if c == 0xE0 && i+2 < len(src) && src[i+1]&^1 == 0xA6 && src[i+2]&0xC0 == 0x80 {
		return bengaliKinds[int(src[i+1]&1)<<6|int(src[i+2]&0x3F)], 3
	}
	return n.otherKind(src[i:], atEOF)
}

// run is Transform, or Span when span is set (then dst is not used). When
// changes is not nil, the changes are appended to it with offsets relative
// to src and dst.
//
// Invariants: every call starts at a cut, and the kind before a cut counts
// as kBOT, so that where a call starts never changes the result. nSrc only
// ever stops at cuts.
func (n *Normalizer) run(dst, src []byte, atEOF, span bool, changes *[]Change) (nDst, nSrc int, err error) {
	var sc scratch
	prev := kBOT
	lastCut := 0
	i := 0
	for i < len(src) {
		// Fast path: runs of ASCII letters, digits and spaces.
		if c := src[i]; c < utf8.RuneSelf && prev <= kASCII && asciiKinds[c] == kASCII {
			if !span && i-nSrc > len(dst)-nDst {
				goto shortDst
			}
			lastCut = i
			prev = kASCII
			i++
			continue
		}
		k, size := n.next(src, i, atEOF)
		if size == 0 {
			break
		}
		f := n.tab[prev][k]
		if f&fNoCut == 0 || i-lastCut >= maxSegment {
			if !span && i-nSrc > len(dst)-nDst {
				goto shortDst
			}
			lastCut = i
			f = n.tab[kBOT][k]
		}
		if f&fTrig == 0 {
			prev = k
			i += size
			continue
		}

		// Slow path: find the end of the segment that starts at lastCut.
		segStart := lastCut
		j, pk := i+size, k
		more := false
		for j < len(src) {
			k2, size2 := n.next(src, j, atEOF)
			if size2 == 0 {
				more = true
				break
			}
			if n.tab[pk][k2]&fNoCut == 0 || j-segStart >= maxSegment {
				break
			}
			pk = k2
			j += size2
		}
		if more || j == len(src) && !atEOF {
			// The segment may go on in the next call.
			if span {
				return 0, segStart, transform.ErrShortSrc
			}
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			return nDst, segStart, transform.ErrShortSrc
		}
		seg := src[segStart:j]
		var segChanges []Change
		var pChanges *[]Change
		if changes != nil {
			pChanges = &segChanges
		}
		out := n.process(seg, &sc, pChanges)
		switch {
		case !bytes.Equal(out, seg):
			if span {
				return 0, segStart, transform.ErrEndOfSpan
			}
			if segStart-nSrc+len(out) > len(dst)-nDst {
				nDst += copy(dst[nDst:], src[nSrc:segStart])
				return nDst, segStart, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			for _, c := range segChanges {
				c.Start += segStart
				c.End += segStart
				c.OutStart += nDst
				c.OutEnd += nDst
				*changes = append(*changes, c)
			}
			nDst += copy(dst[nDst:], out)
			nSrc = j
		case !span && j-nSrc > len(dst)-nDst:
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			return nDst, segStart, transform.ErrShortDst
		}
		lastCut = j
		prev = kBOT
		i = j
	}
	if i == len(src) && atEOF {
		if !span {
			if len(src)-nSrc > len(dst)-nDst {
				goto shortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:])
		}
		return nDst, len(src), nil
	}
	// More input may change what follows the last cut.
	if !span {
		nDst += copy(dst[nDst:], src[nSrc:lastCut])
	}
	return nDst, lastCut, transform.ErrShortSrc

shortDst:
	nDst += copy(dst[nDst:], src[nSrc:lastCut])
	return nDst, lastCut, transform.ErrShortDst
}
