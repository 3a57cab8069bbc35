package transliterate

import "github.com/bntext/bntext/internal/bn"

// Bengali writes many names in more than one way: ই or ঈ, উ or ঊ, ন or
// ণ, শ or ষ, জ or য, ঙ্গ or ংগ, with or without an explicit hasanta. The lexicon is looked
// up with the exact spelling first and, when that fails, with both sides
// folded so that such variants meet.

// spellFold maps the block index of a rune to the index it folds to, or
// to foldDrop when the rune is dropped.
var spellFold = func() (t [128]uint8) {
	for i := range t {
		t[i] = uint8(i)
	}
	for from, to := range map[int]int{
		0x08: 0x07, // ঈ -> ই
		0x0A: 0x09, // ঊ -> উ
		0x40: 0x3F, // ী -> ি
		0x42: 0x41, // ূ -> ু
		0x23: 0x28, // ণ -> ন
		0x37: 0x36, // ষ -> শ
		0x4E: 0x24, // ৎ -> ত
		0x19: 0x02, // ঙ -> ং
	} {
		t[from] = uint8(to)
	}
	t[xVirama] = foldDrop
	return
}()

const foldDrop = 0xFF

// foldSpelling appends the folded form of the normalized Bengali text w
// (words separated by spaces) to dst. Joiners are dropped, and so is an
// explicit hasanta (্ + ZWNJ) and the virama of ঙ্; য becomes জ except as
// a phala and before a nukta (য়). The loose form also drops every virama
// (আব্দুল আবদুল) and ঁ, and folds স into শ (সামশুল শামসুল); it is only
// used for long words and for names of people, where it rarely makes two
// names meet.
func foldSpelling(dst, w []byte, loose bool) []byte {
	for i := 0; i < len(w); {
		f, n := spellFoldAt(w, i, loose)
		switch {
		case f == foldByte:
			dst = append(dst, w[i])
		case f != foldDrop:
			dst = bn.Encode(dst, int(f))
		}
		i += n
	}
	return dst
}

// foldByte is what spellFoldAt returns for a byte that is kept as it is.
const foldByte = 0xFE

// spellFoldAt returns the block index the rune at w[i] folds to (foldDrop,
// or foldByte for a byte outside the block) and its length.
func spellFoldAt(w []byte, i int, loose bool) (uint8, int) {
	x, ok := bnIndex(w, i)
	if !ok {
		if _, j := joinerAt(w, i); j {
			return foldDrop, 3
		}
		return foldByte, 1
	}
	f := spellFold[x]
	switch x {
	case xSa:
		if loose {
			f = xSha
		}
	case xCandrabindu:
		if loose {
			f = foldDrop
		}
	case xVirama:
		// Only an explicit hasanta (ক্‌ষ) and the virama of ঙ্গ, unless
		// loose.
		if j, ok := joinerAt(w, i+3); !loose && !(ok && j == bn.ZWNJ || i >= 3 && w[i-1] == 0x99 && w[i-2] == 0xA6) {
			f = xVirama
		}
	case xYa:
		afterVirama := i >= 3 && w[i-1] == 0x8D && w[i-2] == 0xA7 && w[i-3] == 0xE0
		if n, ok := bnIndex(w, i+3); !afterVirama && !(ok && n == xNukta) {
			f = xJa
		}
	}
	return f, 3
}

// foldTabs maps a block index to what it folds to in the first and in
// the loose form (the virama and য, which depend on their neighbours, are
// decided in foldHashes); sylIdx marks the letters that start a syllable.
var foldTabs, sylIdx = func() (t [2][128]uint8, syl [128]bool) {
	for x := range 128 {
		t[0][x], t[1][x] = spellFold[x], spellFold[x]
		syl[x] = startsSyllable(x)
	}
	t[0][xVirama] = xVirama
	t[1][xSa] = xSha
	t[1][xCandrabindu] = foldDrop
	return
}()

// foldHashes returns the hashes of the two folded forms of w (what
// foldSpelling writes) and the number of its letters, in one pass.
func foldHashes(w []byte) (h0, h1 uint64, nLetters int) {
	h0, h1 = fnvOffset64, fnvOffset64
	prev := -1 // the block index of the rune before, or -1
	for i := 0; i < len(w); {
		c := w[i]
		if c == 0xE0 && i+2 < len(w) && w[i+1]&^1 == 0xA6 && w[i+2]&0xC0 == 0x80 {
			x := int(w[i+1]&1)<<6 | int(w[i+2]&0x3F)
			f0, f1 := foldTabs[0][x], foldTabs[1][x]
			switch x {
			case xVirama:
				if j, ok := joinerAt(w, i+3); ok && j == bn.ZWNJ || prev == xNga {
					f0 = foldDrop // ক্‌ষ, ঙ্গ
				}
			case xYa:
				if n, ok := bnIndex(w, i+3); prev != xVirama && !(ok && n == xNukta) {
					f0, f1 = xJa, xJa
				}
			}
			if f0 != foldDrop {
				h0 = hashRune(h0, f0)
				if sylIdx[f0] {
					nLetters++
				}
			}
			if f1 != foldDrop {
				h1 = hashRune(h1, f1)
			}
			prev = x
			i += 3
			continue
		}
		prev = -1
		if _, ok := joinerAt(w, i); ok {
			i += 3
			continue
		}
		h0 = (h0 ^ uint64(c)) * fnvPrime64
		h1 = (h1 ^ uint64(c)) * fnvPrime64
		i++
	}
	return h0, h1, nLetters
}

// hashRune feeds the UTF-8 form of the block index x to the FNV-1a hash h.
func hashRune(h uint64, x uint8) uint64 {
	h = (h ^ 0xE0) * fnvPrime64
	h = (h ^ uint64(0xA6|x>>6&1)) * fnvPrime64
	return (h ^ uint64(0x80|x&0x3F)) * fnvPrime64
}

// lookupFolded looks the word w up by its folded spelling: words of two
// letters or more, and by the loose form words of four letters or more.
func (l *lexicon) lookupFolded(nm *namesScratch, w []byte) (wordInfo, bool) {
	h0, h1, n := foldHashes(w)
	if n < 2 {
		return wordInfo{}, false
	}
	if l.filter.mayHave(h0) {
		nm.tmp = foldSpelling(nm.tmp[:0], w, false)
		if wi, ok := l.finfo[0][string(nm.tmp)]; ok {
			return wi, true
		}
	}
	if n < 4 || !l.filter.mayHave(h1) {
		return wordInfo{}, false
	}
	nm.tmp = foldSpelling(nm.tmp[:0], w, true)
	wi, ok := l.finfo[1][string(nm.tmp)]
	return wi, ok
}
