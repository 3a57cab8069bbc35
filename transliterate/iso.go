package transliterate

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// ISO 15919 as ICU's Bengali-Latin writes it, made reversible.
//
// The letters are ICU's: ā ī ū r̥ r̥̄ l̥ l̥̄ ē ai ō au, k kh g gh ṅ c ch j jh ñ
// ṭ ṭh ḍ ḍh ṇ t th d dh n p ph b bh m y r l ś ṣ s h, ṛ ṛh ẏ for ড় ঢ় য়,
// q ḵẖ ġ z f for ক় খ় গ় জ় ফ়, ṁ m̐ ḥ for ং ঁ ঃ, ṯ for ৎ; the inherent
// vowel is always written (a) and a consonant without a vowel carries a
// virama. Like ICU, an apostrophe separates letters that would otherwise
// read as one: ka'i (কই, not কৈ), a'u (অউ, not ঔ), k'ha (ক্হ, not খ), and a
// vowel sign with no consonant before it is marked with U+0314 (̔ā).
//
// Where ICU loses information this scheme does not:
//
//   - ং is always ṁ (ICU writes the nasal of the next consonant: ṅ ñ ṇ n
//     m, so কংক and কঙ্ক would both be kaṅka);
//   - explicit hasanta, ্ + ZWNJ, is · (U+00B7): ক্‌ষ -> k·ṣa; ্ + ZWJ is
//     +: ক্‍ষ -> k+ṣa; ZWJ + ্ (the র‍্য of র‍্যাব) is ^: r^yāba;
//   - ৰ is ṟ, ৱ is w, the au length mark ৗ is ä, and nukta on any other
//     consonant is U+0324 (s̤ for স়);
//   - an apostrophe of the text that follows a Bengali letter is doubled
//     ('') so that it does not read as a separator.
//
// A virama on a vowel before a consonant (the অ্যা of English words) is an
// apostrophe: অ্যাসিড -> a'yāsiḍa.
//
// Digits become ASCII digits and । ॥ become . and .. (these three do not
// come back). A virama or nukta with no consonant before it, and the signs
// of the block that are not letters, are kept as they are.

// Tables indexed by the block index of a code point.
var (
	isoCons  [128]string    // consonants without their vowel
	isoNukta [128]string    // consonant + nukta, when it has its own letter
	isoVowel [128]string    // independent vowels
	isoSign  [128]string    // vowel signs
	isoMod   [128]string    // ঁ ং ঃ ৎ
	sepPair  [128][2]uint64 // consonant pairs that get an apostrophe after the virama
)

// keyOf returns the index used for sepPair: the precomposed letter for ড় ঢ় য়.
func keyOf(x int, nukta bool) int {
	if nukta {
		switch x {
		case xDda:
			return xRra
		case xDdha:
			return xRha
		case xYa:
			return xYya
		}
	}
	return x
}

func needSep(a, b int) bool { return a >= 0 && sepPair[a][b>>6]&(1<<(b&63)) != 0 }

