package numerals

import (
	"strings"
	"sync"

	"github.com/bntext/bntext/internal/bn"
)

// cardinalSpellings lists the number words 0..99. The first spelling is
// the Bangladesh standard one that Words writes; the others are variants
// that the parser accepts. Spellings are written here in any Unicode form;
// the lexicon canonicalizes them (see canonWord). Variants with উন- for
// ঊন- and without chandrabindu are added by the lexicon builder.
var cardinalSpellings = [100][]string{
	{"শূন্য", "শুন্য"},
	{"এক"},
	{"দুই", "দু", "দুয়"},
	{"তিন"},
	{"চার"},
	{"পাঁচ"},
	{"ছয়", "ছ", "ছয়"},
	{"সাত"},
	{"আট"},
	{"নয়", "ন", "নয়"},
	{"দশ"},
	{"এগারো", "এগার"},
	{"বারো", "বার"},
	{"তেরো", "তের"},
	{"চৌদ্দ", "চোদ্দ", "চোদ্দো", "চৌদ্দো"},
	{"পনেরো", "পনের"},
	{"ষোলো", "ষোল"},
	{"সতেরো", "সতের"},
	{"আঠারো", "আঠার"},
	{"উনিশ", "ঊনিশ"},
	{"বিশ", "কুড়ি"},
	{"একুশ"},
	{"বাইশ"},
	{"তেইশ"},
	{"চব্বিশ"},
	{"পঁচিশ"},
	{"ছাব্বিশ"},
	{"সাতাশ"},
	{"আঠাশ"},
	{"ঊনত্রিশ", "উনতিরিশ"},
	{"ত্রিশ", "তিরিশ"},
	{"একত্রিশ", "একতিরিশ"},
	{"বত্রিশ"},
	{"তেত্রিশ", "তেতিরিশ"},
	{"চৌত্রিশ", "চৌতিরিশ"},
	{"পঁয়ত্রিশ", "পঁইত্রিশ"},
	{"ছত্রিশ"},
	{"সাঁইত্রিশ", "সাতত্রিশ"},
	{"আটত্রিশ"},
	{"ঊনচল্লিশ"},
	{"চল্লিশ"},
	{"একচল্লিশ"},
	{"বিয়াল্লিশ", "বেয়াল্লিশ"},
	{"তেতাল্লিশ"},
	{"চুয়াল্লিশ", "চৌচল্লিশ"},
	{"পঁয়তাল্লিশ"},
	{"ছেচল্লিশ", "ছয়চল্লিশ"},
	{"সাতচল্লিশ"},
	{"আটচল্লিশ"},
	{"ঊনপঞ্চাশ"},
	{"পঞ্চাশ"},
	{"একান্ন"},
	{"বায়ান্ন", "বাহান্ন"},
	{"তিপ্পান্ন", "তিপান্ন"},
	{"চুয়ান্ন"},
	{"পঞ্চান্ন"},
	{"ছাপ্পান্ন", "ছাপান্ন"},
	{"সাতান্ন"},
	{"আটান্ন"},
	{"ঊনষাট"},
	{"ষাট"},
	{"একষট্টি"},
	{"বাষট্টি"},
	{"তেষট্টি"},
	{"চৌষট্টি"},
	{"পঁয়ষট্টি"},
	{"ছেষট্টি", "ছিষট্টি"},
	{"সাতষট্টি"},
	{"আটষট্টি"},
	{"ঊনসত্তর"},
	{"সত্তর"},
	{"একাত্তর"},
	{"বাহাত্তর"},
	{"তিয়াত্তর", "তেহাত্তর", "তেয়াত্তর"},
	{"চুয়াত্তর"},
	{"পঁচাত্তর"},
	{"ছিয়াত্তর"},
	{"সাতাত্তর"},
	{"আটাত্তর"},
	{"ঊনআশি", "ঊনাশি"},
	{"আশি", "আশী"},
	{"একাশি", "একাশী"},
	{"বিরাশি", "বিরাশী"},
	{"তিরাশি", "তিরাশী"},
	{"চুরাশি", "চুরাশী"},
	{"পঁচাশি", "পঁচাশী"},
	{"ছিয়াশি", "ছিয়াশী"},
	{"সাতাশি", "সাতাশী"},
	{"অষ্টাশি", "আটাশি", "অষ্টআশি", "অষ্টাশী"},
	{"ঊননব্বই", "ঊননব্বুই"},
	{"নব্বই", "নব্বুই"},
	{"একানব্বই"},
	{"বিরানব্বই"},
	{"তিরানব্বই"},
	{"চুরানব্বই"},
	{"পঁচানব্বই"},
	{"ছিয়ানব্বই"},
	{"সাতানব্বই"},
	{"আটানব্বই"},
	{"নিরানব্বই", "নিরানব্বুই"},
}

