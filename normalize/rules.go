package normalize

import (
	"unicode"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
	"golang.org/x/text/unicode/norm"
)

// none stands for the missing neighbour at either end of a segment.
// Invalid bytes are kept as runes below none.
const none rune = -1

// item is one character of a segment in the rule engine.
type item struct {
	r    rune  // the character, or -2-b for an invalid byte b
	s, e int32 // the input bytes it comes from, relative to the segment
	op   uint8 // 1 + the first op that changed it; 0 when unchanged
}

// del records input bytes an op removed.
type del struct {
	s, e int32
	op   uint8
}

// scratch holds the rule engine's buffers for short segments, so that the
// common case does not allocate.
type scratch struct {
	it      [128]item
	tmp     [128]item
	out     [512]byte
	norm    []byte
	changes []Change
}

// seg is a segment being repaired.
type seg struct {
	ops      Ops
	it, tmp  []item
	dels     []del
	next     rune // the character after the segment, or none at the end of the text
	changed  bool // set by any op in the current pass
	needNorm bool // holds characters outside ASCII and Bengali that NFC may change
}

// at returns the character at i; past the end it returns the character
// that follows the segment, so that a repair at the end of a segment sees
// its real neighbour.
func (g *seg) at(i int) rune {
	if i == len(g.it) {
		return g.next
	}
	if i < 0 || i > len(g.it) {
		return none
	}
	return g.it[i].r
}

func (g *seg) mark(i int, op Op) {
	if g.it[i].op == 0 {
		g.it[i].op = uint8(op) + 1
	}
	g.changed = true
}

// set replaces the character at i.
func (g *seg) set(i int, r rune, op Op) {
	if g.it[i].r != r {
		g.it[i].r = r
		g.mark(i, op)
	}
}

// merge replaces the k items at i by one item r.
func (g *seg) merge(i, k int, r rune, op Op) {
	first := g.it[i]
	last := g.it[i+k-1]
	internal := k == 2 && first.op == 0 && last.op == 0 && first.s == last.s && first.e == last.e
	g.it[i].r = r
	g.it[i].e = max(first.e, last.e)
	g.it[i].s = min(first.s, last.s)
	for j := i + 1; j < i+k; j++ {
		if g.it[i].op == 0 && g.it[j].op != 0 {
			g.it[i].op = g.it[j].op
		}
	}
	g.it = append(g.it[:i+1], g.it[i+k:]...)
	if !internal {
		// Undoing the internal split of ো and ৌ is not a change.
		g.mark(i, op)
	}
}

// insert puts the runes rs in place of the item at i.
func (g *seg) insert(i int, op Op, rs ...rune) {
	it := g.it[i]
	g.it = append(g.it, make([]item, len(rs)-1)...)
	copy(g.it[i+len(rs):], g.it[i+1:])
	for k, r := range rs {
		g.it[i+k] = item{r: r, s: it.s, e: it.e, op: it.op}
		g.mark(i+k, op)
	}
}

// move takes the item at from and puts it at to, and makes every item it
// passes over part of one change.
func (g *seg) move(from, to int, op Op) {
	lo, hi := min(from, to), max(from, to)
	x := g.it[from]
	if from < to {
		copy(g.it[from:to], g.it[from+1:to+1])
	} else {
		copy(g.it[to+1:from+1], g.it[to:from])
	}
	g.it[to] = x
	s, e := g.it[lo].s, g.it[lo].e
	for j := lo; j <= hi; j++ {
		s, e = min(s, g.it[j].s), max(e, g.it[j].e)
	}
	for j := lo; j <= hi; j++ {
		g.it[j].s, g.it[j].e = s, e
		g.mark(j, op)
	}
}

