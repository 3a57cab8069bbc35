package transliterate

import "github.com/bntext/bntext/internal/bn"

// The ascii scheme is the ISO 15919 form folded to lowercase ASCII:
// marks dropped, the inherent vowel kept, and the readable conventions
// ś ṣ -> sh, c -> ch, ch -> chh, ṅ -> ng, ñ -> n, r̥ -> ri, ṁ -> ng (n
// before k kh g gh), m̐ -> n, ḥ -> h, ṯ -> t. Separators and joiners are
// dropped.

var (
	asciiCons  [128]string
	asciiNukta [128]string
	asciiVowel [128]string // independent vowels and vowel signs
)

func init() {
	cons := map[rune]string{
		'ক': "k", 'খ': "kh", 'গ': "g", 'ঘ': "gh", 'ঙ': "ng",
		'চ': "ch", 'ছ': "chh", 'জ': "j", 'ঝ': "jh", 'ঞ': "n",
		'ট': "t", 'ঠ': "th", 'ড': "d", 'ঢ': "dh", 'ণ': "n",
		'ত': "t", 'থ': "th", 'দ': "d", 'ধ': "dh", 'ন': "n",
		'প': "p", 'ফ': "ph", 'ব': "b", 'ভ': "bh", 'ম': "m",
		'য': "y", 'র': "r", 'ল': "l", 'শ': "sh", 'ষ': "sh", 'স': "s", 'হ': "h",
		'\u09DC': "r", '\u09DD': "rh", '\u09DF': "y", 'ৰ': "r", 'ৱ': "w",
	}
	for r, s := range cons {
		asciiCons[r-bn.First] = s
	}
	for r, s := range map[rune]string{'ক': "q", 'খ': "kh", 'গ': "g", 'জ': "z", 'ড': "r", 'ঢ': "rh", 'ফ': "f", 'য': "y"} {
		asciiNukta[r-bn.First] = s
	}
	vowels := map[rune]string{
		'অ': "a", 'আ': "a", 'ই': "i", 'ঈ': "i", 'উ': "u", 'ঊ': "u", 'ঋ': "ri", 'ৠ': "ri",
		'ঌ': "li", 'ৡ': "li", 'এ': "e", 'ঐ': "ai", 'ও': "o", 'ঔ': "au",
		'া': "a", 'ি': "i", 'ী': "i", 'ু': "u", 'ূ': "u", 'ৃ': "ri", 'ৄ': "ri",
		'ৢ': "li", 'ৣ': "li", 'ে': "e", 'ৈ': "ai", 'ো': "o", 'ৌ': "au", 'ৗ': "au",
	}
	for r, s := range vowels {
		asciiVowel[r-bn.First] = s
	}
}

// isVelar reports whether x is ক খ গ or ঘ.
func isVelar(x int) bool { return x >= xKa && x <= xGha }

// asciiWord appends the ascii form of the normalized word at the start of
// src to dst: up to the first ASCII whitespace byte or the end of src. It
// returns the result and the number of bytes of src it read.
func asciiWord(dst, src []byte) ([]byte, int) {
	pending := false // a consonant waits for its vowel
	i := 0
	for i < len(src) {
		if spaceByte[src[i]] {
			break
		}
		x, ok := bnIndex(src, i)
		if !ok {
			if _, j := joinerAt(src, i); j {
				i += 3 // joiners change nothing a reader of ASCII sees
				continue
			}
			if pending {
				dst = append(dst, 'a')
				pending = false
			}
			var n int
			dst, n = foldAt(dst, src[i:])
			i += n
			continue
		}
		i += 3
		switch bn.ClassAt(x) {
		case bn.Consonant:
			if pending {
				dst = append(dst, 'a')
			}
			if y, ok := bnIndex(src, i); ok && y == xNukta {
				i += 3
				if s := asciiNukta[x]; s != "" {
					dst = append(dst, s...)
					pending = true
					break
				}
			}
			if x == xNga {
				if y, ok := nextCons(src, i); ok && isVelar(y) {
					dst = append(dst, 'n')
					pending = true
					break
				}
			}
			dst = append(dst, asciiCons[x]...)
			pending = true
		case bn.VowelSign, bn.IndependentVowel:
			if pending && bn.ClassAt(x) == bn.IndependentVowel {
				dst = append(dst, 'a')
			}
			dst = append(dst, asciiVowel[x]...)
			pending = false
		case bn.ViramaClass:
			pending = false
		case bn.Modifier, bn.KhandaTaClass:
			if pending {
				dst = append(dst, 'a')
				pending = false
			}
			switch x {
			case xAnusvara:
				if y, ok := bnIndex(src, i); ok && isVelar(y) {
					dst = append(dst, 'n')
				} else {
					dst = append(dst, 'n', 'g')
				}
			case xCandrabindu:
				dst = append(dst, 'n')
			case xVisarga:
				dst = append(dst, 'h')
			default:
				dst = append(dst, 't')
			}
		case bn.Digit:
			if pending {
				dst = append(dst, 'a')
				pending = false
			}
			dst = append(dst, byte('0'+x-0x66))
		default:
			if pending {
				dst = append(dst, 'a')
				pending = false
			}
			if x == 0x73 { // ৳
				dst = append(dst, "tk"...)
			}
		}
	}
	if pending {
		dst = append(dst, 'a')
	}
	return dst, i
}

// nextCons returns the consonant that follows a virama at src[i:].
func nextCons(src []byte, i int) (int, bool) {
	if v, ok := bnIndex(src, i); !ok || v != xVirama {
		return 0, false
	}
	y, ok := bnIndex(src, i+3)
	return y, ok && isConsIdx(y)
}