// weakNumberWords are number words that are also common other words (নয়
// "is not", বার "times", ন, ছ): MatchNumber takes them alone only with a
// suffix or a scale word.
var weakNumberWords = []string{"নয়", "ন", "ছ", "বার", "শ", "শো", "দুয়", "খানেক"}

// ordinalSpellings are the ordinal words 1..20 (Sanskrit forms), the
// first spelling of each being what OrdinalWords writes.
var ordinalSpellings = [21][]string{
	nil,
	{"প্রথম"}, {"দ্বিতীয়"}, {"তৃতীয়"}, {"চতুর্থ"}, {"পঞ্চম"},
	{"ষষ্ঠ"}, {"সপ্তম"}, {"অষ্টম"}, {"নবম"}, {"দশম"},
	{"একাদশ"}, {"দ্বাদশ"}, {"ত্রয়োদশ"}, {"চতুর্দশ"}, {"পঞ্চদশ"},
	{"ষোড়শ"}, {"সপ্তদশ"}, {"অষ্টাদশ"}, {"ঊনবিংশ", "উনবিংশ", "ঊনবিংশতি"}, {"বিংশ", "বিংশতি"},
}

// ordinalExtraSpellings are further ordinal words the parser accepts.
var ordinalExtraSpellings = []struct {
	word  string
	value int64
}{
	{"একবিংশ", 21}, {"দ্বাবিংশ", 22}, {"ত্রয়োবিংশ", 23}, {"চতুর্বিংশ", 24}, {"পঞ্চবিংশ", 25},
	{"ত্রিংশ", 30}, {"চত্বারিংশ", 40}, {"পঞ্চাশত্তম", 50}, {"শততম", 100},
	{"পহেলা", 1}, {"পয়লা", 1}, {"দোসরা", 2}, {"তেসরা", 3}, {"চৌঠা", 4},
}

// lexKind is what a number word does in a phrase.
type lexKind uint8

const (
	lexNone        lexKind = iota
	lexCardinal            // 0..99, or a fraction value such as দেড় 1.5
	lexFraction            // দেড় আড়াই অর্ধ: a value that can multiply a scale
	lexHalfPlus            // সাড়ে: +0.5
	lexQuarter             // সোয়া: +0.25
	lexLessQuarter         // পৌনে: -0.25
	lexScale               // শত হাজার লাখ কোটি ...
	lexVague               // কয়েক, লাখো, শতাধিক: no definite value
	lexWhole               // a whole phrase with a value and unit (ordinals, শতভাগ)
	lexPoint               // দশমিক
	lexMinus               // ঋণাত্মক, মাইনাস
	lexApprox              // প্রায়, which Parse skips
	lexPercentPre          // শতকরা
	lexPercentPost         // শতাংশ, পার্সেন্ট
	lexTaka                // টাকা
	lexCountWord           // টি, জন ... standing apart after a number
	lexBhag                // ভাগ, after শতকরা N
	lexDozen               // ডজন: ×12
)

// lexEntry is one word of the lexicon.
type lexEntry struct {
	kind lexKind
	val  Value // lexCardinal, lexFraction, lexWhole
	exp  int8  // lexScale: power of ten
	unit Unit  // lexWhole
	weak bool
}

// unitSuffixes glue to a number: তিনটি, দুজন, ৫০০টাকা, একুশতম.
var unitSuffixes = []struct {
	suffix string
	unit   Unit
}{
	{"টি", UnitCount}, {"টা", UnitCount}, {"টো", UnitCount}, {"টে", UnitCount},
	{"জন", UnitCount}, {"খানা", UnitCount}, {"খানি", UnitCount}, {"খান", UnitCount},
	{"তম", UnitOrdinal},
}

// digitOnlySuffixes glue only to digits: ১ম ২য় ৪র্থ ৬ষ্ঠ.
var digitOnlySuffixes = []struct {
	suffix string
	unit   Unit
}{
	{"ম", UnitOrdinal}, {"য়", UnitOrdinal}, {"র্থ", UnitOrdinal}, {"ষ্ঠ", UnitOrdinal},
	// Days of the month: ১লা ২রা ৪ঠা ৫ই ২১শে.
	{"লা", UnitOrdinal}, {"রা", UnitOrdinal}, {"ঠা", UnitOrdinal}, {"ই", UnitOrdinal}, {"শে", UnitOrdinal},
	{"টাকা", UnitBDT}, {"শতাংশ", UnitPercent},
}