// filter drops the items for which drop returns true. prev is the last
// item kept so far (none at the start).
func (g *seg) filter(drop func(i int, prev rune) (bool, Op)) {
	out := g.tmp[:0]
	prev := none
	for i := range g.it {
		if d, op := drop(i, prev); d {
			g.dels = append(g.dels, del{g.it[i].s, g.it[i].e, uint8(op) + 1})
			g.changed = true
			continue
		}
		out = append(out, g.it[i])
		prev = g.it[i].r
	}
	g.it, g.tmp = out, g.it[:0]
}

// decode fills g.it from src.
func (g *seg) decode(n *Normalizer, src []byte) {
	for i := 0; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			r, size = -2-rune(src[i]), 1
		} else if r >= utf8.RuneSelf && !bn.InBlock(r) && n.ops.canonical() {
			switch r {
			case bn.ZWJ, bn.ZWNJ, bn.Dari, bn.DoubleDari:
			default:
				if !n.form.Properties(src[i : i+size]).BoundaryAfter() {
					g.needNorm = true
				}
			}
		}
		g.it = append(g.it, item{r: r, s: int32(i), e: int32(i + size)})
		i += size
	}
}

// encode appends the UTF-8 of the items to dst.
func (g *seg) encode(dst []byte) []byte {
	for _, it := range g.it {
		if it.r < none {
			dst = append(dst, byte(-2-it.r))
		} else {
			dst = utf8.AppendRune(dst, it.r)
		}
	}
	return dst
}

// process runs the rule engine over one segment and returns its new bytes.
// next is the character that follows the segment (none at the end).
// When report is set it also puts the changes in sc.changes, with offsets
// relative to the segment.
func (n *Normalizer) process(src []byte, next rune, sc *scratch, report bool) []byte {
	g := seg{ops: n.ops, it: sc.it[:0], tmp: sc.tmp[:0], next: next}
	g.decode(n, src)
	nfc := g.ops.canonical()
	if nfc && !g.needNorm && g.longRun() {
		g.needNorm = true
	}
	in := src
	if g.needNorm {
		// Text outside ASCII and Bengali that NFC changes, or a run of more
		// than 30 marks (which norm breaks with U+034F): let norm put the
		// segment in order first, so that the ops see it as they will on
		// the next run, and again at the end.
		in = n.form.Append(nil, src...)
		g.it = g.it[:0]
		g.decode(n, in)
		g.needNorm = true
	}
	if nfc {
		g.decompose()
	}
	for range 10 {
		g.changed = false
		if nfc {
			g.reorder()
		}
		g.pass()
		if !g.changed {
			break
		}
	}
	if nfc {
		g.reorder()
		g.compose()
	}
	out := g.encode(sc.out[:0])
	if g.needNorm {
		out = n.form.Append(nil, out...)
	}
	if report {
		g.report(src, out, &sc.changes)
	}
	return out
}

// longRun reports whether the segment has more than 30 non-starters in a
// row.
func (g *seg) longRun() bool {
	run := 0
	for _, it := range g.it {
		if bn.CCC(it.r) == 0 {
			run = 0
		} else if run++; run > 30 {
			return true
		}
	}
	return false
}

// decompose splits the precomposed nukta letters (an NFC change) and the
// two-part vowel signs ো ৌ (an internal step that compose undoes).
func (g *seg) decompose() {
	for i := 0; i < len(g.it); i++ {
		var a, b rune
		nfc := true
		switch g.it[i].r {
		case bn.Rra:
			a, b = bn.Dda, bn.Nukta
		case bn.Rha:
			a, b = bn.Ddha, bn.Nukta
		case bn.Yya:
			a, b = bn.Ya, bn.Nukta
		case bn.SignO:
			a, b, nfc = bn.SignE, bn.SignAA, false
		case bn.SignAU:
			a, b, nfc = bn.SignE, bn.AULength, false
		default:
			continue
		}
		if nfc {
			g.insert(i, OpNFC, a, b)
		} else {
			it := g.it[i]
			g.it = append(g.it, item{})
			copy(g.it[i+2:], g.it[i+1:])
			g.it[i] = item{r: a, s: it.s, e: it.e}
			g.it[i+1] = item{r: b, s: it.s, e: it.e}
		}
		i++
	}
}