func init() {
	cons := map[rune]string{
		'ক': "k", 'খ': "kh", 'গ': "g", 'ঘ': "gh", 'ঙ': "ṅ",
		'চ': "c", 'ছ': "ch", 'জ': "j", 'ঝ': "jh", 'ঞ': "ñ",
		'ট': "ṭ", 'ঠ': "ṭh", 'ড': "ḍ", 'ঢ': "ḍh", 'ণ': "ṇ",
		'ত': "t", 'থ': "th", 'দ': "d", 'ধ': "dh", 'ন': "n",
		'প': "p", 'ফ': "ph", 'ব': "b", 'ভ': "bh", 'ম': "m",
		'য': "y", 'র': "r", 'ল': "l", 'শ': "ś", 'ষ': "ṣ", 'স': "s", 'হ': "h",
		'\u09DC': "ṛ", '\u09DD': "ṛh", '\u09DF': "ẏ", 'ৰ': "ṟ", 'ৱ': "w",
	}
	for r, s := range cons {
		isoCons[r-bn.First] = s
	}
	nukta := map[rune]string{
		'ক': "q", 'খ': "ḵẖ", 'গ': "ġ", 'জ': "z", 'ড': "ṛ", 'ঢ': "ṛh", 'ফ': "f", 'য': "ẏ",
	}
	for r, s := range nukta {
		isoNukta[r-bn.First] = s
	}
	setSep := func(a, bs string) {
		for _, x := range a {
			for _, y := range bs {
				i, j := x-bn.First, y-bn.First
				sepPair[i][j>>6] |= 1 << (j & 63)
			}
		}
	}
	// Where a consonant + h would read as an aspirate (needed to come
	// back), and the other pairs where ICU writes an apostrophe.
	setSep("কগচজটডতদপবরলস\u09DC", "হ")
	setSep("ত", "টঠথ")
	setSep("দ", "ডঢধ\u09DC\u09DD")
	setSep("ন", "গয\u09DF")
	setSep("ম", "ম")
	setSep("স", "শষস")
	vowels := map[rune][2]string{ // independent, sign
		'অ': {"a", ""}, 'আ': {"ā", "ā"}, 'ই': {"i", "i"}, 'ঈ': {"ī", "ī"},
		'উ': {"u", "u"}, 'ঊ': {"ū", "ū"}, 'ঋ': {"r̥", "r̥"}, 'ৠ': {"r̥̄", "r̥̄"},
		'ঌ': {"l̥", "l̥"}, 'ৡ': {"l̥̄", "l̥̄"}, 'এ': {"ē", "ē"}, 'ঐ': {"ai", "ai"},
		'ও': {"ō", "ō"}, 'ঔ': {"au", "au"},
	}
	signOf := map[rune]rune{
		'আ': 'া', 'ই': 'ি', 'ঈ': 'ী', 'উ': 'ু', 'ঊ': 'ূ', 'ঋ': 'ৃ', 'ৠ': 'ৄ',
		'ঌ': 'ৢ', 'ৡ': 'ৣ', 'এ': 'ে', 'ঐ': 'ৈ', 'ও': 'ো', 'ঔ': 'ৌ',
	}
	for r, v := range vowels {
		isoVowel[r-bn.First] = v[0]
		if s, ok := signOf[r]; ok {
			isoSign[s-bn.First] = v[1]
		}
	}
	isoSign[xAULength] = "ä"
	isoMod[xCandrabindu] = "m̐"
	isoMod[xAnusvara] = "ṁ"
	isoMod[xVisarga] = "ḥ"
	isoMod[xKhandaTa] = "ṯ"
}

// Marks of the reversible form.
const (
	markOrphan   = "\u0314" // vowel sign without a consonant
	markNukta    = "\u0324" // nukta on a consonant without a letter of its own
	markZWNJ     = "·"      // ্ + ZWNJ, explicit hasanta
	markZWJ      = "+"      // ্ + ZWJ
	markZWJFirst = "^"      // ZWJ + ্ (র‍্য)
	sep          = '\''
)

// isoLast is what the output of a unit ended with so far.
type isoLast uint8

const (
	lastOther  isoLast = iota
	lastCons           // a consonant whose vowel is not known yet
	lastVowel          // a vowel (inherent, sign or independent)
	lastVirama         // a consonant with a virama
	lastLetter         // another Bengali letter: a modifier, ৎ, a mark
)