// caseEndings are the case endings a number word or suffix may carry:
// হাজারের, কোটিতে, তিনজনের, নব্বইয়ের. (কে only after a unit suffix,
// because আট+কে is the word আটকে, and not ই, because এক+ই is একই "same".)
var caseEndings = []string{"য়েরও", "েরও", "এরও", "রও", "তেও", "য়ের", "ের", "এর", "র", "তে", "য়", "ে", "এ", "ও"}

// afterUnitEndings may follow a unit suffix: তিনটির, দুজনকে.
var afterUnitEndings = []string{"য়েরও", "েরও", "এরও", "রও", "তেও", "য়ের", "ের", "এর", "র", "তে", "য়", "ে", "কে", "ও", "ই", "রা"}

// numberLexicon is the canonical-key lexicon, built on first use.
var numberLexicon = sync.OnceValue(buildNumberLexicon)

// lexiconData is the built lexicon.
type lexiconData struct {
	words map[string]lexEntry
	// pairs has a bit for every pair of first two code points (by block
	// index) of a lexicon word, and single the words of one code point:
	// a first, cheap test that rejects most words of running text.
	pairs  [128 * 128 / 64]uint64
	single [128]bool
	// prefix4 holds the first four code points of every lexicon word
	// (fewer, padded, for shorter words), and short the words of fewer
	// than four code points, which suffixes may follow: the second test.
	prefix4 map[uint32]struct{}
	short   map[uint32]struct{}
}

// mayStart reports whether the word at the start of w (raw text) can be
// a number word or start one.
func (lx *lexiconData) mayStart(w []byte) bool {
	i1, i2 := firstTwoIndices(w)
	if i1 < 0 {
		return false
	}
	if lx.single[i1] {
		return true
	}
	k := i1<<7 | i2
	if lx.pairs[k/64]&(1<<(k%64)) == 0 {
		return false
	}
	var buf [48]byte
	key := appendCanon(buf[:0], w[:min(len(w), 24)])
	var idx [4]int
	n := runeIndices(key, &idx)
	if _, ok := lx.prefix4[packIndices(idx, n)]; ok {
		return true
	}
	for l := 2; l < n && l < 4; l++ {
		if _, ok := lx.short[packIndices(idx, l)]; ok {
			return true
		}
	}
	return false
}

// runeIndices stores the block indices of the first (up to four) Bengali
// code points of the canonical key in idx and returns how many there are.
func runeIndices(key []byte, idx *[4]int) int {
	n := 0
	for n < 4 {
		i, ok := firstBlockIndex(string(key[min(3*n, len(key)):]))
		if !ok {
			break
		}
		idx[n] = i
		n++
	}
	return n
}

// packIndices packs the first n block indices into a key, padding the
// rest with 0x7F.
func packIndices(idx [4]int, n int) uint32 {
	var k uint32
	for j := range 4 {
		v := uint32(0x7F)
		if j < n {
			v = uint32(idx[j])
		}
		k = k<<7 | v
	}
	return k
}

// firstTwoIndices returns the block indices of the first two code points
// of the canonical key of the word w (see appendCanon) without building
// it: -1 when w does not start with a Bengali code point, and 0x7F for a
// missing second one.
func firstTwoIndices(w []byte) (i1, i2 int) {
	next := func(p int) (int, int) {
		for p+2 < len(w) {
			if w[p] == 0xE2 && w[p+1] == 0x80 && (w[p+2] == 0x8C || w[p+2] == 0x8D || w[p+2] == 0x99) {
				p += 3
				continue
			}
			if w[p] == '\'' {
				p++
				continue
			}
			if w[p] != 0xE0 {
				return -1, p
			}
			i, ok := bn.Index(w[p+1], w[p+2])
			if !ok {
				return -1, p
			}
			return i, p + 3
		}
		return -1, p
	}
	i1, p := next(0)
	switch i1 {
	case -1:
		return -1, 0
	case 0x5C, 0x5D, 0x5F: // ড় ঢ় য়: base consonant, then nukta
		return foldNukta(i1), 0x3C
	}
	i2, p = next(p)
	if i2 < 0 {
		return i1, 0x7F
	}
	if i2 == 0x47 { // ে, maybe the first half of ো or ৌ
		if i3, _ := next(p); i3 == 0x3E {
			i2 = 0x4B
		} else if i3 == 0x57 {
			i2 = 0x4C
		}
	}
	return i1, foldNukta(i2)
}

