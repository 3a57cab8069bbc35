package normalize

import (
	"bytes"
	"encoding/binary"
	"io"
	"sync"
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
	form norm.Form     // NFC, or NFKC when OpNFKC is set
	tab  [64][64]uint8 // pair flags indexed by kind

	// asciiSkip is set when no op looks at ASCII other than ':' and '|',
	// so runs of such bytes can be skipped eight at a time.
	asciiSkip bool
	// nuktaInline is set when the only op that acts on ড় ঢ় য় typed
	// precomposed is NFC's decomposition.
	nuktaInline bool
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
			f := pairFlags(ops, a, b)
			if f&fNoCut == 0 {
				// A cut: the kind before it counts as kBOT.
				f = pairFlags(ops, kBOT, b) &^ fNoCut
			}
			n.tab[a][b] = f
		}
	}
	n.nuktaInline = ops.Has(OpNFC) && !ops.Has(OpSearchKey)
	n.asciiSkip = true
	for a := kBOT; a <= kASCII; a++ {
		for b := kBlank; b <= kASCII; b++ {
			if n.tab[a][b] != 0 {
				n.asciiSkip = false
			}
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

const (
	lo8 = 0x0101010101010101
	hi8 = 0x8080808080808080
)

// hasByte reports whether one of the eight bytes of v is c.
func hasByte(v uint64, c byte) bool {
	x := v ^ (lo8 * uint64(c))
	return (x-lo8)&^x&hi8 != 0
}

// plain8 reports whether the eight bytes of v are ASCII other than ':' and
// '|', the only ASCII bytes the default ops look at.
func plain8(v uint64) bool {
	return v&hi8 == 0 && !hasByte(v, ':') && !hasByte(v, '|')
}

// scratchPool holds the rule engine's buffers between calls.
var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// run is Transform, or Span when span is set (then dst is not used). When
// changes is not nil, the changes are appended to it with offsets relative
// to src and dst.
//
// Invariants: every call starts at a cut, and the kind before a cut counts
// as kBOT, so that where a call starts never changes the result. nSrc only
// ever stops at cuts.
func (n *Normalizer) run(dst, src []byte, atEOF, span bool, changes *[]Change) (nDst, nSrc int, err error) {
	var sc *scratch
	defer func() {
		if sc != nil {
			scratchPool.Put(sc)
		}
	}()
	// src[nSrc:i] fits in dst while i <= limit, so the scan stops at end:
	// every cut it finds fits.
	limit := len(dst)
	if span {
		limit = len(src)
	}
	end := min(len(src), limit+1)
	tab, skip := &n.tab, n.asciiSkip
	prev := kBOT
	lastCut := 0
	i := 0
	for i < end {
		var k kind
		size := 1
		if i+8 <= len(src) {
			v := binary.LittleEndian.Uint64(src[i:])
			if skip && prev <= kASCII && i+8 <= end && plain8(v) {
				// Eight ASCII bytes that no op touches: every position
				// is a cut.
				i += 8
				lastCut = i - 1
				prev = asciiKinds[src[i-1]&0x7F]
				continue
			}
			if v&0xC0FEFFC0FEFF == 0x80A6E080A6E0 && i+8 <= end {
				// Two Bengali characters at once: the common case.
				k1 := bengaliKinds[(v>>2&0x40|v>>16&0x3F)&127]
				k2 := bengaliKinds[(v>>26&0x40|v>>40&0x3F)&127]
				f1, f2 := tab[prev&63][k1&63], tab[k1&63][k2&63]
				if (f1|f2)&fTrig == 0 && i-lastCut < maxSegment-8 {
					if f1&fNoCut == 0 {
						lastCut = i
					}
					if f2&fNoCut == 0 {
						lastCut = i + 3
					}
					prev = k2
					i += 6
					continue
				}
			}
			// One load decides both common cases.
			switch {
			case v&0xC0FEFF == 0x80A6E0: // E0 A6|A7 xx: Bengali
				k, size = bengaliKinds[(v>>2&0x40|v>>16&0x3F)&127], 3
			case v&0x80 == 0:
				k = asciiKinds[v&0x7F]
			default:
				if k, size = n.otherKind(src[i:], atEOF); size == 0 {
					goto done
				}
			}
		} else if k, size = n.next(src, i, atEOF); size == 0 {
			break
		}
		f := tab[prev&63][k&63]
		if f&fNoCut == 0 {
			lastCut = i
		} else if i-lastCut >= maxSegment {
			lastCut = i
			f = tab[kBOT][k&63]
		}
		prev = k
		if f&fTrig == 0 {
			i += size
			continue
		}

		// Slow path: the segment that starts at lastCut.
		if sc == nil {
			sc = scratchPool.Get().(*scratch)
		}
		segStart := lastCut
		j, out, more := n.segment(src, segStart, i+size, k, atEOF, sc, changes != nil)
		if more {
			// The segment may go on in the next call.
			if span {
				return 0, segStart, transform.ErrShortSrc
			}
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			return nDst, segStart, transform.ErrShortSrc
		}
		switch {
		case !bytes.Equal(out, src[segStart:j]):
			if span {
				return 0, segStart, transform.ErrEndOfSpan
			}
			if segStart-nSrc+len(out) > len(dst)-nDst {
				nDst += copy(dst[nDst:], src[nSrc:segStart])
				return nDst, segStart, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			for _, c := range sc.changes {
				c.Start += segStart
				c.End += segStart
				c.OutStart += nDst
				c.OutEnd += nDst
				*changes = append(*changes, c)
			}
			nDst += copy(dst[nDst:], out)
			nSrc = j
			limit = len(dst) - nDst + nSrc
			end = min(len(src), limit+1)
		case j > limit:
			nDst += copy(dst[nDst:], src[nSrc:segStart])
			return nDst, segStart, transform.ErrShortDst
		}
		lastCut = j
		prev = kBOT
		i = j
	}
done:
	if i < len(src) && i >= end {
		goto shortDst
	}
	if i == len(src) && atEOF {
		if len(src) > limit {
			goto shortDst
		}
		if !span {
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

// segment finds the end of the segment that starts at segStart and has
// been scanned up to j (the kind before j is pk), and runs the rule engine
// over it. more reports that the segment may go on past src. The output is
// in sc (valid until the next call), and so are its changes when report is
// set.
func (n *Normalizer) segment(src []byte, segStart, j int, pk kind, atEOF bool, sc *scratch, report bool) (end int, out []byte, more bool) {
	// The commonest repair, ড় ঢ় য় typed precomposed, needs no rule engine
	// when nothing else in the segment triggers.
	onlyNukta := n.nuktaInline && pk == kNuktaCons && !report
	for {
		for j < len(src) {
			k2, size2 := n.next(src, j, atEOF)
			if size2 == 0 {
				return j, nil, true
			}
			f := n.tab[pk&63][k2&63]
			if f&fNoCut == 0 || j-segStart >= maxSegment {
				break
			}
			if f&fTrig != 0 && k2 != kNuktaCons {
				onlyNukta = false
			}
			pk = k2
			j += size2
		}
		if j == len(src) && !atEOF {
			return j, nil, true
		}
		seg := src[segStart:j]
		next := none
		if j < len(src) {
			next, _ = utf8.DecodeRune(src[j:])
		}
		sc.changes = sc.changes[:0]
		if onlyNukta {
			out = decomposeNukta(sc.out[:0], seg)
		} else {
			out = n.process(seg, next, sc, report)
		}
		if j == len(src) || j-segStart >= maxSegment || bytes.Equal(out, seg) {
			return j, out, false
		}
		// A repair at the end of the segment may have made its last
		// character interact with the next one (a deletion that brings two
		// daris together, say): then the cut is gone, and the segment must
		// take in the next one.
		lk := kBOT
		if len(out) > 0 {
			_, lsize := utf8.DecodeLastRune(out)
			lk, _ = n.next(out, len(out)-lsize, true)
		}
		nk, nsize := n.next(src, j, atEOF)
		if n.tab[lk&63][nk&63]&fNoCut == 0 {
			return j, out, false
		}
		pk = nk
		j += nsize
		onlyNukta = false
	}
}

// decomposeNukta appends seg to dst with ড় ঢ় য় decomposed.
func decomposeNukta(dst, seg []byte) []byte {
	for i := 0; i < len(seg); {
		if seg[i] == 0xE0 && i+2 < len(seg) && seg[i+1] == 0xA7 {
			var base byte
			switch seg[i+2] {
			case 0x9C: // ড় -> ড ়
				base = 0xA1
			case 0x9D: // ঢ় -> ঢ ়
				base = 0xA2
			case 0x9F: // য় -> য ়
				base = 0xAF
			}
			if base != 0 {
				dst = append(dst, 0xE0, 0xA6, base, 0xE0, 0xA6, 0xBC)
				i += 3
				continue
			}
		}
		dst = append(dst, seg[i])
		i++
	}
	return dst
}
