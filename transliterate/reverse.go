package transliterate

import (
	"unicode"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/unicode/norm"
)

// The reverse direction reads ISO 15919 as ISO15919 writes it and also as
// people type it: precomposed or decomposed letters, capitals, e and o
// without macron. Everything it does not know is copied.

// revItem is one rune of a unit, decomposed and with ASCII capitals
// lowercased. s and e are its bytes in the unit; s is -1 for the second
// and later runes of a decomposed character.
type revItem struct {
	r    rune
	s, e int32
}

// decompositions of the precomposed Latin letters (U+00C0..U+024F,
// U+1E00..U+1EFF) that decompose to an ASCII letter and marks.
var latinDecomp = func() map[rune][]rune {
	m := map[rune][]rune{}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 || d[0] >= utf8.RuneSelf {
				continue
			}
			d[0] = unicode.ToLower(d[0])
			m[r] = d
		}
	}
	add(0x00C0, 0x024F)
	add(0x1E00, 0x1EFF)
	return m
}()

type revTok struct {
	lat []rune
	bn  string
}

func toks(pairs ...string) []revTok {
	var t []revTok
	for i := 0; i < len(pairs); i += 2 {
		t = append(t, revTok{lat: []rune(norm.NFD.String(pairs[i])), bn: pairs[i+1]})
	}
	// Longest first.
	for i := range t {
		for j := i + 1; j < len(t); j++ {
			if len(t[j].lat) > len(t[i].lat) {
				t[i], t[j] = t[j], t[i]
			}
		}
	}
	return t
}

var (
	revCons = toks(
		"k", "ক", "kh", "খ", "g", "গ", "gh", "ঘ", "ṅ", "ঙ",
		"c", "চ", "ch", "ছ", "j", "জ", "jh", "ঝ", "ñ", "ঞ",
		"ṭ", "ট", "ṭh", "ঠ", "ḍ", "ড", "ḍh", "ঢ", "ṇ", "ণ",
		"t", "ত", "th", "থ", "d", "দ", "dh", "ধ", "n", "ন",
		"p", "প", "ph", "ফ", "b", "ব", "bh", "ভ", "m", "ম",
		"y", "য", "r", "র", "l", "ল", "ś", "শ", "ṣ", "ষ", "s", "স", "h", "হ",
		"ṛ", "ড\u09BC", "ṛh", "ঢ\u09BC", "ẏ", "য\u09BC",
		"q", "ক\u09BC", "ḵẖ", "খ\u09BC", "ġ", "গ\u09BC", "z", "জ\u09BC", "f", "ফ\u09BC",
		"ṟ", "ৰ", "w", "ৱ",
	)
	// Vowels: independent form, sign form ("" for the inherent a).
	revVowels = []struct {
		lat       []rune
		ind, sign string
	}{}
	revMods = toks("ṁ", "ং", "m̐", "ঁ", "ḥ", "ঃ", "ṯ", "ৎ")
)

func init() {
	vs := []string{
		"a", "অ", "",
		"ā", "আ", "া", "i", "ই", "ি", "ī", "ঈ", "ী", "u", "উ", "ু", "ū", "ঊ", "ূ",
		"r̥", "ঋ", "ৃ", "r̥̄", "ৠ", "ৄ", "l̥", "ঌ", "ৢ", "l̥̄", "ৡ", "ৣ",
		"ē", "এ", "ে", "e", "এ", "ে", "ai", "ঐ", "ৈ",
		"ō", "ও", "ো", "o", "ও", "ো", "au", "ঔ", "ৌ", "ä", "\u09D7", "\u09D7",
	}
	for i := 0; i < len(vs); i += 3 {
		revVowels = append(revVowels, struct {
			lat       []rune
			ind, sign string
		}{[]rune(norm.NFD.String(vs[i])), vs[i+1], vs[i+2]})
	}
	for i := range revVowels {
		for j := i + 1; j < len(revVowels); j++ {
			if len(revVowels[j].lat) > len(revVowels[i].lat) {
				revVowels[i], revVowels[j] = revVowels[j], revVowels[i]
			}
		}
	}
}

// startsConsonant reports whether a consonant starts at j.
func (p *revParser) startsConsonant(j int) bool {
	for _, t := range consAt(p.at(j)) {
		if p.match(j, t.lat, "\u0324\u0314") {
			return true
		}
	}
	return false
}

// consBy and vowelsBy list the consonant and vowel tokens by their first
// rune, which is always an ASCII letter.
var (
	consBy   [128][]revTok
	vowelsBy [128][]int // indexes into revVowels
)

func init() {
	for _, t := range revCons {
		consBy[t.lat[0]] = append(consBy[t.lat[0]], t)
	}
	for i, v := range revVowels {
		vowelsBy[v.lat[0]] = append(vowelsBy[v.lat[0]], i)
	}
}

// consAt returns the consonant tokens that may start with r.
func consAt(r rune) []revTok {
	if r >= 0 && r < 128 {
		return consBy[r]
	}
	return nil
}

// vowelsAt returns the indexes of the vowel tokens that may start with r.
func vowelsAt(r rune) []int {
	if r >= 0 && r < 128 {
		return vowelsBy[r]
	}
	return nil
}

