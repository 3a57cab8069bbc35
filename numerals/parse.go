package numerals

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// Unit is the unit of a parsed number.
type Unit uint8

// The units. Their String forms are what `bntext number --to value`
// prints.
const (
	UnitNone    Unit = iota // a plain number
	UnitPercent             // ৩৬.৫%, ২০ শতাংশ, শতকরা ২০ ভাগ
	UnitBDT                 // ৳৫০০, ৫০০ টাকা: Bangladeshi taka
	UnitOrdinal             // ১ম, ২১তম, দ্বিতীয়
	UnitCount               // তিনটি, ৫ জন, দুটো: a count of things or people
)

// String returns "", "percent", "BDT", "ordinal" or "count".
func (u Unit) String() string {
	switch u {
	case UnitPercent:
		return "percent"
	case UnitBDT:
		return "BDT"
	case UnitOrdinal:
		return "ordinal"
	case UnitCount:
		return "count"
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (u Unit) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// Number is a parsed number phrase.
type Number struct {
	Value    Value // the exact value; zero when Definite is false
	Definite bool  // false for vague quantities (কয়েক হাজার, হাজার হাজার, লাখো, শতাধিক): no value
	Unit     Unit
}

// String returns the value and unit, such as "150000", "36.5 percent" or
// "vague count".
func (n Number) String() string {
	s := "vague"
	if n.Definite {
		s = n.Value.String()
	}
	if n.Unit != UnitNone {
		s += " " + n.Unit.String()
	}
	return s
}

// Parse parses s, which must be one number phrase, to its exact value and
// unit. Surrounding spaces, brackets and quotes and a final dari or other
// sentence punctuation are ignored. It accepts
//
//   - digits in Bengali, ASCII or both, grouped the South Asian or the
//     Western way or not at all, with decimals and a sign: "১২,৩৪,৫৬৭.৫",
//     "-1500";
//   - number words with their common variants, in either Unicode form of
//     the nukta letters and with stray ZWJ/ZWNJ: "এক হাজার দুই শত চৌত্রিশ",
//     "বেয়াল্লিশ", "উনত্রিশ", "পনেরোশ", "উনিশশো একাত্তর", "তিন দশমিক পাঁচ";
//   - scale words mixed with digits: "২.৫ কোটি", "২ কোটি ৫০ লাখ";
//   - fractions: "সাড়ে তিন হাজার" (3500), "দেড় লাখ", "আড়াইশো", "সোয়া দুই",
//     "পৌনে এক লাখ";
//   - units: percent (৫০%, ৫০ শতাংশ, শতকরা ৫০ ভাগ), taka (৳৫০০, ৫০০ টাকা),
//     ordinals (১ম, ২য়, ২১তম, দ্বিতীয়, একুশতম) and counting suffixes
//     (তিনটি, ৫ জন, দুটো, একখানা);
//   - vague quantities (কয়েক হাজার, হাজার হাজার, লাখো, শতাধিক), which parse
//     with Definite false.
//
// A leading প্রায় ("about") is skipped. Parse reports false when s is not
// one number phrase, including phone numbers and codes with a leading
// zero, and numbers of more than 19 significant digits.
func Parse(s string) (Number, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "।.,;:!? \t")
	s = strings.Trim(s, "()[]\"'“”‘’ \t")
	if s == "" {
		return Number{}, false
	}
	b := []byte(s)
	if j := bytes.IndexByte(b, '.'); j >= 0 && isDigitAt(b, j+1) && (j == 0 || j == 1 && b[0] == '-' || string(b[:j]) == "\u2212") {
		b = append(append(append(make([]byte, 0, len(b)+1), b[:j]...), '0'), b[j:]...) // .৫ = ০.৫
	}
	n, num, ok, _ := matchPhrase(b, 0, true)
	if !ok || n != len(b) {
		return Number{}, false
	}
	return num, true
}

// MatchNumber finds the longest number phrase that starts at byte i of
// running text and returns its length in bytes. It takes the same forms as
// Parse, but only whole words: a number word inside a longer word (তিনি,
// আটকে, দশক) is not a number, nor is a match that starts inside a word
// or a run of digits. A grouped number needs a valid grouping (৬,০০০ is
// 6000; in ১,২,৩ each digit stands alone), and a phone number or code
// (০১৭১১-১২৩৪৫৬, +৮৮০..., 12.07.2025) is not a number. Words that are
// usually something else when they stand alone (নয় "is not", বার "times")
// need a scale word or a suffix.
//
// When ok is false, n is the number of bytes a caller scanning the text
// may skip before trying again (the rest of the word or digit run, at
// least one character), so that a scan calling MatchNumber at every
// candidate position stays linear. MatchNumber looks at no more than a
// bounded number of words past i.
func MatchNumber(text []byte, i int) (n int, num Number, ok bool) {
	if i < 0 || i >= len(text) {
		return 0, Number{}, false
	}
	n, num, ok, skip := matchPhrase(text, i, false)
	if !ok {
		return max(skip, 1), Number{}, false
	}
	return n, num, true
}

// maxPhraseElems bounds the number of words and digit groups in a phrase.
const maxPhraseElems = 24

// numTok is one token of a phrase after word analysis.
type numTok struct {
	kind lexKind
	val  Value
	exp  int8
	ndig int8 // for a run of digits alone: how many, leading zeros included (the ০৫ of ৯ দশমিক ০৫)
}

// phraseElem is one word or digit group of a phrase.
type phraseElem struct {
	toks    [3]numTok
	nt      int
	unit    Unit    // a glued unit suffix: the phrase ends here
	special lexKind // a non-numeric word (টাকা, শতাংশ, ভাগ, ...), or lexNone
	whole   bool    // a complete phrase by itself (ordinal words)
	weak    bool
	digits  bool
	stop    bool // glued to a word that is not a suffix: the phrase ends here
	end     int
}

// isPlain reports whether e is a number without a scale word.
func (e *phraseElem) isPlain() bool {
	return e.nt == 1 && (e.toks[0].kind == lexCardinal || e.toks[0].kind == lexFraction) && !e.whole
}

func (e *phraseElem) push(t numTok) {
	if e.nt < len(e.toks) {
		e.toks[e.nt] = t
		e.nt++
	}
}

// matchPhrase matches a number phrase at text[i:]. whole is set by Parse:
// weak words may stand alone and প্রায় is skipped.
func matchPhrase(text []byte, i int, whole bool) (n int, num Number, ok bool, skip int) {
	if !whole && i > 0 {
		if r, _ := utf8.DecodeLastRune(text[:i]); isWordRune(r) {
			return 0, Number{}, false, skipToken(text, i)
		}
	}
	lx := numberLexicon()
	if letterAt(text, i) && !lx.mayStart(text[i:]) {
		return 0, Number{}, false, readWord(text, i) - i
	}
	p := i
	neg := false
	pre := UnitNone
	percentPre := false
	prefixed := false
	// Prefixes: প্রায়, a sign, a currency, শতকরা.
	for range 4 {
		if p >= len(text) {
			break
		}
		switch {
		case text[p] == '-' && p+1 < len(text) && isDigitAt(text, p+1) && !neg:
			neg = true
			p++
			continue
		case text[p] == '+' && p+1 < len(text) && isDigitAt(text, p+1) && !neg && digitCount(text[p+1:p+1+skipPhone(text, p+1)]) < 7:
			p++ // +৫%; a + before seven digits or more is a phone number
			continue
		case hasPrefixAt(text, p, "\u2212") && isDigitAt(text, p+3) && !neg:
			neg = true
			p += 3
			continue
		case hasPrefixAt(text, p, "৳") && pre == UnitNone:
			pre = UnitBDT
			p = skipSpaces(text, p+3)
			continue
		case pre == UnitNone && asciiWordAt(text, p, "Tk"):
			pre = UnitBDT
			p += 2
			if p < len(text) && text[p] == '.' {
				p++
			}
			p = skipSpaces(text, p)
			continue
		case pre == UnitNone && asciiWordAt(text, p, "BDT"):
			pre = UnitBDT
			p = skipSpaces(text, p+3)
			continue
		}
		if we := readWord(text, p); we > p && we-p <= 48 && mayBePrefixWord(text[p:]) {
			var kb [96]byte
			e := lx.words[string(appendCanon(kb[:0], text[p:we]))]
			q := skipSpaces(text, we)
			if q > we && q < len(text) {
				switch {
				case e.kind == lexMinus && !neg:
					neg, p, prefixed = true, q, true
					continue
				case e.kind == lexApprox && whole:
					p = q
					continue
				case e.kind == lexPercentPre && !percentPre:
					percentPre, p, prefixed = true, q, true
					continue
				}
			}
		}
		break
	}
	if p >= len(text) {
		return 0, Number{}, false, skipToken(text, i)
	}
	if pre != UnitNone || neg {
		prefixed = true
	}

	// Most calls end here, before the phrase arrays are set up.
	first, firstOK, firstSkip := readElement(lx, text, p)
	if !firstOK && !prefixed {
		return 0, Number{}, false, max(firstSkip, p-i)
	}
	pf := phrasePrefix{neg: neg, pre: pre, percentPre: percentPre, prefixed: prefixed, whole: whole}
	return matchElements(lx, text, i, p, pf, first, firstOK, firstSkip)
}

// phrasePrefix is what came before the numbers of a phrase.
type phrasePrefix struct {
	neg        bool // a minus sign or word
	pre        Unit // ৳, Tk, BDT
	percentPre bool // শতকরা
	prefixed   bool // any of these
	whole      bool // Parse rather than MatchNumber
}

// matchElements reads the numbers and units of a phrase from text[p:],
// the first element being already read, and returns the longest valid
// phrase that started at i.
func matchElements(lx *lexiconData, text []byte, i, p int, pf phrasePrefix, first phraseElem, firstOK bool, firstSkip int) (n int, num Number, ok bool, skip int) {
	neg, pre, percentPre, prefixed, whole := pf.neg, pf.pre, pf.percentPre, pf.prefixed, pf.whole
	var els [maxPhraseElems]phraseElem
	k := 0
	afterPoint := false
	var tail phraseElem // a unit word after the numbers
	tailStart := -1
	q := p
	for k < len(els) {
		el, ok, sk := first, firstOK, firstSkip
		if k > 0 {
			el, ok, sk = readElement(lx, text, q)
		}
		if !ok {
			if k == 0 && !prefixed {
				return 0, Number{}, false, max(sk, q-i)
			}
			break
		}
		if el.special != lexNone && el.special != lexPoint {
			if k > 0 {
				tail, tailStart = el, q
			}
			break
		}
		if el.whole && k > 0 {
			break
		}
		// Two plain numbers in a row (এক এক, ২০২৫ ১২) never make one
		// number, except for the digits after দশমিক.
		if k > 0 && el.isPlain() && els[k-1].isPlain() && !afterPoint {
			break
		}
		if el.special == lexPoint {
			afterPoint = true
		}
		els[k] = el
		k++
		if el.unit != UnitNone || el.whole || el.stop {
			break
		}
		next := skipSpaces(text, el.end)
		if next == el.end || next >= len(text) {
			break
		}
		q = next
	}
	if k == 0 {
		return 0, Number{}, false, skipToken(text, i)
	}

	// The longest prefix of the elements that is a valid number.
	var toks [maxPhraseElems * 3]numTok
	for j := k; j >= 1; j-- {
		nt := 0
		for _, el := range els[:j] {
			nt += copy(toks[nt:], el.toks[:el.nt])
		}
		var res Number
		switch {
		case els[0].whole:
			res = Number{Value: els[0].toks[0].val, Definite: true, Unit: els[0].unit}
		default:
			v, definite, ok := evalPhrase(toks[:nt])
			if !ok {
				continue
			}
			res = Number{Value: v, Definite: definite, Unit: els[j-1].unit}
		}
		end := els[j-1].end
		if !whole && !prefixed && res.Unit == UnitNone && allWeak(els[:j]) && !(j == k && tailStart >= 0) {
			continue
		}
		// A unit word after the last number.
		if j == k && tailStart >= 0 && res.Unit == UnitNone && !res.isWholeUnit() {
			u := UnitNone
			switch tail.special {
			case lexTaka:
				u = UnitBDT
			case lexPercentPost:
				u = UnitPercent
			case lexCountWord:
				u = UnitCount
			case lexBhag:
				if percentPre {
					u = UnitPercent
				}
			}
			if u != UnitNone && (pre == UnitNone || pre == u) && (!percentPre || u == UnitPercent) {
				res.Unit = u
				end = tail.end
			}
		}
		if res.Unit == UnitNone && end < len(text) && !els[j-1].stop {
			// A unit sign after a space: ৫০ %, ৫০০ ৳.
			s := skipSpaces(text, end)
			switch {
			case s < len(text) && text[s] == '%':
				res.Unit, end = UnitPercent, s+1
			case hasPrefixAt(text, s, "٪"):
				res.Unit, end = UnitPercent, s+2
			case hasPrefixAt(text, s, "৳") && (pre == UnitNone || pre == UnitBDT):
				res.Unit, end = UnitBDT, s+3
			}
		}
		switch {
		case percentPre && (res.Unit == UnitNone || res.Unit == UnitPercent):
			res.Unit = UnitPercent
		case percentPre:
			continue
		case pre != UnitNone && res.Unit == UnitNone:
			res.Unit = pre
		}
		if neg && res.Definite {
			res.Value = res.Value.Neg()
		}
		return end - i, res, true, 0
	}
	return 0, Number{}, false, skipToken(text, i)
}

// mayBePrefixWord reports whether the word at w may be one of the words
// that come before a number: ঋণাত্মক, মাইনাস, প্রায়, শতকরা.
func mayBePrefixWord(w []byte) bool {
	i, _ := firstTwoIndices(w)
	return i == 0x0B || i == 0x2E || i == 0x2A || i == 0x36
}

// isWholeUnit reports whether the number's unit came with a whole word.
func (n Number) isWholeUnit() bool { return n.Unit == UnitOrdinal }

// allWeak reports whether every element is a weak word.
func allWeak(els []phraseElem) bool {
	for _, el := range els {
		if !el.weak {
			return false
		}
	}
	return true
}

// readElement reads one word or digit group at text[p:].
func readElement(lx *lexiconData, text []byte, p int) (el phraseElem, ok bool, skip int) {
	if p >= len(text) {
		return el, false, 0
	}
	if isDigitAt(text, p) {
		if p > 0 && text[p-1] == '+' {
			if n := skipPhone(text, p); digitCount(text[p:p+n]) >= 7 {
				return el, false, n
			}
		}
		v, n, err := readDigitNumber(text, p, true)
		if err != nil {
			return el, false, n
		}
		el.digits = true
		el.push(numTok{kind: lexCardinal, val: v, ndig: digitRunLen(text[p : p+n])})
		q := p + n
		el.end = q
		switch {
		case q >= len(text):
		case text[q] == '%':
			el.unit, el.end = UnitPercent, q+1
		case hasPrefixAt(text, q, "٪"):
			el.unit, el.end = UnitPercent, q+2
		case hasPrefixAt(text, q, "৳"):
			el.unit, el.end = UnitBDT, q+3
		default:
			s := q
			if hasPrefixAt(text, q, "/-") && slashDashEnds(text, q+2) {
				el.end = q + 2 // ৫০০/- (taka, "only")
				break
			}
			switch {
			case text[q] == '-' || text[q] == '\'':
				s = q + 1 // ২০২৫-এর, ৫'শ
			case hasPrefixAt(text, q, "’"):
				s = q + 3
			}
			we := readWord(text, s)
			if we == s {
				if s == q && q < len(text) && isWordRune(firstRune(text[q:])) {
					el.stop = true
				}
				break
			}
			var kb [96]byte
			var key []byte
			if we-s <= 48 {
				key = appendCanon(kb[:0], text[s:we])
			}
			if glued, ok := analyzeDigitSuffix(lx, key); ok {
				if glued.nt > 0 {
					el.push(glued.toks[0])
				}
				el.unit = glued.unit
				el.end = we
				if glued.unit == UnitNone && glued.nt == 0 {
					el.stop = true // a case ending: ২০২৫-এর
				}
			} else if s == q {
				el.stop = true
			}
		}
		return el, true, 0
	}
	we := readWord(text, p)
	if we == p {
		return el, false, skipToken(text, p)
	}
	if !lx.mayStart(text[p:we]) {
		return el, false, we - p
	}
	var buf [96]byte
	if we-p > len(buf)/2 {
		return el, false, we - p
	}
	key := appendCanon(buf[:0], text[p:we])
	el, ok = analyzeWord(lx, key)
	if !ok {
		return el, false, we - p
	}
	el.end = we
	if el.nt == 1 && el.toks[0].kind == lexCardinal && el.unit == UnitNone && !el.whole {
		if r, ok := wordRange(lx, text, we, el.toks[0].val); ok {
			return r, true, 0
		}
	}
	return el, true, 0
}

// slashDashEnds reports whether "/-" after an amount ends at text[p]: the
// end, a space, a punctuation mark or a word follows, and not another
// number or part of a code (১২/-০৭, ১২/--০৭).
func slashDashEnds(text []byte, p int) bool {
	if p >= len(text) {
		return true
	}
	switch c := text[p]; {
	case c == '-' || c == '/' || c == '.' || c == ':' || c == '+':
		return false
	case c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z':
		return false
	}
	return !isDigitAt(text, p)
}

// wordRange reads the second half of a range of number words such as
// দু-একটি, দুই-তিন জন, পাঁচ-ছয়টি after the first number (whose value is
// low) ends at text[p]: a vague quantity.
func wordRange(lx *lexiconData, text []byte, p int, low Value) (el phraseElem, ok bool) {
	if p+1 >= len(text) || text[p] != '-' || !letterAt(text, p+1) {
		return el, false
	}
	we := readWord(text, p+1)
	var buf [96]byte
	if we-p-1 > len(buf)/2 {
		return el, false
	}
	second, ok := analyzeWord(lx, appendCanon(buf[:0], text[p+1:we]))
	if !ok || second.nt != 1 || second.toks[0].kind != lexCardinal || second.whole {
		return el, false
	}
	high := second.toks[0].val
	if high.Cmp(low) <= 0 && !(low == IntValue(2) && high == IntValue(1)) {
		return el, false
	}
	el.push(numTok{kind: lexVague})
	el.unit = second.unit
	el.end = we
	return el, true
}

// entryElem makes an element from a lexicon entry.
func entryElem(e lexEntry) (el phraseElem, ok bool) {
	el.weak = e.weak
	switch e.kind {
	case lexCardinal, lexFraction:
		el.push(numTok{kind: e.kind, val: e.val})
	case lexHalfPlus, lexQuarter, lexLessQuarter, lexPoint, lexVague, lexDozen:
		el.push(numTok{kind: e.kind})
	case lexScale:
		el.push(numTok{kind: lexScale, exp: e.exp})
	case lexWhole:
		el.push(numTok{kind: lexCardinal, val: e.val})
		el.whole, el.unit = true, e.unit
	case lexTaka, lexPercentPost, lexCountWord, lexBhag, lexMinus, lexApprox, lexPercentPre:
		el.special = e.kind
	default:
		return el, false
	}
	if e.kind == lexPoint {
		el.special = lexPoint
	}
	return el, true
}

// analyzeWord analyzes a whole word (canonical key): a lexicon word, a
// number with a glued unit suffix (তিনটি), a hundreds compound (পনেরোশ,
// দেড়শো), and any of these with a case ending (হাজারের, তিনজনকে).
func analyzeWord(lx *lexiconData, key []byte) (phraseElem, bool) {
	if el, ok := analyzeStem(lx, key); ok {
		return el, true
	}
	for _, end := range afterUnitEndings {
		if len(key) <= len(end) || string(key[len(key)-len(end):]) != end {
			continue
		}
		el, ok := analyzeStem(lx, key[:len(key)-len(end)])
		if !ok || el.whole && el.unit != UnitOrdinal {
			continue
		}
		if el.unit == UnitNone && el.special != lexCountWord && !isCaseEnding(end) {
			continue // ১০ জনকে, but not আটকে
		}
		if el.special == lexPoint || el.special == lexMinus || el.special == lexApprox || el.special == lexPercentPre {
			continue
		}
		el.weak = el.weak && el.unit == UnitNone
		return el, true
	}
	return phraseElem{}, false
}

func isCaseEnding(s string) bool {
	for _, e := range caseEndings {
		if e == s {
			return true
		}
	}
	return false
}

// analyzeStem analyzes a word without a case ending.
func analyzeStem(lx *lexiconData, key []byte) (phraseElem, bool) {
	if e, ok := lx.words[string(key)]; ok {
		return entryElem(e)
	}
	for _, s := range unitSuffixes {
		if len(key) <= len(s.suffix) || string(key[len(key)-len(s.suffix):]) != s.suffix {
			continue
		}
		el, ok := analyzeCore(lx, key[:len(key)-len(s.suffix)])
		if !ok {
			continue
		}
		el.unit = s.unit
		el.weak = false
		return el, true
	}
	if el, ok := analyzeCore(lx, key); ok && el.nt > 1 {
		return el, true
	}
	if bytes.HasSuffix(key, []byte("খানেক")) {
		if el, ok := analyzeCore(lx, key[:len(key)-len("খানেক")]); ok {
			var v phraseElem
			v.push(numTok{kind: lexVague})
			v.unit = el.unit
			return v, true
		}
	}
	return phraseElem{}, false
}

// gluedScales glue to a number word: পনেরোশ, দুশো, দু'হাজার, পাঁচলাখ.
var gluedScales = []struct {
	word string
	exp  int8
}{{"শত", 2}, {"শো", 2}, {"শ", 2}, {"হাজার", 3}, {"লাখ", 5}, {"লক্ষ", 5}, {"কোটি", 7}}

// analyzeCore analyzes the number part of a word: a number word, or a
// hundreds compound.
func analyzeCore(lx *lexiconData, key []byte) (phraseElem, bool) {
	if len(key) == 0 {
		return phraseElem{}, false
	}
	if e, ok := lx.words[string(key)]; ok {
		switch e.kind {
		case lexCardinal, lexFraction, lexScale, lexVague:
			el, ok := entryElem(e)
			el.weak = false
			return el, ok
		}
		return phraseElem{}, false
	}
	for _, h := range gluedScales {
		if len(key) <= len(h.word) || string(key[len(key)-len(h.word):]) != h.word {
			continue
		}
		e, ok := lx.words[string(key[:len(key)-len(h.word)])]
		if !ok {
			continue
		}
		var el phraseElem
		switch e.kind {
		case lexCardinal:
			if e.val.Sign() <= 0 {
				continue
			}
			el.push(numTok{kind: lexCardinal, val: e.val})
		case lexFraction, lexQuarter, lexLessQuarter, lexVague:
			el.push(numTok{kind: e.kind, val: e.val})
		default:
			continue
		}
		el.push(numTok{kind: lexScale, exp: h.exp})
		return el, true
	}
	if s := "শতাধিক"; bytes.HasSuffix(key, []byte(s)) {
		if e, ok := lx.words[string(key[:len(key)-len(s)])]; ok && (e.kind == lexCardinal || e.kind == lexFraction) {
			var el phraseElem
			el.push(numTok{kind: lexVague})
			return el, true
		}
	}
	return phraseElem{}, false
}

// analyzeDigitSuffix analyzes a word glued to digits (৫টি, ১ম, ২০২৫-এর,
// ৫০০টাকা, ২লাখ).
func analyzeDigitSuffix(lx *lexiconData, key []byte) (phraseElem, bool) {
	var el phraseElem
	for _, s := range digitOnlySuffixes {
		if string(key) == s.suffix {
			el.unit = s.unit
			return el, true
		}
	}
	for _, s := range unitSuffixes {
		if string(key) == s.suffix {
			el.unit = s.unit
			return el, true
		}
		if bytes.HasPrefix(key, []byte(s.suffix)) {
			rest := string(key[len(s.suffix):])
			for _, e := range afterUnitEndings {
				if rest == e {
					el.unit = s.unit
					return el, true
				}
			}
		}
	}
	for _, e := range caseEndings {
		if string(key) == e {
			return el, true
		}
	}
	if e, ok := lx.words[string(key)]; ok {
		switch e.kind {
		case lexScale:
			el.push(numTok{kind: lexScale, exp: e.exp})
			return el, true
		case lexTaka:
			el.unit = UnitBDT
			return el, true
		case lexPercentPost:
			el.unit = UnitPercent
			return el, true
		}
	}
	for _, end := range caseEndings {
		if len(key) > len(end) && bytes.HasSuffix(key, []byte(end)) {
			if e, ok := lx.words[string(key[:len(key)-len(end)])]; ok {
				switch e.kind {
				case lexTaka:
					el.unit = UnitBDT
					return el, true
				case lexPercentPost:
					el.unit = UnitPercent
					return el, true
				}
			}
		}
	}
	return el, false
}

// evalPhrase evaluates the tokens of a phrase.
func evalPhrase(toks []numTok) (v Value, definite, ok bool) {
	if len(toks) == 0 {
		return Value{}, false, false
	}
	vague := false
	for _, t := range toks {
		if t.kind == lexVague {
			vague = true
		}
	}
	if len(toks) >= 2 && toks[0].kind == lexScale && toks[1].kind == lexScale && toks[0].exp == toks[1].exp {
		vague = true // হাজার হাজার, শত শত
	}
	if vague {
		// A vague phrase is an optional number (দুই শতাধিক) and then vague
		// words and scale words only.
		for j, t := range toks {
			switch {
			case t.kind == lexVague || t.kind == lexScale || t.kind == lexDozen:
			case j == 0 && (t.kind == lexCardinal || t.kind == lexFraction) && len(toks) > 1:
			default:
				return Value{}, false, false
			}
		}
		return Value{}, false, true
	}
	if toks[len(toks)-1].kind == lexDozen {
		// N ডজন: a number times twelve (এক ডজন, আড়াই ডজন).
		n := IntValue(1)
		if len(toks) > 1 {
			if n, ok = evalBase(toks[:len(toks)-1]); !ok {
				return Value{}, false, false
			}
		}
		v, ok = mulValues(n, IntValue(12))
		return v, true, ok
	}
	v, ok = evalWithPoint(toks)
	return v, true, ok
}

// evalWithPoint evaluates tokens that may hold দশমিক: the number before
// it, then the digits after it read one by one (তিন দশমিক এক চার = 3.14),
// and maybe scale words that multiply the whole (দুই দশমিক পাঁচ কোটি).
func evalWithPoint(toks []numTok) (Value, bool) {
	pt := -1
	for j, t := range toks {
		if t.kind == lexPoint {
			if pt >= 0 {
				return Value{}, false
			}
			pt = j
		}
	}
	if pt < 0 {
		return evalTokens(toks, 0)
	}
	if pt == 0 {
		return Value{}, false
	}
	f := pt + 1
	var buf [64]byte
	frac := buf[:0]
	for f < len(toks) && toks[f].kind == lexCardinal && toks[f].val.IsInt() && toks[f].val.Sign() >= 0 {
		t := toks[f]
		switch {
		case t.ndig > 0:
			// Digits after দশমিক keep their leading zeros: ৯ দশমিক ০৫ = 9.05.
			for range int(t.ndig) - decimalLen(t.val) {
				frac = append(frac, '0')
			}
		case !lessThanPow10(t.val, 2):
			return Value{}, false
		}
		frac = t.val.appendDecimal(frac)
		f++
	}
	if f == pt+1 {
		return Value{}, false
	}
	ip, ok := evalTokens(toks[:pt], 0)
	if !ok || !ip.IsInt() || ip.Sign() < 0 {
		return Value{}, false
	}
	s := ip.appendDecimal(make([]byte, 0, 48))
	s = append(append(s, '.'), frac...)
	v, err := ParseDecimal(string(s))
	if err != nil {
		return Value{}, false
	}
	if f == len(toks) {
		return v, true
	}
	// Scale words after the fraction multiply the whole number.
	for _, t := range toks[:pt] {
		if t.kind == lexScale {
			return Value{}, false
		}
	}
	if toks[f].kind != lexScale {
		return Value{}, false
	}
	rest := make([]numTok, 0, len(toks)-f+1)
	rest = append(rest, numTok{kind: lexCardinal, val: v})
	rest = append(rest, toks[f:]...)
	return evalTokens(rest, 0)
}

// digitRunLen returns the number of digits of b when b is digits only
// (no group separator or decimal point), and 0 otherwise.
func digitRunLen(b []byte) int8 {
	n := 0
	for p := 0; p < len(b); {
		d, size := digitAt(b, p)
		if d < 0 || n == 127 {
			return 0
		}
		n++
		p += size
	}
	return int8(n)
}

// decimalLen returns the number of digits of the integer v >= 0.
func decimalLen(v Value) int {
	var buf [48]byte
	return len(v.appendDecimal(buf[:0]))
}

// evalTokens evaluates tokens with scale words: the highest scale splits
// the tokens into a multiplier and a remainder below the scale.
func evalTokens(toks []numTok, depth int) (Value, bool) {
	if depth > 8 {
		return Value{}, false
	}
	idx := -1
	for j, t := range toks {
		if t.kind == lexScale && (idx < 0 || t.exp >= toks[idx].exp) {
			idx = j
		}
	}
	if idx < 0 {
		return evalBase(toks)
	}
	exp := int(toks[idx].exp)
	left, right := toks[:idx], toks[idx+1:]
	mult := IntValue(1)
	if len(left) > 0 {
		var ok bool
		if exp >= 6 {
			mult, ok = evalTokens(left, depth+1)
		} else {
			mult, ok = evalBase(left)
		}
		if !ok || mult.Sign() <= 0 {
			return Value{}, false
		}
	}
	v, ok := shiftValue(mult, exp)
	if !ok {
		return Value{}, false
	}
	if len(right) > 0 {
		if right[0].kind == lexPoint {
			return Value{}, false
		}
		r, ok := evalTokens(right, depth+1)
		if !ok || r.Sign() <= 0 || !lessThanPow10(r, exp) {
			return Value{}, false
		}
		if v, ok = addValues(v, r); !ok {
			return Value{}, false
		}
	}
	return v, true
}

var (
	valueHalf       = MustParseDecimal("0.5")
	valueQuarter    = MustParseDecimal("0.25")
	valueMinusQtr   = MustParseDecimal("-0.25")
	valueOneQuarter = MustParseDecimal("1.25")
	valueThreeQtrs  = MustParseDecimal("0.75")
)

// evalBase evaluates tokens without scale words: a number, a fraction
// word, or সাড়ে/সোয়া/পৌনে with a number.
func evalBase(toks []numTok) (Value, bool) {
	switch len(toks) {
	case 0:
		return Value{}, false
	case 1:
		switch toks[0].kind {
		case lexCardinal, lexFraction:
			return toks[0].val, true
		case lexQuarter:
			return valueOneQuarter, true
		case lexLessQuarter:
			return valueThreeQtrs, true
		}
		return Value{}, false
	}
	if len(toks) == 2 && toks[1].kind == lexCardinal && toks[1].val.IsInt() {
		n := toks[1].val
		switch toks[0].kind {
		case lexHalfPlus:
			if n.Sign() > 0 {
				return addValues(n, valueHalf)
			}
		case lexQuarter:
			if n.Sign() > 0 {
				return addValues(n, valueQuarter)
			}
		case lexLessQuarter:
			if n.Sign() > 0 {
				return addValues(n, valueMinusQtr)
			}
		}
	}
	return Value{}, false
}

// readWord returns the end of the Bengali word at text[p:]: letters,
// signs, ZWJ/ZWNJ, and apostrophes between letters or after a final শ
// (দু'শো, একশ'). It returns p when no Bengali letter starts at p.
func readWord(text []byte, p int) int {
	q := p
	for q < len(text) {
		c := text[q]
		if c == 0xE0 && q+2 < len(text) {
			if i, ok := bn.Index(text[q+1], text[q+2]); ok && isLetterClass(bn.ClassAt(i)) {
				q += 3
				continue
			}
		}
		if q > p && c == 0xE2 && q+2 < len(text) && text[q+1] == 0x80 {
			switch text[q+2] {
			case 0x8C, 0x8D: // ZWNJ, ZWJ
				q += 3
				continue
			case 0x99: // ’ between letters, or after শ (একশ’)
				if letterAt(text, q+3) {
					q += 3
					continue
				}
				if hasPrefixAt(text, q-3, "শ") {
					return q + 3
				}
			}
		}
		if q > p && c == '\'' {
			if letterAt(text, q+1) {
				q++
				continue
			}
			if hasPrefixAt(text, q-3, "শ") {
				return q + 1
			}
		}
		break
	}
	return q
}

// letterAt reports whether a Bengali letter starts at text[p].
func letterAt(text []byte, p int) bool {
	if p+2 >= len(text) || text[p] != 0xE0 {
		return false
	}
	i, ok := bn.Index(text[p+1], text[p+2])
	return ok && isLetterClass(bn.ClassAt(i))
}

func isLetterClass(c bn.Class) bool {
	switch c {
	case bn.Consonant, bn.KhandaTaClass, bn.IndependentVowel, bn.VowelSign, bn.Modifier, bn.NuktaClass, bn.ViramaClass:
		return true
	}
	return false
}

// isWordRune reports whether r belongs to a word or a number: a letter, a
// combining mark, a digit, ZWJ or ZWNJ.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if bn.InBlock(r) {
		c := bn.ClassOf(r)
		return isLetterClass(c) || c == bn.Digit
	}
	return r == bn.ZWJ || r == bn.ZWNJ || unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
}

