package steps

import (
	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/transform"
)

// Seq returns the transformers ts applied in order, like transform.Chain,
// but with buffers between the stages that grow when a stage needs more
// room. transform.Chain uses fixed 4 KiB buffers and gives up with "short
// internal buffer" when one stage holds back the end of its input (to see
// what follows) while the stage before it waits for room to write; the
// normalizers here hold back up to a few kilobytes, so they need a chain
// that grows instead. A Seq inside a Seq is flattened. When every stage is
// a transform.SpanningTransformer, so is the Seq, so clean text can pass
// through without a copy.
//
// A Seq keeps state between calls: it is not safe for concurrent use; call
// Reset to reuse it.
func Seq(ts ...transform.Transformer) transform.Transformer {
	var flat []transform.Transformer
	for _, t := range ts {
		switch s := t.(type) {
		case *spanSeq:
			flat = append(flat, s.ts...)
		case *seq:
			flat = append(flat, s.ts...)
		default:
			flat = append(flat, t)
		}
	}
	// normalize.NFC right before a Normalizer that composes anyway (fix
	// followed by normalize, the main job) is the same text twice.
	for i := 0; i+1 < len(flat); i++ {
		n, ok := flat[i+1].(*normalize.Normalizer)
		if flat[i] == transform.Transformer(normalize.NFC) && ok && n.Ops().Has(normalize.OpNFC) {
			flat = append(flat[:i], flat[i+1:]...)
			i--
		}
	}
	if len(flat) == 1 {
		return flat[0]
	}
	c := &seq{ts: flat, bufs: make([]buffer, len(flat)-1), done: make([]bool, len(flat)), fresh: true}
	spans := make([]transform.SpanningTransformer, 0, len(flat))
	for _, t := range flat {
		if s, ok := t.(transform.SpanningTransformer); ok {
			spans = append(spans, s)
		}
	}
	if len(spans) < len(flat) {
		return c
	}
	return &spanSeq{seq: c, spans: spans}
}

// buffer holds the output of one stage that the next has not consumed:
// b[p:].
type buffer struct {
	b []byte
	p int
}

func (b *buffer) pending() []byte { return b.b[b.p:] }

// space returns room for at least n more bytes, after compacting.
func (b *buffer) space(n int) []byte {
	if b.p > 0 {
		k := copy(b.b, b.b[b.p:])
		b.b, b.p = b.b[:k], 0
	}
	if cap(b.b)-len(b.b) < n {
		nb := make([]byte, len(b.b), 2*cap(b.b)+n)
		copy(nb, b.b)
		b.b = nb
	}
	return b.b[len(b.b):cap(b.b)]
}

type seq struct {
	ts    []transform.Transformer
	bufs  []buffer // bufs[i] is the output of ts[i] waiting for ts[i+1]
	done  []bool   // ts[i] has seen the end of its input and flushed
	fresh bool     // no input since Reset: every stage is in its first state
}

// Reset implements transform.Transformer.
func (c *seq) Reset() {
	for i, t := range c.ts {
		t.Reset()
		c.done[i] = false
	}
	for i := range c.bufs {
		c.bufs[i].b, c.bufs[i].p = c.bufs[i].b[:0], 0
	}
	c.fresh = true
}

// Transform implements transform.Transformer. It consumes all of src
// unless the destination fills up; what a stage holds back stays in the
// buffers until more input or the end of input comes.
func (c *seq) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	c.fresh = false
	last := len(c.ts) - 1
	for {
		progress := false
		lastShortDst := false
		for i, t := range c.ts {
			if c.done[i] {
				continue
			}
			var in []byte
			eof := atEOF
			if i == 0 {
				in = src[nSrc:]
			} else {
				in = c.bufs[i-1].pending()
				eof = c.done[i-1]
			}
			var out []byte
			if i == last {
				out = dst[nDst:]
			} else {
				out = c.bufs[i].space(len(in) + len(in)/8 + 64)
			}
			nd, ns, e := t.Transform(out, in, eof)
			if i == last {
				nDst += nd
			} else {
				c.bufs[i].b = c.bufs[i].b[:len(c.bufs[i].b)+nd]
			}
			if i == 0 {
				nSrc += ns
			} else {
				c.bufs[i-1].p += ns
			}
			if nd > 0 || ns > 0 {
				progress = true
			}
			switch e {
			case nil:
				if eof && ns == len(in) {
					c.done[i] = true
					progress = true
				}
			case transform.ErrShortDst:
				if i == last {
					lastShortDst = true
				} else {
					// Room is always made on the next round.
					c.bufs[i].space(2*cap(c.bufs[i].b) + 64)
					progress = true
				}
			case transform.ErrShortSrc:
				// The stage waits for more input.
			default:
				return nDst, nSrc, e
			}
		}
		if c.done[last] {
			return nDst, nSrc, nil
		}
		if !progress {
			if lastShortDst {
				return nDst, nSrc, transform.ErrShortDst
			}
			if atEOF {
				// Every stage saw the end and still holds input: a stage
				// broke the Transformer contract.
				return nDst, nSrc, transform.ErrShortSrc
			}
			if nSrc == len(src) && c.empty() {
				return nDst, nSrc, nil
			}
			return nDst, nSrc, transform.ErrShortSrc
		}
	}
}

// empty reports whether no stage holds input back.
func (c *seq) empty() bool {
	for i := range c.bufs {
		if len(c.bufs[i].pending()) > 0 {
			return false
		}
	}
	return true
}

// spanSeq is a Seq of spanning transformers.
type spanSeq struct {
	*seq
	spans []transform.SpanningTransformer
}

// Span implements transform.SpanningTransformer: the prefix that every
// stage leaves unchanged in turn. As x/text requires, the stages are left
// in the state of having transformed exactly that prefix: when one spanned
// further than another, all are reset and span the shorter prefix again.
// So Span answers only at the start of a stream (after Reset, or before
// any input has been taken); later it returns 0 and ErrEndOfSpan, and
// Transform goes on.
func (c *spanSeq) Span(src []byte, atEOF bool) (int, error) {
	if !c.fresh || !c.empty() {
		return 0, transform.ErrEndOfSpan
	}
	n := len(src)
	var reason error // why the stage that last cut the span stopped there
	for pass := 0; ; pass++ {
		if pass > 0 {
			c.Reset()
		}
		agree := true
		for _, t := range c.spans {
			k, e := t.Span(src[:n], atEOF && n == len(src))
			if k < n {
				agree = false
				reason = e
				if e == transform.ErrShortSrc && n < len(src) {
					// Cut short by another stage's span: not a lack of input.
					reason = transform.ErrEndOfSpan
				}
				n = k
			}
		}
		if agree {
			break
		}
		if n == 0 {
			c.Reset()
			break
		}
	}
	// The stages have taken n bytes: a second Span would start mid-stream.
	c.fresh = n == 0
	switch {
	case n == len(src):
		return n, nil
	case reason == transform.ErrShortSrc && !atEOF:
		return n, reason
	case reason == nil || reason == transform.ErrShortSrc:
		return n, transform.ErrEndOfSpan
	}
	return n, reason
}