// ccc returns the canonical combining class of r.
func ccc(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		return 0
	case bn.InBlock(r):
		return bn.CCC(r)
	}
	var buf [utf8.UTFMax]byte
	return norm.NFC.Properties(buf[:utf8.EncodeRune(buf[:], r)]).CCC()
}

// reorder puts runs of non-starters (nukta, virama and any combining mark)
// in canonical order: a stable sort by combining class.
func (g *seg) reorder() {
	for i := 0; i < len(g.it); i++ {
		if ccc(g.it[i].r) == 0 {
			continue
		}
		k := i + 1
		for k < len(g.it) && ccc(g.it[k].r) != 0 {
			k++
		}
		for a := i + 1; a < k; a++ {
			for b := a; b > i && ccc(g.it[b-1].r) > ccc(g.it[b].r); b-- {
				g.move(b, b-1, OpNFC)
			}
		}
		i = k - 1
	}
}

// compose composes ে+া and ে+ৗ, the only Bengali compositions of NFC.
func (g *seg) compose() {
	for i := 0; i+1 < len(g.it); i++ {
		if g.it[i].r != bn.SignE {
			continue
		}
		switch g.it[i+1].r {
		case bn.SignAA:
			g.merge(i, 2, bn.SignO, OpNFC)
		case bn.AULength:
			g.merge(i, 2, bn.SignAU, OpNFC)
		}
	}
}

// pass runs every op once, in pipeline order.
func (g *seg) pass() {
	o := g.ops
	g.strips()
	g.charMaps()
	if o.Has(OpNuktaOrder) {
		g.nuktaOrder()
	}
	if o.Has(OpNuktaBaRa) {
		g.nuktaBaRa()
	}
	if o.Has(OpStripNukta) {
		g.stripNukta()
	}
	if o.Has(OpDedupMarks) {
		g.dedup()
	}
	if o.Has(OpVisualOrder) {
		g.visualOrder()
	}
	if o.Has(OpVowelCompose) {
		g.vowelCompose()
	}
	if o.Has(OpVowelOrder) {
		g.vowelOrder()
	}
	if o.Has(OpReorderModifier) {
		g.reorderModifier()
	}
	if o.Has(OpDropVowelAfterVowel) {
		g.dropVowelAfterVowel()
	}
	if o.Has(OpDropOrphanMarks) {
		g.dropOrphanMarks()
	}
	if o.Has(OpDedupMarks) {
		g.dedup()
	}
	if o.Has(OpKhandaTa) {
		g.khandaTa()
	}
	if o.Has(OpKhandaTaHeuristic) {
		g.khandaTaHeuristic()
	}
	if o.Has(OpRyaZWJ) {
		g.ryaZWJ()
	}
	if o.Has(OpZWIneffective) || o.Has(OpZWEdge) {
		g.joiners()
	}
	if o.Has(OpVisargaInternal) || o.Has(OpColonVisargaFinal) {
		g.colons()
	}
	if o.Has(OpVisargaColon) {
		g.visargaColon()
	}
	if o.Has(OpPipeDari) {
		g.pipeDari()
	}
	if o.Has(OpDoubleDari) {
		g.doubleDari()
	}
	if o.Has(OpAESpelling) {
		g.aeSpelling()
	}
	if o.Has(OpDedupFola) {
		g.dedupFola()
	}
	if o.Has(OpSpaceCollapse) {
		g.spaceCollapse()
	}
	if o.Has(OpSearchKey) {
		g.searchKey()
	}
}

// isBengaliCtx reports whether r makes its neighbourhood Bengali.
func isBengaliCtx(r rune) bool { return bn.InBlock(r) || r == bn.Dari || r == bn.DoubleDari }