// foldNukta maps the block index of ড় ঢ় য় (U+09DC U+09DD U+09DF) to that
// of their base consonant.
func foldNukta(i int) int {
	switch i {
	case 0x5C:
		return 0x21
	case 0x5D:
		return 0x22
	case 0x5F:
		return 0x2F
	}
	return i
}

// markStart records the first two code points of a lexicon key.
func (lx *lexiconData) markStart(key string) {
	i1, ok := firstBlockIndex(key)
	if !ok {
		return
	}
	if len(key) == 3 {
		lx.single[i1] = true
		return
	}
	i2, ok := firstBlockIndex(key[3:])
	if !ok {
		i2 = 0x7F
	}
	k := i1<<7 | i2
	lx.pairs[k/64] |= 1 << (k % 64)
	var idx [4]int
	n := runeIndices([]byte(key), &idx)
	lx.prefix4[packIndices(idx, n)] = struct{}{}
	if n < 4 {
		lx.short[packIndices(idx, n)] = struct{}{}
	}
}

func buildNumberLexicon() *lexiconData {
	lx := &lexiconData{words: map[string]lexEntry{}, prefix4: map[uint32]struct{}{}, short: map[uint32]struct{}{}}
	add := func(word string, e lexEntry) {
		key := canonString(word)
		if _, dup := lx.words[key]; dup {
			return
		}
		lx.words[key] = e
		lx.markStart(key)
	}
	addVariants := func(word string, e lexEntry) {
		add(word, e)
		if strings.HasPrefix(word, "ঊন") {
			add("উন"+strings.TrimPrefix(word, "ঊন"), e)
		}
		if strings.Contains(word, "ঁ") {
			add(strings.ReplaceAll(word, "ঁ", ""), e)
		}
	}
	for n, spellings := range cardinalSpellings {
		for _, w := range spellings {
			addVariants(w, lexEntry{kind: lexCardinal, val: IntValue(int64(n))})
		}
	}
	for n, spellings := range ordinalSpellings {
		for _, w := range spellings {
			add(w, lexEntry{kind: lexWhole, val: IntValue(int64(n)), unit: UnitOrdinal})
		}
	}
	for _, o := range ordinalExtraSpellings {
		add(o.word, lexEntry{kind: lexWhole, val: IntValue(o.value), unit: UnitOrdinal})
	}
	scales := []struct {
		word string
		exp  int8
	}{
		{"শত", 2}, {"শো", 2}, {"শ", 2}, {"হাজার", 3}, {"সহস্র", 3},
		{"লাখ", 5}, {"লক্ষ", 5}, {"কোটি", 7}, {"ক্রোড়", 7},
		{"মিলিয়ন", 6}, {"বিলিয়ন", 9}, {"ট্রিলিয়ন", 12},
	}
	for _, s := range scales {
		add(s.word, lexEntry{kind: lexScale, exp: s.exp})
	}
	fractions := []struct {
		word string
		val  string
	}{
		{"দেড়", "1.5"}, {"আড়াই", "2.5"}, {"অর্ধ", "0.5"}, {"অর্ধেক", "0.5"}, {"আধা", "0.5"}, {"সিকি", "0.25"},
	}
	for _, f := range fractions {
		add(f.word, lexEntry{kind: lexFraction, val: MustParseDecimal(f.val)})
	}
	add("অর্ধশত", lexEntry{kind: lexCardinal, val: IntValue(50)})
	add("সাড়ে", lexEntry{kind: lexHalfPlus})
	add("সোয়া", lexEntry{kind: lexQuarter})
	add("পৌনে", lexEntry{kind: lexLessQuarter})
	for _, w := range []string{
		"কয়েক", "কতিপয়", "লাখো", "লক্ষ", "হাজারো", "কোটিকোটি", "শতাধিক", "সহস্রাধিক",
		"হাজারাধিক", "লক্ষাধিক", "লাখাধিক", "কোটাধিক", "একাধিক", "অর্ধশতাধিক", "শতেক",
		"শখানেক", "শতখানেক", "হাজারখানেক", "লাখখানেক", "ডজনখানেক", "দুয়েক", "দু-একটি",
		"খানেক", // standing apart: হাজার খানেক, শ খানেক
	} {
		if e, ok := lx.words[canonString(w)]; ok && e.kind != lexNone {
			continue
		}
		add(w, lexEntry{kind: lexVague})
	}
	add("লাখো", lexEntry{kind: lexVague})
	add("শতভাগ", lexEntry{kind: lexWhole, val: IntValue(100), unit: UnitPercent})
	add("দশমিক", lexEntry{kind: lexPoint})
	add("ঋণাত্মক", lexEntry{kind: lexMinus})
	add("মাইনাস", lexEntry{kind: lexMinus})
	add("প্রায়", lexEntry{kind: lexApprox})
	add("শতকরা", lexEntry{kind: lexPercentPre})
	add("শতাংশ", lexEntry{kind: lexPercentPost})
	add("পার্সেন্ট", lexEntry{kind: lexPercentPost})
	add("পারসেন্ট", lexEntry{kind: lexPercentPost})
	add("টাকা", lexEntry{kind: lexTaka})
	add("ভাগ", lexEntry{kind: lexBhag})
	add("ডজন", lexEntry{kind: lexDozen})
	for _, s := range unitSuffixes {
		if s.unit == UnitCount {
			add(s.suffix, lexEntry{kind: lexCountWord, unit: UnitCount})
		}
	}
	for _, w := range weakNumberWords {
		key := canonString(w)
		if e, ok := lx.words[key]; ok {
			e.weak = true
			lx.words[key] = e
		}
	}
	return lx
}

