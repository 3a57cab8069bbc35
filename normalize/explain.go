package normalize

import (
	"slices"
	"unicode/utf8"
	"unsafe"
)

// Change is one repair: the op that made it, the input bytes it replaced
// and the output bytes it wrote. Offsets are byte offsets into the input
// and the output of Explain; End and OutEnd are exclusive. A deletion has
// OutStart == OutEnd. Text outside all changes is copied unchanged, so the
// changes map every output offset back to the input (for NER spans and
// alignment).
type Change struct {
	Op       Op
	Start    int    // first input byte
	End      int    // end of the input bytes
	OutStart int    // first output byte
	OutEnd   int    // end of the output bytes
	Before   string // the input bytes
	After    string // the output bytes
}

// Explain normalizes s and reports every change it made, in order.
func (n *Normalizer) Explain(s string) (string, []Change) {
	src := unsafeBytes(s)
	dst := make([]byte, len(src)*2+64)
	for {
		var changes []Change
		nDst, _, err := n.run(dst, src, true, false, &changes)
		if err == nil {
			return string(dst[:nDst]), changes
		}
		dst = make([]byte, len(dst)*2)
	}
}

// report turns the origins the ops left on the items into changes.
func (g *seg) report(src, out []byte, changes *[]Change) {
	if g.needNorm {
		// norm rewrote the segment after the rule engine: report it whole
		// unless nothing changed.
		if string(src) != string(out) {
			op := OpNFC
			if g.ops.Has(OpNFKC) {
				op = OpNFKC
			}
			for _, it := range g.it {
				if it.op != 0 {
					op = Op(it.op - 1)
					break
				}
			}
			*changes = append(*changes, Change{Op: op, End: len(src), OutEnd: len(out), Before: string(src), After: string(out)})
		}
		return
	}
	type region struct {
		s, e int32
		op   uint8
	}
	var regs []region
	for _, it := range g.it {
		if it.op != 0 {
			regs = append(regs, region{it.s, it.e, it.op})
		}
	}
	for _, d := range g.dels {
		regs = append(regs, region{d.s, d.e, d.op})
	}
	if len(regs) == 0 {
		return
	}
	slices.SortStableFunc(regs, func(a, b region) int { return int(a.s - b.s) })
	merged := regs[:1]
	for _, r := range regs[1:] {
		last := &merged[len(merged)-1]
		if r.s < last.e {
			last.e = max(last.e, r.e)
			if Op(last.op-1) == OpNFC && Op(r.op-1) != OpNFC {
				last.op = r.op
			}
			continue
		}
		merged = append(merged, r)
	}
	// Output offsets of every item.
	offs := make([]int32, len(g.it)+1)
	var o int32
	for i, it := range g.it {
		offs[i] = o
		if it.r < none {
			o++
		} else {
			o += int32(utf8.RuneLen(it.r))
		}
	}
	offs[len(g.it)] = o
	for _, r := range merged {
		os, oe := int32(-1), int32(-1)
		for i, it := range g.it {
			if it.s >= r.s && it.e <= r.e {
				if os < 0 {
					os = offs[i]
				}
				oe = offs[i+1]
			}
		}
		if os < 0 {
			// A pure deletion: it sits before the first item after it.
			os = offs[len(g.it)]
			for i, it := range g.it {
				if it.s >= r.e {
					os = offs[i]
					break
				}
			}
			oe = os
		}
		before, after := string(src[r.s:r.e]), string(out[os:oe])
		if before == after {
			continue
		}
		*changes = append(*changes, Change{
			Op: Op(r.op - 1), Start: int(r.s), End: int(r.e), OutStart: int(os), OutEnd: int(oe),
			Before: before, After: after,
		})
	}
}

// unsafeBytes returns the bytes of s without copying. The caller must not
// write to them.
func unsafeBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}