// transparent reports whether r is an invisible format character that the
// strip ops look through to find the real neighbours.
func transparent(r rune) bool {
	switch r {
	case '\uFEFF', '\u200B', '\u00AD', '\u2060', bn.ZWJ, bn.ZWNJ:
		return true
	}
	return isBidi(r)
}

// bengaliNeighbour reports whether the nearest visible character on either
// side of i is Bengali.
func (g *seg) bengaliNeighbour(i int) bool {
	j := i - 1
	for j >= 0 && transparent(g.it[j].r) {
		j--
	}
	if isBengaliCtx(g.at(j)) {
		return true
	}
	j = i + 1
	for j < len(g.it) && transparent(g.it[j].r) {
		j++
	}
	return isBengaliCtx(g.at(j))
}

func (g *seg) strips() {
	o := g.ops
	drops := false
	for i := range g.it {
		switch r := g.it[i].r; {
		case r == '\u00A0' && o.Has(OpSpaceFold):
			g.set(i, ' ', OpSpaceFold)
		case r == '\u00A0' && o.Has(OpNBSPSpace) && g.bengaliNeighbour(i):
			g.set(i, ' ', OpNBSPSpace)
		case o.Has(OpSpaceFold) && isFoldSpace(r):
			g.set(i, ' ', OpSpaceFold)
		case r == '\uFEFF', r == '\u200B', r == '\u00AD', r == '\u2060', isBidi(r):
			drops = true
		}
	}
	if !drops {
		return
	}
	g.filter(func(i int, _ rune) (bool, Op) {
		switch g.it[i].r {
		case '\uFEFF':
			return o.Has(OpStripBOM), OpStripBOM
		case '\u200B':
			return o.Has(OpStripZWSP) && g.bengaliNeighbour(i), OpStripZWSP
		case '\u00AD':
			return o.Has(OpStripSHY) && g.bengaliNeighbour(i), OpStripSHY
		case '\u2060':
			return o.Has(OpStripWJ) && g.bengaliNeighbour(i), OpStripWJ
		}
		return o.Has(OpStripBidi) && isBidi(g.it[i].r), OpStripBidi
	})
}

func isFraction(r rune) bool {
	return r >= '\u09F4' && r <= '\u09F9' && r != bn.Numerator4
}

// inFraction reports whether the ৷ at i is part of a fraction sequence:
// the run of ৷ it belongs to (৷৷ is eight sixteenths) touches another
// currency fraction sign, as in ৷৷৹, or runs straight into a digit, as in
// the old prices ১৷০ and ৷৷০ (a dari is followed by a space or nothing).
func (g *seg) inFraction(i int) bool {
	j, k := i-1, i+1
	for j >= 0 && g.it[j].r == bn.Numerator4 {
		j--
	}
	for k < len(g.it) && g.it[k].r == bn.Numerator4 {
		k++
	}
	return isFraction(g.at(j)) || isFraction(g.at(k)) || bn.IsDigit(g.at(k))
}

func (g *seg) charMaps() {
	o := g.ops
	for i := 0; i < len(g.it); i++ {
		r := g.it[i].r
		switch {
		case r == bn.AssameseRa && o.Has(OpAssameseToBengali):
			g.set(i, bn.Ra, OpAssameseToBengali)
		case r == bn.AssameseWa && o.Has(OpAssameseToBengali):
			g.set(i, bn.Ba, OpAssameseToBengali)
		case r == bn.SignRR && o.Has(OpRRSign):
			g.set(i, bn.SignR, OpRRSign)
		case r == '\u09E4' && o.Has(OpDariReserved):
			g.set(i, bn.Dari, OpDariReserved)
		case r == '\u09E5' && o.Has(OpDariReserved):
			g.set(i, bn.DoubleDari, OpDariReserved)
		case r == bn.Numerator4 && o.Has(OpDariConfusable):
			if !g.inFraction(i) {
				g.set(i, bn.Dari, OpDariConfusable)
			}
		case r >= 0x2000 && r <= 0x2212:
			if q := asciiQuote(r); q != 0 && o.Has(OpASCIIQuotes) {
				g.set(i, rune(q), OpASCIIQuotes)
			} else if isDash(r) && o.Has(OpASCIIDash) {
				g.set(i, '-', OpASCIIDash)
			} else if r == '\u2026' && o.Has(OpEllipsis) {
				g.insert(i, OpEllipsis, '.', '.', '.')
				i += 2
			}
		case r >= 0xFE58 && isDash(r) && o.Has(OpASCIIDash):
			g.set(i, '-', OpASCIIDash)
		}
	}
}

