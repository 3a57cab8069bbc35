package numerals

import (
	"io"
	"unsafe"

	"golang.org/x/text/transform"
)

// DateRewriter is a transform.SpanningTransformer that rewrites every
// complete date of running text (year, month and day known, or a range of
// such dates) as ISO 8601, and with Times every time of day as HH:MM,
// leaving every other byte as it is:
//
//	আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২  ->  আপডেটঃ 2025-07-12 | ৯:০২
//
// Bengali-calendar dates become their Gregorian date. Partial dates
// (জুলাই ২০২৫, ১২ জুলাই) are left as written. It finds the same dates and
// times as Scanner.Scan, line by line: no match crosses a newline, so the
// rewriter is line-local. It looks at most a bounded distance ahead, so
// it streams in fixed buffers (transform.NewReader).
//
// A DateRewriter keeps a little state between calls (whether the last
// byte ended a word): it is not safe for concurrent use; call Reset
// before reusing it on another stream.
type DateRewriter struct {
	st       scanState
	times    bool
	boundary bool // a word may start at the next input byte
}

// NewDateRewriter returns a DateRewriter that finds dates as s does (its
// Rule and Ref apply) and, when times is set, also rewrites times.
func NewDateRewriter(s Scanner, times bool) *DateRewriter {
	r := &DateRewriter{times: times, boundary: true}
	r.st.ref = s.refDate()
	r.st.rule = s.Rule
	return r
}

// RewriteDates returns s with its complete dates rewritten as ISO 8601
// (see DateRewriter). It returns s itself when there is none.
func RewriteDates(s string) string { return NewDateRewriter(Scanner{}, false).String(s) }

// Reset implements transform.Transformer.
func (r *DateRewriter) Reset() { r.boundary = true }

// rewrites reports whether a hit is rewritten.
func (r *DateRewriter) rewrites(h *scanHit) bool {
	return h.complete() || r.times && h.kind == KindTime
}

// start prepares the scan of src.
func (r *DateRewriter) start(src []byte, atEOF bool) *scanState {
	st := &r.st
	st.text, st.pos, st.boundary, st.final, st.nl = src, 0, r.boundary, atEOF, -1
	st.limit = len(src) + 1
	return st
}

// Span implements transform.SpanningTransformer: it returns the length
// of the prefix of src that the rewriter leaves as it is.
func (r *DateRewriter) Span(src []byte, atEOF bool) (n int, err error) {
	st := r.start(src, atEOF)
	var h scanHit
	for {
		ok, needMore := st.next(&h)
		if ok && r.rewrites(&h) {
			r.boundary = true // a match starts at a word boundary
			return h.start, transform.ErrEndOfSpan
		}
		if ok {
			continue
		}
		r.boundary = st.boundary
		if needMore {
			return st.pos, transform.ErrShortSrc
		}
		return len(src), nil
	}
}

// Transform implements transform.Transformer.
func (r *DateRewriter) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	st := r.start(src, atEOF)
	var h scanHit
	var iso [48]byte
	for {
		avail := len(dst) - nDst
		// Every step copies at most scanWindow bytes before its end plus
		// a match: bound the steps to what dst can take.
		st.limit = max(nSrc+avail-2*scanWindow, nSrc+1)
		ok, needMore := st.next(&h)
		end := st.pos
		var out []byte
		if ok {
			end = h.start
			out = src[h.start:h.end]
			if r.rewrites(&h) {
				out = h.appendISO(iso[:0])
			}
		}
		if end-nSrc+len(out) > avail {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], src[nSrc:end])
		nDst += copy(dst[nDst:], out)
		if ok {
			nSrc = h.end
			r.boundary = st.boundary
			continue
		}
		nSrc = end
		r.boundary = st.boundary
		switch {
		case needMore:
			return nDst, nSrc, transform.ErrShortSrc
		case nSrc < len(src):
			continue // stopped at the limit
		}
		return nDst, nSrc, nil
	}
}

// String returns s with its dates (and times) rewritten. It resets r
// first, and returns s itself when nothing changes.
func (r *DateRewriter) String(s string) string {
	r.Reset()
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	n, err := r.Span(b, true)
	if err == nil && n == len(s) {
		return s
	}
	r.Reset()
	out := r.Append(make([]byte, 0, len(s)), b)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// Bytes returns a new slice holding b with its dates (and times)
// rewritten. It resets r first.
func (r *DateRewriter) Bytes(b []byte) []byte {
	r.Reset()
	return r.Append(make([]byte, 0, len(b)), b)
}

// Append appends src, with its dates (and times) rewritten, to dst, as
// the end of a stream.
func (r *DateRewriter) Append(dst, src []byte) []byte {
	for {
		if cap(dst)-len(dst) < 2*scanWindow+64 {
			dst = append(dst[:len(dst):len(dst)], make([]byte, 2*scanWindow+64+len(src))...)[:len(dst)]
		}
		nDst, nSrc, err := r.Transform(dst[len(dst):cap(dst)], src, true)
		dst = dst[:len(dst)+nDst]
		src = src[nSrc:]
		if err != transform.ErrShortDst {
			return dst
		}
	}
}

// Reader returns a reader of r's rewrite of rd.
func (r *DateRewriter) Reader(rd io.Reader) io.Reader { return transform.NewReader(rd, r) }