func firstRune(b []byte) rune {
	r, _ := utf8.DecodeRune(b)
	return r
}

// skipToken returns how far a scan may skip from text[i]: to the end of
// the word or digit run there, at least one character.
func skipToken(text []byte, i int) int {
	if i >= len(text) {
		return 0
	}
	p := i
	for p < len(text) {
		r, size := utf8.DecodeRune(text[p:])
		if !isWordRune(r) {
			break
		}
		p += size
	}
	if p == i {
		_, size := utf8.DecodeRune(text[i:])
		return size
	}
	return p - i
}

// skipSpaces skips spaces, tabs and no-break spaces.
func skipSpaces(text []byte, p int) int {
	for p < len(text) {
		switch {
		case text[p] == ' ' || text[p] == '\t':
			p++
		case p+1 < len(text) && text[p] == 0xC2 && text[p+1] == 0xA0:
			p += 2
		default:
			return p
		}
	}
	return p
}

func hasPrefixAt(text []byte, p int, s string) bool {
	return p >= 0 && p+len(s) <= len(text) && string(text[p:p+len(s)]) == s
}

// asciiWordAt reports whether the ASCII word w stands at text[p:], not
// followed by another ASCII letter.
func asciiWordAt(text []byte, p int, w string) bool {
	if !hasPrefixAt(text, p, w) {
		return false
	}
	q := p + len(w)
	return q >= len(text) || !(text[q] >= 'a' && text[q] <= 'z' || text[q] >= 'A' && text[q] <= 'Z')
}