// firstBlockIndex returns the Bengali block index of the first code point
// of key.
func firstBlockIndex(key string) (int, bool) {
	if len(key) < 3 || key[0] != 0xE0 || key[1]&^1 != 0xA6 || key[2]&0xC0 != 0x80 {
		return 0, false
	}
	return int(key[1]&1)<<6 | int(key[2]&0x3F), true
}

// canonString returns the canonical matching key of a word: nukta
// letters decomposed (য় U+09DF -> য U+09AF + U+09BC), ZWJ, ZWNJ and
// apostrophes removed, and the two-part vowel signs composed (ে+া -> ো).
func canonString(s string) string {
	var buf [96]byte
	return string(appendCanon(buf[:0], []byte(s)))
}

// appendCanon appends the canonical key of word to dst.
func appendCanon(dst, word []byte) []byte {
	for i := 0; i < len(word); {
		// Copy the run of ordinary bytes in one go.
		j := i
	scan:
		for j < len(word) {
			c := word[j]
			if c == 0xE0 && j+2 < len(word) {
				if word[j+1] == 0xA7 {
					switch word[j+2] {
					case 0x9C, 0x9D, 0x9F, 0x87:
						break scan
					}
				}
				j += 3
				continue
			}
			if c == '\'' || c == 0xE2 && canonSpecial(word, j) {
				break
			}
			j++
		}
		dst = append(dst, word[i:j]...)
		if i = j; i >= len(word) {
			break
		}
		if word[i] == '\'' {
			i++
			continue
		}
		if word[i] == 0xE2 { // ZWNJ, ZWJ, right single quotation mark
			i += 3
			continue
		}
		switch word[i+2] {
		case 0x9C: // ড়
			dst = append(dst, 0xE0, 0xA6, 0xA1, 0xE0, 0xA6, 0xBC)
		case 0x9D: // ঢ়
			dst = append(dst, 0xE0, 0xA6, 0xA2, 0xE0, 0xA6, 0xBC)
		case 0x9F: // য়
			dst = append(dst, 0xE0, 0xA6, 0xAF, 0xE0, 0xA6, 0xBC)
		case 0x87: // ে, maybe the first half of ো or ৌ
			switch {
			case i+5 < len(word) && word[i+3] == 0xE0 && word[i+4] == 0xA6 && word[i+5] == 0xBE:
				dst = append(dst, 0xE0, 0xA7, 0x8B)
				i += 3
			case i+5 < len(word) && word[i+3] == 0xE0 && word[i+4] == 0xA7 && word[i+5] == 0x97:
				dst = append(dst, 0xE0, 0xA7, 0x8C)
				i += 3
			default:
				dst = append(dst, word[i:i+3]...)
			}
		}
		i += 3
	}
	return dst
}

// canonSpecial reports whether appendCanon must rewrite or drop what
// starts at word[i].
func canonSpecial(word []byte, i int) bool {
	switch word[i] {
	case '\'':
		return true
	case 0xE2:
		return i+2 < len(word) && word[i+1] == 0x80 && (word[i+2] == 0x8C || word[i+2] == 0x8D || word[i+2] == 0x99)
	case 0xE0:
		if i+2 < len(word) && word[i+1] == 0xA7 {
			switch word[i+2] {
			case 0x9C, 0x9D, 0x9F, 0x87:
				return true
			}
		}
	}
	return false
}