func isCombining(r rune) bool { return r >= 0x0300 && r <= 0x036F }

type revParser struct {
	it []revItem
}

func (p *revParser) at(j int) rune {
	if j < len(p.it) {
		return p.it[j].r
	}
	return -1
}

// match reports whether lat is at j and is not followed by a combining
// mark that belongs to its last letter (any mark but the ones in free).
func (p *revParser) match(j int, lat []rune, free string) bool {
	if j+len(lat) > len(p.it) {
		return false
	}
	for k, r := range lat {
		if p.it[j+k].r != r {
			return false
		}
	}
	next := p.at(j + len(lat))
	if isCombining(next) {
		for _, f := range free {
			if next == f {
				return true
			}
		}
		return false
	}
	return true
}

// reverseUnit turns one whitespace-delimited unit of ISO 15919 into
// Bengali.
func reverseUnit(sc *scratch, unit []byte) []byte {
	it := sc.decodeRev(unit)
	p := revParser{it: it}
	out := sc.out[:0]
	bengali := false // the last output came from a Bengali letter
	vowel := false   // the last output was a vowel (not the inherent a)
	copyItem := func(j int) {
		if it[j].s < 0 {
			out = utf8.AppendRune(out, it[j].r)
		} else {
			out = append(out, unit[it[j].s:it[j].e]...)
		}
		bengali = false
	}
	j := 0
outer:
	for j < len(it) {
		r := it[j].r
		wasVowel := vowel
		vowel = false
		// Consonant, with its vowel.
		for _, t := range consAt(r) {
			if !p.match(j, t.lat, "\u0324\u0314") {
				continue
			}
			j += len(t.lat)
			out = append(out, t.bn...)
			if p.at(j) == 0x0324 {
				out = append(out, "\u09BC"...)
				j++
			}
			bengali = true
			if p.at(j) == '^' {
				out = append(out, "\u200D\u09CD"...)
				j++
				continue outer
			}
			for _, vi := range vowelsAt(p.at(j)) {
				v := &revVowels[vi]
				if p.match(j, v.lat, "\u0314") {
					out = append(out, v.sign...)
					j += len(v.lat)
					vowel = v.sign != ""
					continue outer
				}
			}
			out = append(out, "\u09CD"...)
			switch p.at(j) {
			case '·':
				out = append(out, "\u200C"...)
				j++
			case '+':
				out = append(out, "\u200D"...)
				j++
			case sep:
				if p.at(j+1) != sep {
					j++
				}
			}
			continue outer
		}
		if r == 0x0314 {
			for _, vi := range vowelsAt(p.at(j + 1)) {
				v := &revVowels[vi]
				if v.sign != "" && p.match(j+1, v.lat, "\u0314") {
					out = append(out, v.sign...)
					j += 1 + len(v.lat)
					bengali = true
					vowel = true
					continue outer
				}
			}
		}
		for _, vi := range vowelsAt(r) {
			v := &revVowels[vi]
			if p.match(j, v.lat, "\u0314") {
				out = append(out, v.ind...)
				j += len(v.lat)
				bengali = true
				vowel = true
				continue outer
			}
		}
		for _, t := range revMods {
			if p.match(j, t.lat, "\u0314") {
				out = append(out, t.bn...)
				j += len(t.lat)
				bengali = true
				continue outer
			}
		}
		switch {
		case r >= '0' && r <= '9':
			out = bn.Encode(out, int(0x66+r-'0'))
			bengali = true
			j++
		case r == sep && wasVowel && p.startsConsonant(j+1):
			out = append(out, "\u09CD"...)
			j++
		case r == sep && bengali:
			if p.at(j+1) == sep {
				out = append(out, sep)
				bengali = false
				j += 2
			} else {
				j++
			}
		default:
			copyItem(j)
			if it[j].s >= 0 && it[j].e-it[j].s == 3 && unit[it[j].s] == 0xE0 {
				if _, ok := bn.Index(unit[it[j].s+1], unit[it[j].s+2]); ok {
					bengali = true
				}
			}
			j++
		}
	}
	sc.out = out[:0] // keep the grown buffer
	if !normalize.NFC.IsNormal(out) {
		return sc.normalize(normalize.NFC, out)
	}
	return out
}

// decodeRev decodes unit into items.
func (sc *scratch) decodeRev(unit []byte) []revItem {
	it := sc.revItems[:0]
	for i := 0; i < len(unit); {
		c := unit[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			it = append(it, revItem{r: rune(c), s: int32(i), e: int32(i + 1)})
			i++
			continue
		}
		r, n := utf8.DecodeRune(unit[i:])
		if d, ok := latinDecomp[r]; ok {
			it = append(it, revItem{r: d[0], s: int32(i), e: int32(i + n)})
			for _, m := range d[1:] {
				it = append(it, revItem{r: m, s: -1})
			}
			// The first item stands for the whole character when copied
			// as is; make it carry only its base letter.
			it[len(it)-len(d)].s = -1
		} else {
			it = append(it, revItem{r: r, s: int32(i), e: int32(i + n)})
		}
		i += n
	}
	sc.revItems = it[:0]
	return it
}