func isSign(r rune) bool { return bn.ClassOf(r) == bn.VowelSign }

func isModifier(r rune) bool { return bn.ClassOf(r) == bn.Modifier }

func isJoiner(r rune) bool { return r == bn.ZWJ || r == bn.ZWNJ }

// nuktaOrder moves a nukta typed after the vowel signs and modifiers of a
// consonant back to the consonant: যে় -> য়ে.
func (g *seg) nuktaOrder() {
	for i := 1; i < len(g.it); i++ {
		if g.it[i].r != bn.Nukta {
			continue
		}
		j := i
		for j > 0 && (isSign(g.it[j-1].r) || isModifier(g.it[j-1].r)) {
			j--
		}
		if j == i || j == 0 {
			continue
		}
		if c := g.it[j-1].r; bn.IsConsonant(c) || c == bn.Nukta {
			g.move(i, j, OpNuktaOrder)
		}
	}
}

func (g *seg) nuktaBaRa() {
	for i := 0; i+1 < len(g.it); i++ {
		if g.it[i].r == bn.Ba && g.it[i+1].r == bn.Nukta {
			g.merge(i, 2, bn.Ra, OpNuktaBaRa)
		}
	}
}

func (g *seg) stripNukta() {
	g.filter(func(i int, prev rune) (bool, Op) {
		if g.it[i].r != bn.Nukta {
			return false, 0
		}
		switch prev {
		case bn.Dda, bn.Ddha, bn.Ya:
			return false, 0
		}
		return true, OpStripNukta
	})
}

func dedupable(r rune) bool {
	switch bn.ClassOf(r) {
	case bn.VowelSign, bn.Modifier, bn.NuktaClass, bn.ViramaClass:
		return true
	}
	return isJoiner(r)
}

func (g *seg) dedup() {
	g.filter(func(i int, prev rune) (bool, Op) {
		r := g.it[i].r
		if r != prev || !dedupable(r) {
			return false, 0
		}
		if isJoiner(r) {
			// Doubled joiners collapse only next to Bengali: elsewhere
			// (Persian, emoji sequences) they are not ours to judge.
			j, k := i-1, i+1
			for j >= 0 && isJoiner(g.it[j].r) {
				j--
			}
			for k < len(g.it) && isJoiner(g.it[k].r) {
				k++
			}
			if !bn.InBlock(g.at(j)) && !bn.InBlock(g.at(k)) {
				return false, 0
			}
		}
		return true, OpDedupMarks
	})
}

// visualOrder moves a pre-base vowel sign that has no consonant before it
// after the consonant cluster that follows it: েকমন -> কেমন.
func (g *seg) visualOrder() {
	for i := 0; i+1 < len(g.it); i++ {
		if !bn.IsPreBase(g.it[i].r) {
			continue
		}
		switch p := g.at(i - 1); {
		case bn.IsConsonant(p), p == bn.Nukta, p == bn.KhandaTa, p == bn.Virama, isJoiner(p):
			continue
		}
		if !bn.IsConsonant(g.it[i+1].r) {
			continue
		}
		k := i + 2
		for k < len(g.it) {
			if g.it[k].r == bn.Nukta {
				k++
				continue
			}
			if g.it[k].r == bn.Virama && bn.IsConsonant(g.at(k+1)) {
				k += 2
				continue
			}
			break
		}
		g.move(i, k-1, OpVisualOrder)
		i = k - 1
	}
}

