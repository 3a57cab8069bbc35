package numerals

import (
	"sync"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// This file holds the lexical layer of the date and time scanner: a
// canonical rune reader that makes matching robust to the two Unicode
// forms of য় ড় ঢ়, to the two-part vowel signs and to stray ZWJ/ZWNJ,
// and a trie of the date and time words.

// scanRune returns the canonical code point at text[i:] and the number of
// bytes it spans. ZWJ and ZWNJ are skipped (their bytes are counted in
// n), য/ড/ঢ followed by nukta read as the precomposed letter, and ে
// followed by া or ৗ as ো or ৌ. At the end of text it returns -1, 0.
func scanRune(text []byte, i int) (r rune, n int) {
	p := i
	for {
		if p >= len(text) {
			return -1, p - i
		}
		c := text[p]
		if c < utf8.RuneSelf {
			return rune(c), p + 1 - i
		}
		if c == 0xE0 && p+2 < len(text) && (text[p+1] == 0xA6 || text[p+1] == 0xA7) && text[p+2]&0xC0 == 0x80 {
			r = 0x0980 + rune(text[p+1]&1)<<6 + rune(text[p+2]&0x3F)
			p += 3
			break
		}
		if c == 0xE2 && p+2 < len(text) && text[p+1] == 0x80 && (text[p+2] == 0x8C || text[p+2] == 0x8D) {
			p += 3
			continue
		}
		rr, size := utf8.DecodeRune(text[p:])
		return rr, p + size - i
	}
	switch r {
	case bn.Ya, bn.Dda, bn.Ddha, bn.SignE:
		q := scanSkipZW(text, p)
		if q+2 < len(text) && text[q] == 0xE0 {
			b1, b2 := text[q+1], text[q+2]
			switch {
			case b1 == 0xA6 && b2 == 0xBC && r != bn.SignE: // nukta
				switch r {
				case bn.Ya:
					r = bn.Yya
				case bn.Dda:
					r = bn.Rra
				default:
					r = bn.Rha
				}
				p = q + 3
			case b1 == 0xA6 && b2 == 0xBE && r == bn.SignE: // া
				r, p = bn.SignO, q+3
			case b1 == 0xA7 && b2 == 0x97 && r == bn.SignE: // ৗ
				r, p = bn.SignAU, q+3
			}
		}
	}
	return r, p - i
}

// scanSkipZW skips ZWJ and ZWNJ at text[p:].
func scanSkipZW(text []byte, p int) int {
	for p+2 < len(text) && text[p] == 0xE2 && text[p+1] == 0x80 && (text[p+2] == 0x8C || text[p+2] == 0x8D) {
		p += 3
	}
	return p
}

// scanIsWordRune reports whether r continues a Bengali word: a letter or
// a mark.
func scanIsWordRune(r rune) bool {
	return r >= 0x0980 && r <= 0x09FF && bn.IsLetter(r)
}

// scanWordEnd returns the end of the Bengali word that continues at p.
func scanWordEnd(text []byte, p int) int {
	for {
		r, n := scanRune(text, p)
		if n == 0 || !scanIsWordRune(r) {
			// Trailing ZWJ/ZWNJ belong to the word.
			return scanSkipZW(text, p)
		}
		p += n
	}
}

// scanClass is what a date or time word is.
type scanClass uint8

const (
	scanNoClass    scanClass = iota
	scanGMonth               // জুলাই: val = month
	scanBMonth               // আষাঢ়: val = month
	scanWeekday              // শনিবার: val = 0 (Sunday)..6
	scanDayWord              // পহেলা, একুশে: val = day
	scanEraCE                // খ্রিস্টাব্দ, ইং
	scanEraBS                // বঙ্গাব্দ
	scanEraBC                // খ্রিস্টপূর্ব
	scanYearWord             // সাল, সন
	scanBangla               // বাংলা (before সন)
	scanMonthWord            // মাস
	scanDateWord             // তারিখ
	scanRangeWord            // থেকে, হতে
	scanUntilWord            // পর্যন্ত
	scanPeriod               // সকাল, রাত: val = clockPeriod
	scanFraction             // সাড়ে, সোয়া, পৌনে: val = minutes (+30, +15, -15)
	scanHourWord             // দশ(টা): val = hour*60 + minutes (দেড় = 90)
	scanClockWord            // বাজে, নাগাদ, ঘটিকা: a word that confirms a time
	scanMinuteWord           // মিনিট
	scanSecondWord           // সেকেন্ড
	scanAMPM                 // এএম (val 0), পিএম (val 1)
	scanAndWord              // ও, এবং
)

// scanEnd is a set of endings a word may carry.
type scanEnd uint8

const (
	scanEndNone   scanEnd = 1 << iota // no ending
	scanEndCase                       // ের, য়ের, র, এর, ে, য়, য়ে, তে, এ, ও, ই
	scanEndClock                      // টা, টায়, টার, টে, টো
	scanEndStrict                     // only র (মে, whose other endings make words: মেয়ে)
)

// scanKw is a date or time word.
type scanKw struct {
	class scanClass
	val   int16
	ends  scanEnd
	short bool // an abbreviation or short form that needs context
}

// scanEntry is one spelling in the word table.
type scanEntry struct {
	word string
	kw   scanKw
}

// scanWordTable lists the words. Spellings are canonicalized when the
// trie is built, so either Unicode form may be written here.
func scanWordTable() []scanEntry {
	var t []scanEntry
	add := func(class scanClass, val int, ends scanEnd, short bool, words ...string) {
		for _, w := range words {
			t = append(t, scanEntry{w, scanKw{class, int16(val), ends, short}})
		}
	}
	gen := scanEndNone | scanEndCase
	months := [12][]string{
		{"জানুয়ারি", "জানুয়ারী", "জানুযারি", "জানুআরি", "জানুয়ারি"},
		{"ফেব্রুয়ারি", "ফেব্রুয়ারী", "ফেব্রুআরি", "ফেবরুয়ারি", "ফেব্রুয়ারি"},
		{"মার্চ", "মার্চ্চ"},
		{"এপ্রিল", "এপ্রিল"},
		{"মে"},
		{"জুন"},
		{"জুলাই"},
		{"আগস্ট", "আগষ্ট", "অগাস্ট", "অগস্ট", "আগাস্ট"},
		{"সেপ্টেম্বর", "সেপ্টেম্বার", "সেপ্টেমবর", "সেপটেম্বর"},
		{"অক্টোবর", "অক্টোবার", "অকটোবর"},
		{"নভেম্বর", "নভেম্বার", "নবেম্বর"},
		{"ডিসেম্বর", "ডিসেম্বার", "ডিসেমবর"},
	}
	for m, words := range months {
		ends := gen
		if m == 4 {
			ends = scanEndNone | scanEndStrict
		}
		add(scanGMonth, m+1, ends, false, words...)
	}
	// Abbreviations: with a dot (or a visarga, as in খ্রিঃ) always; without
	// one only where no common word starts the same way.
	abbr := [12][]string{
		{"জানু.", "জানু", "জান.", "জানুঃ"},
		{"ফেব্রু.", "ফেব্রু", "ফেব.", "ফেব্রুঃ", "ফেব"},
		{"মার্চ."},
		{"এপ্রি.", "এপ্রি", "এপ্রিঃ"},
		{},
		{"জুন."},
		{"জুলা.", "জুল.", "জুলাঃ", "জুলা"},
		{"আগ.", "আগস্ট.", "আগঃ", "অগা.", "অগাঃ"},
		{"সেপ্ট.", "সেপ্টে.", "সেপ্ট", "সেপ্টে", "সেপ.", "সেপ্টঃ", "সেপ্টেঃ"},
		{"অক্টো.", "অক্টো", "অক্ট.", "অক্টোঃ"},
		{"নভে.", "নভে", "নভ.", "নভেঃ"},
		{"ডিসে.", "ডিসে", "ডিস.", "ডিসেঃ"},
	}
	for m, words := range abbr {
		add(scanGMonth, m+1, scanEndNone, true, words...)
	}
	bmonths := [12][]string{
		{"বৈশাখ", "বোশেখ"},
		{"জ্যৈষ্ঠ", "জৈষ্ঠ", "জ্যেষ্ঠ", "জৈষ্ঠ্য", "জ্যৈষ্ঠ্য", "জষ্ঠি"},
		{"আষাঢ়", "আষাড়"},
		{"শ্রাবণ", "শ্রাবন", "শাওন"},
		{"ভাদ্র", "ভাদর"},
		{"আশ্বিন", "আশ্বীন", "আশিন"},
		{"কার্তিক", "কার্ত্তিক", "কাতিক"},
		{"অগ্রহায়ণ", "অগ্রহায়ন", "অঘ্রাণ", "অঘ্রান", "অগ্রাহায়ণ"},
		{"পৌষ", "পৌস"},
		{"মাঘ"},
		{"ফাল্গুন", "ফাগুন", "ফালগুন"},
		{"চৈত্র", "চৈত"},
	}
	for m, words := range bmonths {
		add(scanBMonth, m+1, gen, false, words...)
	}
	weekdays := [7][]string{
		{"রবিবার", "রোববার", "রোবরার", "রবিবাব"},
		{"সোমবার"},
		{"মঙ্গলবার"},
		{"বুধবার"},
		{"বৃহস্পতিবার", "বৃহষ্পতিবার", "বৃহস্পতিবার", "বিষ্যুদবার", "বেস্পতিবার", "বৃহঃস্পতিবার"},
		{"শুক্রবার"},
		{"শনিবার"},
	}
	for d, words := range weekdays {
		add(scanWeekday, d, gen, false, words...)
	}
	shortDays := [7]string{"রবি", "সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি"}
	for d, w := range shortDays {
		add(scanWeekday, d, scanEndNone, true, w)
	}
	dayWords := [32][]string{
		1:  {"পহেলা", "পয়লা", "পহিলা", "প্রথমা"},
		2:  {"দোসরা", "দোসরা"},
		3:  {"তেসরা"},
		4:  {"চৌঠা", "চোঠা"},
		5:  {"পাঁচই"},
		6:  {"ছয়ই", "ছউই", "ছই"},
		7:  {"সাতই"},
		8:  {"আটই"},
		9:  {"নয়ই", "নই"},
		10: {"দশই"},
		11: {"এগারোই", "এগারই"},
		12: {"বারোই", "বারই"},
		13: {"তেরোই", "তেরই"},
		14: {"চৌদ্দই", "চোদ্দই"},
		15: {"পনেরোই", "পনেরই"},
		16: {"ষোলোই", "ষোলই"},
		17: {"সতেরোই", "সতেরই"},
		18: {"আঠারোই", "আঠারই"},
		19: {"উনিশে", "ঊনিশে"},
		20: {"বিশে"},
		21: {"একুশে"},
		22: {"বাইশে"},
		23: {"তেইশে"},
		24: {"চব্বিশে"},
		25: {"পঁচিশে", "পচিশে"},
		26: {"ছাব্বিশে"},
		27: {"সাতাশে"},
		28: {"আঠাশে"},
		29: {"ঊনত্রিশে", "উনত্রিশে", "উনতিরিশে"},
		30: {"ত্রিশে", "তিরিশে"},
		31: {"একত্রিশে", "একতিরিশে"},
	}
	for d, words := range dayWords {
		add(scanDayWord, d, scanEndNone, false, words...)
	}
	// Plain cardinals as days, before a month name (বারো জুলাই, পঁচিশ
	// বৈশাখ); short marks them. (The hour words 1..12 take -টা.)
	plainDays := [32][]string{
		1: {"এক"}, 2: {"দুই"}, 3: {"তিন"}, 4: {"চার"}, 5: {"পাঁচ"}, 6: {"ছয়"}, 7: {"সাত"}, 8: {"আট"},
		9: {"নয়"}, 10: {"দশ"}, 11: {"এগারো", "এগার"}, 12: {"বারো"},
		13: {"তেরো", "তের"}, 14: {"চৌদ্দ", "চোদ্দ", "চোদ্দো"}, 15: {"পনেরো", "পনের"}, 16: {"ষোলো", "ষোল"},
		17: {"সতেরো", "সতের"}, 18: {"আঠারো", "আঠার"}, 19: {"উনিশ", "ঊনিশ"}, 20: {"বিশ"}, 21: {"একুশ"},
		22: {"বাইশ"}, 23: {"তেইশ"}, 24: {"চব্বিশ"}, 25: {"পঁচিশ"}, 26: {"ছাব্বিশ"}, 27: {"সাতাশ"},
		28: {"আঠাশ"}, 29: {"ঊনত্রিশ", "উনত্রিশ"}, 30: {"ত্রিশ", "তিরিশ"}, 31: {"একত্রিশ"},
	}
	for d, words := range plainDays {
		add(scanDayWord, d, scanEndNone, true, words...)
	}
	add(scanEraCE, 0, gen, false, "খ্রিস্টাব্দ", "খ্রিষ্টাব্দ", "খ্রীষ্টাব্দ", "খ্রীস্টাব্দ", "খৃষ্টাব্দ",
		"খৃস্টাব্দ", "খ্রিস্তাব্দ", "ইংরেজি", "ইংরেজী", "ঈসায়ী", "ইসায়ী")
	add(scanEraCE, 0, scanEndNone, false, "খ্রি.", "খ্রিঃ", "খ্রী.", "খ্রীঃ", "খৃ.", "খৃঃ", "খ্রি", "ইং.", "ইং", "ইং:")
	add(scanEraBS, 0, gen, false, "বঙ্গাব্দ", "বঙ্গাব্দ")
	add(scanEraBS, 0, scanEndNone, false, "ব.", "বাং.", "বঙ্গা.")
	add(scanEraBC, 0, gen, false, "খ্রিস্টপূর্ব", "খ্রিষ্টপূর্ব", "খ্রীষ্টপূর্ব", "খ্রিস্টপূর্বাব্দ", "খ্রিষ্টপূর্বাব্দ")
	add(scanEraBC, 0, scanEndNone, false, "খ্রি.পূ.", "খ্রিপূ.")
	add(scanYearWord, 0, gen, false, "সাল", "সন", "সনে")
	add(scanBangla, 0, scanEndNone, false, "বাংলা")
	add(scanMonthWord, 0, gen, false, "মাস")
	add(scanDateWord, 0, gen, false, "তারিখ", "তাং", "তাং.")
	add(scanRangeWord, 0, scanEndNone, false, "থেকে", "হতে", "হইতে", "থেকেই")
	add(scanUntilWord, 0, scanEndNone, false, "পর্যন্ত", "অবধি")
	add(scanAndWord, 0, scanEndNone, false, "ও", "এবং")
	periods := []struct {
		p     clockPeriod
		words []string
	}{
		{clockDawn, []string{"ভোর", "ভোররাত", "ভোররাত্রি", "শেষরাত", "প্রত্যুষ", "ঊষা", "উষা"}},
		{clockMorning, []string{"সকাল", "সকালবেলা", "প্রাতঃ", "পূর্বাহ্ন", "পূর্বাহ্ণ"}},
		{clockNoon, []string{"দুপুর", "মধ্যাহ্ন", "মধ্যাহ্ণ"}},
		{clockDay, []string{"বেলা"}},
		{clockAfternoon, []string{"বিকেল", "বিকাল", "অপরাহ্ন", "অপরাহ্ণ", "বৈকাল", "বিকেলবেলা"}},
		{clockEvening, []string{"সন্ধ্যা", "সন্ধ্যে", "সন্ধে", "সন্ধা", "সায়াহ্ন", "সন্ধ্যাবেলা"}},
		{clockNight, []string{"রাত", "রাত্রি", "রাত্র", "রাতের"}},
		{clockMidnight, []string{"মধ্যরাত", "মাঝরাত", "মধ্যরাত্রি"}},
	}
	for _, p := range periods {
		add(scanPeriod, int(p.p), gen, false, p.words...)
	}
	add(scanFraction, 30, scanEndNone, false, "সাড়ে", "সারে")
	add(scanFraction, 15, scanEndNone, false, "সোয়া", "সওয়া")
	add(scanFraction, -15, scanEndNone, false, "পৌনে", "পোনে")
	hours := [13][]string{
		1:  {"এক"},
		2:  {"দুই", "দু"},
		3:  {"তিন"},
		4:  {"চার"},
		5:  {"পাঁচ", "পাচ"},
		6:  {"ছয়", "ছ"},
		7:  {"সাত"},
		8:  {"আট"},
		9:  {"নয়", "ন"},
		10: {"দশ"},
		11: {"এগারো", "এগার"},
		12: {"বারো", "বার"},
	}
	for h, words := range hours {
		add(scanHourWord, h*60, scanEndClock, false, words...)
	}
	add(scanHourWord, 90, scanEndClock, false, "দেড়")
	add(scanHourWord, 150, scanEndClock, false, "আড়াই")
	// Clock words: val 1 when they belong to the time phrase, 0 when
	// they only show that a number before them is a time.
	add(scanClockWord, 1, scanEndNone, false, "বাজে", "বেজে", "ঘটিকা", "ঘটিকায়", "ঘটিকার", "টায়", "টার", "টা")
	add(scanClockWord, 0, scanEndNone, false, "বাজতে", "নাগাদ", "সময়", "সময়ে", "দিকে")
	add(scanMinuteWord, 0, gen, false, "মিনিট", "মি.")
	add(scanSecondWord, 0, gen, false, "সেকেন্ড", "সেকেণ্ড", "সে.")
	add(scanAMPM, 0, scanEndNone, false, "এএম", "এ.এম.", "এ.এম", "পূর্বাহ্ন")
	add(scanAMPM, 1, scanEndNone, false, "পিএম", "পি.এম.", "পি.এম", "অপরাহ্ন")
	return t
}

// scanTrie is a trie over canonical code points. Node 0 is the root;
// its children for the Bengali block are in root.
type scanTrie struct {
	root  [128]int32 // child of the root by Bengali block index, 0 for none
	nodes []scanNode
	// pairs has a bit for every first and second code point (by block
	// index) of a word that can start a date or time; single marks the
	// first code points of one-letter starting words.
	pairs  [128][2]uint64
	single [128]bool
}

// scanStarts reports whether a date or time can start with a word of
// class c.
func scanStarts(c scanClass) bool {
	switch c {
	case scanGMonth, scanBMonth, scanWeekday, scanDayWord, scanPeriod, scanFraction, scanHourWord:
		return true
	}
	return false
}

// mayStart reports whether a word whose first code point has block index
// i and which continues at text[p:] may start a date or time. At the end
// of text it answers yes: the caller then waits for more input.
func (t *scanTrie) mayStart(text []byte, p, i int) bool {
	if t.single[i] {
		return true
	}
	r, n := scanRune(text, p)
	if r < 0 || p+n+6 > len(text) {
		return true // more input could change the code point (a nukta may follow)
	}
	if r < 0x0980 || r > 0x09FF {
		return false
	}
	j := int(r - 0x0980)
	return t.pairs[i][j>>6]&(1<<(j&63)) != 0
}

type scanNode struct {
	edges []scanEdge
	kws   []scanKw // the words that end here (a spelling can have several meanings)
}

type scanEdge struct {
	r  rune
	to int32
}

// scanWords is the trie of the word table, built on first use.
var scanWords = sync.OnceValue(func() *scanTrie {
	t := &scanTrie{nodes: make([]scanNode, 1, 2048)}
	for _, e := range scanWordTable() {
		b := []byte(e.word)
		node := int32(0)
		for p := 0; p < len(b); {
			r, n := scanRune(b, p)
			p += n
			if r < 0 {
				break
			}
			node = t.child(node, r, true)
		}
		if scanStarts(e.kw.class) {
			r1, n1 := scanRune(b, 0)
			r2, _ := scanRune(b, n1)
			i := int(r1 - 0x0980)
			if r2 >= 0x0980 && r2 <= 0x09FF {
				j := int(r2 - 0x0980)
				t.pairs[i][j>>6] |= 1 << (j & 63)
			} else {
				t.single[i] = true
			}
		}
		nd := &t.nodes[node]
		dup := false
		for _, k := range nd.kws {
			if k == e.kw {
				dup = true
			}
		}
		if !dup {
			nd.kws = append(nd.kws, e.kw)
		}
	}
	return t
})

// child returns the child of node for r, creating it when add is set; 0
// when there is none.
func (t *scanTrie) child(node int32, r rune, add bool) int32 {
	if node == 0 && r >= 0x0980 && r <= 0x09FF {
		if c := t.root[r-0x0980]; c != 0 || !add {
			return c
		}
		t.nodes = append(t.nodes, scanNode{})
		c := int32(len(t.nodes) - 1)
		t.root[r-0x0980] = c
		return c
	}
	for _, e := range t.nodes[node].edges {
		if e.r == r {
			return e.to
		}
	}
	if !add {
		return 0
	}
	t.nodes = append(t.nodes, scanNode{})
	c := int32(len(t.nodes) - 1)
	t.nodes[node].edges = append(t.nodes[node].edges, scanEdge{r, c})
	return c
}

// canStart reports whether some word starts with the Bengali code point
// whose UTF-8 encoding is E0 b1 b2.
func (t *scanTrie) canStart(b1, b2 byte) bool {
	return t.root[int(b1&1)<<6|int(b2&0x3F)] != 0
}

// scanEndings are the case endings, canonicalized, with the set they
// belong to.
var scanEndings = sync.OnceValue(func() map[string]scanEnd {
	m := map[string]scanEnd{}
	canon := scanCanonString
	for _, s := range []string{"ের", "য়ের", "র", "এর", "ে", "য়", "য়ে", "তে", "এ", "ও", "ই", "েই", "য়েই", "তেই", "রই", "েরই", "কে", "রা", "টি"} {
		m[canon(s)] |= scanEndCase
	}
	for _, s := range []string{"টা", "টায়", "টার", "টে", "টো", "টোয়", "টাই", "টায়ই", "টার দিকে"} {
		m[canon(s)] |= scanEndClock
	}
	m[canon("র")] |= scanEndStrict
	m[canon("এর")] |= scanEndStrict
	return m
})

// scanCanonAppend appends the canonical runes of text[p:q] to dst.
func scanCanonAppend(dst, text []byte, p, q int) []byte {
	for p < q {
		r, n := scanRune(text[:q], p)
		if n == 0 {
			break
		}
		p += n
		if r >= 0 {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// scanEndingAt returns the set of the ending text[p:q], scanEndNone when
// it is empty, or 0 when it is not an ending.
func scanEndingAt(text []byte, p, q int) scanEnd {
	if p >= q {
		return scanEndNone
	}
	if q-p > 24 {
		return 0
	}
	var buf [32]byte
	key := scanCanonAppend(buf[:0], text, p, q)
	if len(key) == 0 {
		return scanEndNone // only ZWJ/ZWNJ
	}
	return scanEndings()[string(key)]
}

// scanWordMatch is a word found at a position.
type scanWordMatch struct {
	kw     scanKw
	end    int     // end of the word (with its ending)
	kwEnd  int     // end of the word without its ending
	ending scanEnd // the ending it carries (scanEndNone for none)
}

// scanLookup finds the date or time word at text[p:]: the longest
// spelling whose rest, up to the end of the word, is an ending the word
// may carry. want filters the classes (nil for all).
func scanLookup(text []byte, p int, want func(scanClass) bool) (scanWordMatch, bool) {
	t := scanWords()
	node := int32(0)
	var ends [16]struct {
		node int32
		at   int
	}
	ne := 0
	q := p
	for {
		r, n := scanRune(text, q)
		if n == 0 || r < 0 {
			break
		}
		c := t.child(node, r, false)
		if c == 0 {
			break
		}
		q += n
		node = c
		if len(t.nodes[c].kws) > 0 && ne < len(ends) {
			ends[ne].node, ends[ne].at = c, q
			ne++
		}
	}
	if ne == 0 {
		return scanWordMatch{}, false
	}
	we := -1
	for k := ne - 1; k >= 0; k-- {
		at := ends[k].at
		var wend int
		if text[at-1] == '.' || text[at-1] == ':' {
			wend = at // an abbreviation ends at its dot
		} else {
			if we < 0 {
				we = scanWordEnd(text, p)
			}
			wend = we
			if wend < at {
				wend = scanWordEnd(text, at)
			}
		}
		e := scanEndingAt(text, at, wend)
		if e == 0 {
			continue
		}
		for _, kw := range t.nodes[ends[k].node].kws {
			if want != nil && !want(kw.class) {
				continue
			}
			ok := kw.ends&e != 0
			if e == scanEndNone {
				ok = kw.ends&scanEndNone != 0
			}
			if kw.ends&scanEndStrict != 0 && e != scanEndNone {
				ok = scanStrictEnding(text, at, wend)
			}
			if ok {
				return scanWordMatch{kw: kw, end: wend, kwEnd: at, ending: e}, true
			}
		}
	}
	return scanWordMatch{}, false
}

// scanStrictEnding reports whether text[p:q] is র or এর, the only endings
// a strict word (মে) takes.
func scanStrictEnding(text []byte, p, q int) bool {
	var buf [16]byte
	s := scanCanonAppend(buf[:0], text, p, q)
	return string(s) == "র" || string(s) == "এর"
}
