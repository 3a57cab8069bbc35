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
		x, ok := bnIndex(w, i)
		if !ok {
			if _, j := joinerAt(w, i); j {
				i += 3
				continue
			}
			dst = append(dst, w[i])
			i++
			continue
		}
		f := spellFold[x]
		if loose && x == xSa {
			f = xSha
		}
		if loose && x == xCandrabindu {
			f = foldDrop
		}
		if x == xVirama && !loose {
			// Only an explicit hasanta (ক্‌ষ) and the virama of ঙ্গ.
			if j, ok := joinerAt(w, i+3); !(ok && j == bn.ZWNJ || i >= 3 && w[i-1] == 0x99 && w[i-2] == 0xA6) {
				f = xVirama
			}
		}
		if x == xYa {
			afterVirama := i >= 3 && w[i-1] == 0x8D && w[i-2] == 0xA7 && w[i-3] == 0xE0
			if n, ok := bnIndex(w, i+3); !afterVirama && !(ok && n == xNukta) {
				f = xJa
			}
		}
		if f != foldDrop {
			dst = bn.Encode(dst, int(f))
		}
		i += 3
	}
	return dst
}

// lookupFolded looks the word w up by its folded spelling: words of two
// letters or more, and by the loose form words of four letters or more.
func (l *lexicon) lookupFolded(nm *namesScratch, w []byte) (wordInfo, bool) {
	n := letters(w)
	if n < 2 {
		return wordInfo{}, false
	}
	nm.tmp = foldSpelling(nm.tmp[:0], w, false)
	if wi, ok := l.finfo[0][string(nm.tmp)]; ok {
		return wi, true
	}
	if n < 4 {
		return wordInfo{}, false
	}
	nm.tmp = foldSpelling(nm.tmp[:0], w, true)
	wi, ok := l.finfo[1][string(nm.tmp)]
	return wi, ok
}