func (g *seg) vowelCompose() {
	for i := 0; i+1 < len(g.it); i++ {
		var r rune
		switch {
		case g.it[i].r == bn.A && g.it[i+1].r == bn.SignAA:
			r = bn.AA
		case g.it[i].r == bn.VocalicR && g.it[i+1].r == bn.SignR:
			r = bn.VocalicRR
		case g.it[i].r == bn.VocalicL && g.it[i+1].r == bn.SignL:
			r = bn.VocalicLL
		default:
			continue
		}
		g.merge(i, 2, r, OpVowelCompose)
	}
}

// vowelOrder puts the parts of ো and ৌ typed in reverse back in order; a
// candrabindu between them goes after both.
func (g *seg) vowelOrder() {
	for i := 0; i+1 < len(g.it); i++ {
		a, b, c := g.it[i].r, g.it[i+1].r, g.at(i+2)
		switch {
		case (a == bn.SignAA || a == bn.AULength) && b == bn.SignE:
			g.move(i+1, i, OpVowelOrder)
		case (a == bn.SignAA || a == bn.AULength) && b == bn.Candrabindu && c == bn.SignE:
			g.move(i+2, i, OpVowelOrder)
		case a == bn.SignE && b == bn.Candrabindu && (c == bn.SignAA || c == bn.AULength):
			g.move(i+1, i+2, OpVowelOrder)
		}
	}
}

// reorderModifier moves ঁ ং ঃ typed between a consonant and its vowel
// signs after them.
func (g *seg) reorderModifier() {
	for i := 0; i+1 < len(g.it); i++ {
		if !isModifier(g.it[i].r) || !isSign(g.it[i+1].r) {
			continue
		}
		if p := g.at(i - 1); !bn.IsConsonant(p) && p != bn.Nukta {
			continue // a vowel sign after an independent vowel is a typo of another kind
		}
		k := i + 1
		for k+1 < len(g.it) && isSign(g.it[k+1].r) {
			k++
		}
		g.move(i, k, OpReorderModifier)
		i = k
	}
}

func (g *seg) dropVowelAfterVowel() {
	g.filter(func(i int, prev rune) (bool, Op) {
		return isSign(g.it[i].r) && bn.ClassOf(prev) == bn.IndependentVowel, OpDropVowelAfterVowel
	})
}

func (g *seg) dropOrphanMarks() {
	last := none // last kept character that is not a joiner
	g.filter(func(i int, _ rune) (bool, Op) {
		r := g.it[i].r
		if isJoiner(r) {
			return false, 0
		}
		if bn.IsMark(r) && !bn.IsLetter(last) {
			return true, OpDropOrphanMarks
		}
		last = r
		return false, 0
	})
}

func (g *seg) khandaTa() {
	for i := 0; i+2 < len(g.it); i++ {
		if g.it[i].r == bn.Ta && g.it[i+1].r == bn.Virama && g.it[i+2].r == bn.ZWJ {
			g.merge(i, 3, bn.KhandaTa, OpKhandaTa)
		}
	}
}

func (g *seg) khandaTaHeuristic() {
	for i := 0; i+1 < len(g.it); i++ {
		if g.it[i].r != bn.Ta || g.it[i+1].r != bn.Virama {
			continue
		}
		switch next := g.at(i + 2); {
		case bn.IsConsonant(next):
			switch next {
			case bn.Ta, bn.Tha, bn.Na, bn.Ba, bn.Ma, bn.Ya, bn.Ra:
				continue
			}
		case bn.IsLetter(next), isJoiner(next):
			continue
		}
		g.merge(i, 2, bn.KhandaTa, OpKhandaTaHeuristic)
	}
}

func (g *seg) ryaZWJ() {
	for i := 0; i+3 < len(g.it); i++ {
		if g.it[i].r == bn.Ra && g.it[i+1].r == bn.ZWNJ && g.it[i+2].r == bn.Virama && g.it[i+3].r == bn.Ya {
			g.set(i+1, bn.ZWJ, OpRyaZWJ)
		}
	}
}