// isoWord appends the ISO 15919 form of the normalized word at the start
// of src to dst: up to the first ASCII whitespace byte or the end of src.
// It returns the result and the number of bytes of src it read.
func isoWord(dst, src []byte) ([]byte, int) {
	last := lastOther
	prev := 0 // the key of the last consonant
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if spaceByte[c] {
				break
			}
			if last == lastCons {
				dst = append(dst, 'a')
				last = lastVowel
			}
			switch {
			case c == sep && last != lastOther:
				dst = append(dst, sep, sep)
			case last == lastVirama && (c == '+' || c == '^'):
				dst = append(dst, sep, c)
			default:
				dst = append(dst, c)
			}
			last = lastOther
			i++
			continue
		}
		x, ok := bnIndex(src, i)
		if !ok {
			if last == lastCons {
				dst = append(dst, 'a')
				last = lastVowel
			}
			r, n := utf8.DecodeRune(src[i:])
			switch {
			case r == bn.Dari:
				dst = append(dst, '.')
			case r == bn.DoubleDari:
				dst = append(dst, '.', '.')
			default:
				if last == lastVirama && r == '·' {
					dst = append(dst, sep)
				}
				dst = append(dst, src[i:i+n]...)
			}
			last = lastOther
			i += n
			continue
		}
		i += 3
		switch bn.ClassAt(x) {
		case bn.Consonant:
			nukta := false
			if y, ok := bnIndex(src, i); ok && y == xNukta {
				nukta = true
				i += 3
			}
			key := keyOf(x, nukta)
			if last == lastCons {
				dst = append(dst, 'a')
			} else if last == lastVirama && needSep(prev, key) {
				dst = append(dst, sep)
			}
			prev = key
			switch {
			case !nukta:
				dst = append(dst, isoCons[x]...)
			case isoNukta[x] != "":
				dst = append(dst, isoNukta[x]...)
			default:
				dst = append(dst, isoCons[x]...)
				dst = append(dst, markNukta...)
			}
			last = lastCons
			// A joiner between the consonant and a virama (র‍্য).
			if j, ok := joinerAt(src, i); ok {
				if y, ok := bnIndex(src, i+3); ok && y == xVirama && j == bn.ZWJ {
					dst = append(dst, markZWJFirst...)
					i += 6
					last = lastVirama
				}
			}
		case bn.VowelSign:
			if last != lastCons {
				dst = append(dst, markOrphan...)
			}
			dst = append(dst, isoSign[x]...)
			last = lastVowel
		case bn.ViramaClass:
			if last != lastCons {
				// A virama on a vowel (অ্যা): an apostrophe when a
				// consonant follows, else the virama itself.
				if y, ok := bnIndex(src, i); ok && last == lastVowel && isConsIdx(y) {
					dst = append(dst, sep)
					last = lastVirama
					prev = -1
					break
				}
				dst = append(dst, src[i-3:i]...)
				last = lastLetter
				break
			}
			last = lastVirama
			if j, ok := joinerAt(src, i); ok {
				if j == bn.ZWNJ {
					dst = append(dst, markZWNJ...)
				} else {
					dst = append(dst, markZWJ...)
				}
				i += 3
				last = lastLetter
			}
		case bn.IndependentVowel:
			switch last {
			case lastCons:
				dst = append(dst, 'a', sep)
			case lastVowel, lastVirama:
				dst = append(dst, sep)
			}
			dst = append(dst, isoVowel[x]...)
			last = lastVowel
		case bn.Modifier, bn.KhandaTaClass:
			if last == lastCons {
				dst = append(dst, 'a')
			}
			dst = append(dst, isoMod[x]...)
			last = lastLetter
		case bn.Digit:
			if last == lastCons {
				dst = append(dst, 'a')
			}
			dst = append(dst, byte('0'+x-0x66))
			last = lastLetter
		default: // nukta without a consonant, symbols, unassigned
			if last == lastCons {
				dst = append(dst, 'a')
			}
			dst = append(dst, src[i-3:i]...)
			last = lastLetter
		}
	}
	if last == lastCons {
		dst = append(dst, 'a')
	}
	return dst, i
}

// joinerAt returns the joiner encoded at b[i:i+3], if there is one.
func joinerAt(b []byte, i int) (rune, bool) {
	if i+2 < len(b) && b[i] == 0xE2 && b[i+1] == 0x80 {
		switch b[i+2] {
		case 0x8C:
			return bn.ZWNJ, true
		case 0x8D:
			return bn.ZWJ, true
		}
	}
	return 0, false
}