// isBoundary reports whether r ends a word: nothing, a space or
// punctuation.
func isBoundary(r rune) bool {
	return r < 0 || unicode.IsSpace(r) || unicode.IsPunct(r)
}

// joiners drops ZWJ and ZWNJ where they do nothing in Bengali: at the
// start or end of a word (zw-edge); after an independent vowel, a vowel
// sign or a modifier, between a consonant other than RA and a virama or the
// next letter, and after RA unless VIRAMA YA follows (zw-ineffective). Every other joiner
// stays: after a virama (explicit hasanta, half forms), in র‍্য, and
// wherever a neighbour is not Bengali (emoji sequences, Persian,
// Devanagari).
func (g *seg) joiners() {
	o := g.ops
	g.filter(func(i int, _ rune) (bool, Op) {
		if !isJoiner(g.it[i].r) {
			return false, 0
		}
		p, q := g.at(i-1), g.at(i+1)
		if p == bn.Virama {
			return false, 0
		}
		pB, qB := bn.InBlock(p), bn.InBlock(q)
		if pB && isBoundary(q) || qB && isBoundary(p) {
			return o.Has(OpZWEdge), OpZWEdge
		}
		if !pB || !qB || !o.Has(OpZWIneffective) {
			return false, 0
		}
		switch bn.ClassOf(p) {
		case bn.IndependentVowel, bn.VowelSign, bn.Modifier:
			return true, OpZWIneffective
		}
		c := p
		if p == bn.Nukta {
			c = g.at(i - 2)
		}
		if c == bn.Ra {
			return !(q == bn.Virama && g.at(i+2) == bn.Ya), OpZWIneffective
		}
		if !bn.IsConsonant(c) {
			return false, 0
		}
		// Between a consonant and a virama, or between a consonant and the
		// next letter (no virama, so no conjunct to break or ask for).
		switch bn.ClassOf(q) {
		case bn.ViramaClass, bn.Consonant, bn.KhandaTaClass, bn.IndependentVowel:
			return true, OpZWIneffective
		}
		return false, 0
	})
}

// isWordChar reports whether r is part of a word: a letter, a digit or a
// mark of any script.
func isWordChar(r rune) bool {
	return r >= 0 && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r))
}

func (g *seg) colons() {
	o := g.ops
	for i := range g.it {
		p := g.at(i - 1)
		if g.it[i].r != ':' || !bn.IsLetter(p) {
			continue
		}
		q := g.at(i + 1)
		switch bn.ClassOf(q) {
		case bn.Consonant, bn.IndependentVowel, bn.KhandaTaClass:
			if o.Has(OpVisargaInternal) && visargaBefore(p) {
				g.set(i, bn.Visarga, OpVisargaInternal)
			}
			continue
		}
		if o.Has(OpColonVisargaFinal) && !isWordChar(q) && q != ':' && q != '/' {
			g.set(i, bn.Visarga, OpColonVisargaFinal)
		}
	}
}

// visargaBefore reports whether a word-internal visarga can follow p.
// Inside Bengali words (সন্ধি of Sanskrit words: দুঃখ, নিঃসন্দেহ,
// অন্তঃসত্ত্বা, উচ্চৈঃস্বরে) visarga follows a consonant (with its inherent
// vowel) or the short vowels ি ু and ৈ, never া ী ূ ে ো and the like; a
// colon after those is a separator, as in উইকিপিডিয়া:আলোচনা or
// বিষয়শ্রেণী:বাংলাদেশ.
func visargaBefore(p rune) bool {
	switch p {
	case bn.SignI, bn.SignU, bn.SignAI, bn.Nukta:
		return true
	}
	return bn.IsConsonant(p)
}

func (g *seg) visargaColon() {
	for i := range g.it {
		if g.it[i].r == bn.Visarga {
			if q := g.at(i + 1); q == none || unicode.IsSpace(q) {
				g.set(i, ':', OpVisargaColon)
			}
		}
	}
}

func (g *seg) pipeDari() {
	for i := range g.it {
		if g.it[i].r != '|' {
			continue
		}
		if p := g.at(i - 1); (bn.IsLetter(p) || p == bn.Dari) && !isWordChar(g.at(i+1)) {
			g.set(i, bn.Dari, OpPipeDari)
		}
	}
}

func (g *seg) doubleDari() {
	for i := 0; i+1 < len(g.it); i++ {
		if g.it[i].r == bn.Dari && g.it[i+1].r == bn.Dari {
			g.merge(i, 2, bn.DoubleDari, OpDoubleDari)
		}
	}
}

func (g *seg) aeSpelling() {
	for i := 0; i+3 < len(g.it); i++ {
		if g.it[i].r == bn.E && g.it[i+1].r == bn.Virama && g.it[i+2].r == bn.Ya && g.it[i+3].r == bn.SignAA {
			g.set(i, bn.A, OpAESpelling)
		}
	}
}

func isFola(r rune) bool {
	switch r {
	case bn.Ra, bn.Ya, bn.Ba, bn.La, bn.Ma, bn.Na:
		return true
	}
	return false
}

func (g *seg) dedupFola() {
	for i := 0; i+3 < len(g.it); i++ {
		f := g.it[i+1].r
		if g.it[i].r == bn.Virama && isFola(f) && g.it[i+2].r == bn.Virama && g.it[i+3].r == f {
			g.dels = append(g.dels, del{g.it[i+2].s, g.it[i+3].e, uint8(OpDedupFola) + 1})
			g.it = append(g.it[:i+2], g.it[i+4:]...)
			g.changed = true
			i--
		}
	}
}

func isBlank(r rune) bool { return r == ' ' || r == '\t' }

func (g *seg) spaceCollapse() {
	for i := 0; i+1 < len(g.it); i++ {
		if isBlank(g.it[i].r) && isBlank(g.it[i+1].r) {
			g.set(i, ' ', OpSpaceCollapse)
		}
	}
	g.filter(func(i int, prev rune) (bool, Op) {
		return isBlank(g.it[i].r) && isBlank(prev), OpSpaceCollapse
	})
}

// searchKey folds the text to a key for search and deduplication, in the
// manner of Lucene's BengaliNormalizer: long vowels to short, the three
// sibilants to স, ণ to ন, ড় ঢ় to র, ৎ to ত; candrabindu, joiners, ya-phala
// and the remaining hasantas go.
func (g *seg) searchKey() {
	for i := 0; i < len(g.it); i++ {
		switch g.it[i].r {
		case bn.SignII:
			g.set(i, bn.SignI, OpSearchKey)
		case bn.SignUU:
			g.set(i, bn.SignU, OpSearchKey)
		case bn.Sha, bn.Ssa:
			g.set(i, bn.Sa, OpSearchKey)
		case bn.Nna:
			g.set(i, bn.Na, OpSearchKey)
		case bn.KhandaTa:
			g.set(i, bn.Ta, OpSearchKey)
		case bn.Rra, bn.Rha:
			g.set(i, bn.Ra, OpSearchKey)
		case bn.Dda, bn.Ddha:
			if g.at(i+1) == bn.Nukta {
				g.merge(i, 2, bn.Ra, OpSearchKey)
			}
		}
	}
	g.filter(func(i int, _ rune) (bool, Op) {
		switch r := g.it[i].r; r {
		case bn.Candrabindu, bn.ZWJ, bn.ZWNJ:
			return true, OpSearchKey
		case bn.Virama:
			return true, OpSearchKey
		case bn.Ya:
			// ya-phala: the virama before it goes too.
			return g.at(i-1) == bn.Virama && g.at(i+1) != bn.Nukta, OpSearchKey
		}
		return false, 0
	})
}
