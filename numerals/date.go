package numerals

import (
	"time"

	"github.com/bntext/bntext/numerals/bangabda"
)

// This file holds the date grammar of the scanner. A date is matched on
// the tokens of a bounded window (see scanToks) by trying the forms in
// turn: numeric (১২/০৭/২০২৫, 2025-07-12), year first (২০২৫ সালের ১২
// জুলাই), day first (১২ই জুলাই, ২০২৫; ১২-১৪ জুলাই; একুশে ফেব্রুয়ারি)
// and month first (জুলাই ১২, ২০২৫; জুলাই ২০২৫), each with an optional
// weekday before or after. Days and years may be number words, as speech
// recognizers write them (বারো জুলাই দুই হাজার পঁচিশ, উনিশশো একাত্তর
// সালের ২৬ মার্চ).

// dateVal is a date as written, in its own calendar: zero parts are not
// given. A range has m2 != 0.
type dateVal struct {
	cal        Calendar
	y, m, d    int
	y2, m2, d2 int
	bc         bool // খ্রিস্টপূর্ব: not reported
}

// scanDateAt matches a date at the first token of ts.
func scanDateAt(ts *scanToks, ref Date, rule bangabda.Rule, h *scanHit) bool {
	k := 0
	t0 := ts.at(0)
	if t0.is(scanWeekday) {
		k = 1
		if ts.at(1).punct(',') {
			k = 2
		} else if t0.kw.short || t0.ending&scanEndCase != 0 && t0.ending != scanEndNone {
			return false
		}
	}
	var v dateVal
	next, ok := 0, false
	switch t := ts.at(k); {
	case t.kind == stNum:
		if next, ok = dateNumeric(ts, k, &v); !ok {
			if t.ndig <= 2 {
				next, ok = dateDayFirst(ts, k, &v)
			} else {
				next, ok = dateYearFirst(ts, k, &v)
			}
		}
	case t.is(scanDayWord):
		next, ok = dateDayFirst(ts, k, &v)
	case t.is(scanGMonth) || t.is(scanBMonth):
		next, ok = dateMonthFirst(ts, k, &v)
	}
	if t := ts.at(k); !ok && t.kind != stNum {
		v = dateVal{}
		next, ok = dateYearFirstWords(ts, k, &v)
	}
	if !ok {
		return false
	}
	if v.bc || !dateFinish(&v, ref, rule, h) {
		// Not a date (৩১ জুন, ৩০ ফাল্গুন ১৪৩১, 1500 খ্রিস্টপূর্ব): the
		// scanner skips all of it, so that no part of it (ফাল্গুন ১৪৩১)
		// is taken for a date.
		*h = scanHit{end: ts.at(next - 1).end}
		return false
	}
	next = dateTrailingWeekday(ts, next)
	h.kind = KindDate
	h.start = t0.start
	h.end = ts.at(next - 1).end
	return true
}

// dateIsMonth reports whether t is a month name, and its calendar.
func dateIsMonth(t *scanTok) (Calendar, bool) {
	switch {
	case t.is(scanGMonth):
		return Gregorian, true
	case t.is(scanBMonth):
		return Bangabda, true
	}
	return 0, false
}

// dateDay returns the day a token gives: ১২, ১২ই, ১লা, পহেলা, একুশে.
func dateDay(t *scanTok) (int, bool) {
	switch {
	case t.kind == stNum:
		if t.ndig > 2 || t.val < 1 || (t.sfx != sfxNone && t.sfx != sfxDay && t.sfx != sfxWord) {
			return 0, false
		}
		return t.val, true
	case t.is(scanDayWord):
		return int(t.kw.val), true
	}
	return 0, false
}

// dateRangeSep reports whether t joins the two ends of a range.
func dateRangeSep(t *scanTok) bool {
	return t.punct('-', '\u2013', '~', '/') || t.is(scanRangeWord)
}

// dateYearAfter reads an optional year at token k (after an optional
// comma): a number of 4 digits, or of 3 with an era word, and the era
// words after it. It returns the year (0 for none), the calendar an era
// word names (or -1) and the next token.
func dateYearAfter(ts *scanToks, k int, v *dateVal) (year, next int, eraCal int) {
	kk := k
	if a := ts.at(kk); a.punct('\u2019', '\'') && !a.space {
		// জানুয়ারি’২৫: a two-digit year.
		if t := ts.at(kk + 1); t.kind == stNum && t.ndig == 2 && !t.space && (t.sfx == sfxNone || t.sfx == sfxCase) {
			y := 2000 + t.val
			if t.val > 50 {
				y = 1900 + t.val
			}
			return y, kk + 2, -1
		}
	}
	if a := ts.at(kk); ts.at(kk+1).kind == stNum && (a.punct(',', '-') || a.punct('/', '.') && !a.space && !ts.at(kk+1).space) {
		kk++ // ১২ জুলাই, ২০২৫; ১২-জুলাই-২০২৫; ১২/জুলাই/২০২৫
	} else if a.punct(',') && ts.at(kk+1).kind != stNum {
		if _, _, ok := dateWordsYear(ts, kk+1); ok {
			kk++ // বিশ মে, দুই হাজার চব্বিশ
		}
	}
	t := ts.at(kk)
	if t.kind != stNum {
		// A year in words (২৬ মার্চ উনিশশো একাত্তর), followed by an era or
		// year word or ending the phrase.
		y, nk, ok := dateWordsYear(ts, kk)
		if !ok {
			return 0, k, -1
		}
		nk2, era := dateEraWords(ts, nk, v)
		if n := ts.at(nk); era < 0 && n.kind != stEnd && n.kind != stPunct {
			return 0, k, -1
		}
		return y, nk2, era
	}
	if t.ndig < 3 || t.ndig > 4 || t.lead0 || t.sfx == sfxOther || t.sfx == sfxClock || t.sfx == sfxAt {
		return 0, k, -1
	}
	kk++
	eraCal = -1
	if t.sfx == sfxNone || t.sfx == sfxWord {
		kk, eraCal = dateEraWords(ts, kk, v)
	}
	if eraCal < 0 && t.ndig < 4 {
		return 0, k, -1
	}
	return t.val, kk, eraCal
}

// dateEraWords reads the era and year words at token k: খ্রিস্টাব্দ, ইং,
// সাল, সন, বঙ্গাব্দ, বাংলা সন. It returns the next token and the calendar
// they name: Gregorian, Bangabda, 2 for সাল/সন (either) or -1 for none.
func dateEraWords(ts *scanToks, k int, v *dateVal) (next, cal int) {
	cal = -1
	for range 3 {
		t := ts.at(k)
		switch {
		case t.is(scanEraCE):
			cal = int(Gregorian)
		case t.is(scanEraBS):
			cal = int(Bangabda)
		case t.is(scanYearWord):
			if cal < 0 {
				cal = 2
			}
		case t.is(scanBangla) && ts.at(k+1).is(scanYearWord):
			cal = int(Bangabda)
			k++
		case t.is(scanEraBC):
			v.bc = true
			cal = int(Gregorian)
		case t.punct('(') && ts.at(k+1).is(scanEraCE) && ts.at(k+2).punct(')'):
			k += 2
			cal = int(Gregorian)
		default:
			return k, cal
		}
		k++
		if t.ending != scanEndNone && t.ending != 0 {
			return k, cal // a case ending closes the phrase
		}
	}
	return k, cal
}

// dateMonthTok reads a month name at token k, after an optional hyphen or
// slash glued to the day (১২-জুলাই-২০২৫).
func dateMonthTok(ts *scanToks, k int) (month int, cal Calendar, t *scanTok, next int, ok bool) {
	t = ts.at(k)
	if t.punct('-', '/', '.') && !t.space && !ts.at(k+1).space {
		k++
		t = ts.at(k)
	}
	cal, ok = dateIsMonth(t)
	if !ok {
		return 0, 0, nil, 0, false
	}
	return int(t.kw.val), cal, t, k + 1, true
}

// dateDayFirst matches the day-first forms at token k: D M [Y],
// D-D M [Y], D M - D M [Y], D M Y - D M Y.
func dateDayFirst(ts *scanToks, k int, v *dateVal) (next int, ok bool) {
	d1, ok := dateDay(ts.at(k))
	if !ok {
		return 0, false
	}
	// D-D M
	if sep := ts.at(k + 1); dateRangeSep(sep) {
		if d2, ok := dateDay(ts.at(k + 2)); ok {
			if m, cal, mt, kk, ok := dateMonthTok(ts, k+3); ok && d2 > d1 {
				v.cal, v.d, v.m, v.d2, v.m2 = cal, d1, m, d2, m
				next = kk
				if mt.ending == scanEndNone {
					y, nk, era := dateYearAfter(ts, kk, v)
					if y != 0 && dateEraFits(era, cal) {
						v.y, v.y2, next = y, y, nk
					}
				}
				return dateUntil(ts, next), true
			}
		}
	}
	m, cal, mt, kk, ok := dateMonthTok(ts, k+1)
	if !ok {
		return dateDayList(ts, k, d1, v)
	}
	v.cal, v.d, v.m = cal, d1, m
	next = kk
	if mt.ending == scanEndNone || mt.ending == 0 {
		y, nk, era := dateYearAfter(ts, kk, v)
		if y != 0 && dateEraFits(era, cal) {
			v.y, next = y, nk
		} else if era >= 0 && !dateEraFits(era, cal) {
			return 0, false
		}
	}
	// A second end: D M [Y] - D M [Y].
	if sep := ts.at(next); dateRangeSep(sep) {
		if d2, ok := dateDay(ts.at(next + 1)); ok {
			if m2, cal2, mt2, kk2, ok := dateMonthTok(ts, next+2); ok && cal2 == cal {
				var y2 int
				end := kk2
				if mt2.ending == scanEndNone {
					if y, nk, era := dateYearAfter(ts, kk2, v); y != 0 && dateEraFits(era, cal) {
						y2, end = y, nk
					}
				}
				if dateRangeYears(v, d2, m2, y2) {
					return dateUntil(ts, end), true
				}
			}
		}
	}
	return next, true
}

// dateDayList matches the first day of a list of days sharing a month:
// in "১২ ও ১৩ জুলাই ২০২৫" the match is "১২" alone, with the month and the
// year of the list; the next match is "১৩ জুলাই ২০২৫".
func dateDayList(ts *scanToks, k, d1 int, v *dateVal) (next int, ok bool) {
	kk := k + 1
	for range 6 {
		sep := ts.at(kk)
		if !sep.punct(',') && !sep.is(scanAndWord) {
			return 0, false
		}
		if _, ok := dateDay(ts.at(kk + 1)); !ok {
			return 0, false
		}
		kk += 2
		if m, cal, mt, mk, ok := dateMonthTok(ts, kk); ok {
			v.cal, v.d, v.m = cal, d1, m
			if mt.ending == scanEndNone {
				if y, _, era := dateYearAfter(ts, mk, v); y != 0 && dateEraFits(era, cal) {
					v.y = y
				}
			}
			return k + 1, true
		}
	}
	return 0, false
}

// dateRangeYears completes a range whose second end is d2 m2 y2 (y2 0
// when not given) and reports whether it runs forward.
func dateRangeYears(v *dateVal, d2, m2, y2 int) bool {
	y1 := v.y
	switch {
	case y1 == 0 && y2 != 0:
		y1 = y2
		if m2 < v.m {
			y1--
		}
	case y1 != 0 && y2 == 0:
		y2 = y1
		if m2 < v.m {
			y2++
		}
	}
	if y1*10000+v.m*100+v.d >= y2*10000+m2*100+d2 {
		return false
	}
	v.y, v.y2, v.m2, v.d2 = y1, y2, m2, d2
	return true
}

// dateUntil skips a পর্যন্ত closing a range.
func dateUntil(ts *scanToks, k int) int {
	if ts.at(k).is(scanUntilWord) {
		return k + 1
	}
	return k
}

// dateEraFits reports whether an era word fits a calendar.
func dateEraFits(era int, cal Calendar) bool {
	return era < 0 || era == 2 || era == int(cal)
}

// dateMonthFirst matches the month-first forms at token k: M D[,] Y,
// M D-D, Y, M [,] Y, M মাসের D তারিখ, and M D alone when the day is
// clearly a day.
func dateMonthFirst(ts *scanToks, k int, v *dateVal) (next int, ok bool) {
	mt := ts.at(k)
	cal, _ := dateIsMonth(mt)
	m := int(mt.kw.val)
	kk := k + 1
	if ts.at(kk).is(scanMonthWord) {
		kk++
		mw := ts.at(kk - 1)
		if mw.ending == scanEndNone {
			return 0, false
		}
	} else if mt.ending != scanEndNone && mt.ending != 0 {
		if !(ts.at(kk).kind == stNum && ts.at(kk+1).is(scanDateWord)) {
			return 0, false
		}
	}
	if ts.at(kk).punct(',') {
		kk++
	}
	t := ts.at(kk)
	if t.kind == stNum && t.ndig <= 2 && (mt.ending == scanEndNone || ts.at(kk+1).is(scanDateWord)) {
		d, ok := dateDay(t)
		if !ok {
			return 0, false
		}
		v.cal, v.m, v.d = cal, m, d
		dk := kk + 1
		if sep := ts.at(dk); dateRangeSep(sep) && !sep.space {
			if d2, ok := dateDay(ts.at(dk + 1)); ok && d2 > d {
				v.m2, v.d2 = m, d2
				dk += 2
			}
		}
		if ts.at(dk).is(scanDateWord) {
			return dk + 1, true
		}
		if y, nk, era := dateYearAfter(ts, dk, v); y != 0 && dateEraFits(era, cal) {
			v.y = y
			if v.m2 != 0 {
				v.y2 = y
			}
			return nk, true
		}
		// M D without a year: only when nothing that could be a count
		// follows.
		nt := ts.at(dk)
		if t.sfx == sfxDay || nt.kind == stEnd || nt.kind == stPunct && !nt.punct('-', '/', '.', ':') {
			return dk, true
		}
		return 0, false
	}
	if mt.ending != scanEndNone && mt.ending != 0 {
		return 0, false
	}
	if y, nk, era := dateYearAfter(ts, k+1, v); y != 0 && dateEraFits(era, cal) {
		v.cal, v.m, v.y = cal, m, y
		return nk, true
	}
	return 0, false
}

// dateGenitiveWord reports whether token k is the genitive এর written
// apart from a year (২০২৫ এর).
func dateGenitiveWord(ts *scanToks, k int) bool {
	t := ts.at(k)
	if t.kind != stOther || !t.space || t.end-t.start > 24 {
		return false
	}
	var buf [24]byte
	return string(scanCanonAppend(buf[:0], ts.w, t.start, t.end)) == "এর"
}

// dateYearFirst matches the forms that start with a year and a genitive
// or era word: ২০২৫ সালের ১২ জুলাই, ২০২৫ সালের জুলাই মাসে, ২০২৫-এর
// ১২ জুলাই, and a year alone with an era word: ২০২৫ সালে, ১৪৩২ বঙ্গাব্দ.
func dateYearFirst(ts *scanToks, k int, v *dateVal) (next int, ok bool) {
	yt := ts.at(k)
	if yt.ndig < 3 || yt.ndig > 4 || yt.lead0 || yt.val == 0 {
		return 0, false
	}
	kk := k + 1
	era := -1
	switch {
	case yt.sfx == sfxCase:
	case yt.sfx == sfxNone && dateGenitiveWord(ts, kk):
		kk++ // ২০২৫ এর ১২ জুলাই: the genitive written apart
	case yt.sfx == sfxNone || yt.sfx == sfxWord:
		kk, era = dateEraWords(ts, kk, v)
		if era < 0 {
			return 0, false
		}
	default:
		return 0, false
	}
	if v.bc {
		return 0, false
	}
	return dateAfterYear(ts, yt.val, kk, era, v)
}

// dateYearFirstWords matches the year-first forms with the year in words
// and a year word after it: দুই হাজার পঁচিশ সালের ১২ জুলাই, উনিশশো একাত্তর
// সালের ২৬ মার্চ (as speech recognizers write them).
func dateYearFirstWords(ts *scanToks, k int, v *dateVal) (next int, ok bool) {
	if !dateMayBeWordsYear(ts, k) {
		return 0, false
	}
	// The year word must come within the next few words: look for it
	// before reading any number.
	found := false
	for j := k + 1; j <= k+dateWordsYearMax && !found; j++ {
		t := ts.at(j)
		if t.kind == stEnd {
			break
		}
		found = t.is(scanYearWord) || t.is(scanEraCE) || t.is(scanEraBS)
	}
	if !found {
		return 0, false
	}
	y, kk, ok := dateWordsYear(ts, k)
	if !ok {
		return 0, false
	}
	kk, era := dateEraWords(ts, kk, v)
	if era < 0 || v.bc {
		return 0, false
	}
	return dateAfterYear(ts, y, kk, era, v)
}

// dateWordsYearMax is the most words a year in words has (এক হাজার নয়
// শত একাত্তর).
const dateWordsYearMax = 5

// dateWordsYear reads a year written in number words at token k (দুই হাজার
// পঁচিশ, উনিশশো একাত্তর, চৌদ্দশো বত্রিশ): a whole number from 1000 to 2999
// that ends at a token boundary. It returns the year and the next token.
func dateWordsYear(ts *scanToks, k int) (year, next int, ok bool) {
	if !dateMayBeWordsYear(ts, k) {
		return 0, 0, false
	}
	t := ts.at(k)
	// The number parser sees no more than the words a year can have.
	n, num, ok := MatchNumber(ts.w[:ts.at(k+dateWordsYearMax).end], t.start)
	if !ok || !num.Definite || num.Unit != UnitNone {
		return 0, 0, false
	}
	y, ok := num.Value.Int64()
	if !ok || y < 1000 || y > 2999 {
		return 0, 0, false
	}
	end := t.start + n
	kk := k
	for ts.at(kk).kind != stEnd && ts.at(kk).end < end {
		kk++
	}
	if ts.at(kk).end != end {
		return 0, 0, false
	}
	return int(y), kk + 1, true
}

// dateMayBeWordsYear is the quick test of dateWordsYear: a year in words
// has two words at least and starts with এক or দুই (এক হাজার নয় শত
// একাত্তর, দুই হাজার পঁচিশ) or with hundreds (উনিশশো একাত্তর, চৌদ্দশো
// বত্রিশ).
func dateMayBeWordsYear(ts *scanToks, k int) bool {
	t := ts.at(k)
	switch {
	case t.is(scanDayWord) && t.kw.short:
		if t.kw.val > 2 {
			return false
		}
	case t.kind == stOther:
		if !dateEndsInHundreds(ts.w[t.start:t.end]) || t.end-t.start > 90 {
			return false
		}
		// Hundreds of a year: উনিশশো (19 x 100), not দেশ.
		var buf [96]byte
		el, ok := analyzeWord(numberLexicon(), appendCanon(buf[:0], ts.w[t.start:t.end]))
		if !ok || el.nt != 2 || el.toks[1].kind != lexScale || el.toks[1].exp != 2 || el.unit != UnitNone {
			return false
		}
		if v, ok := el.toks[0].val.Int64(); !ok || v < 10 || v > 29 {
			return false
		}
	default:
		return false
	}
	n := ts.at(k + 1)
	return n.kind == stOther || n.kind == stWord
}

// dateEndsInHundreds reports whether the word w ends in শ, শো or শত
// (উনিশশো, চৌদ্দশ), ZWJ and ZWNJ aside. It looks at the last three letters
// only.
func dateEndsInHundreds(w []byte) bool {
	var last [3]int // block indices of the last letters, last first
	n := 0
	for p := len(w); p >= 3 && n < len(last); p -= 3 {
		b0, b1, b2 := w[p-3], w[p-2], w[p-1]
		switch {
		case b0 == 0xE2 && b1 == 0x80 && (b2 == 0x8C || b2 == 0x8D):
			continue // ZWNJ, ZWJ
		case b0 != 0xE0 || b1&^1 != 0xA6:
			return false
		}
		last[n] = int(b1&1)<<6 | int(b2&0x3F)
		n++
	}
	const sha, ta, o, e, aa = 0x36, 0x24, 0x4B, 0x47, 0x3E // শ ত ো ে া
	switch {
	case n >= 1 && last[0] == sha:
		return true // শ
	case n >= 2 && (last[0] == o || last[0] == ta) && last[1] == sha:
		return true // শো, শত
	case n >= 3 && last[0] == aa && last[1] == e && last[2] == sha:
		return true // শো in two parts
	}
	return false
}

// dateAfterYear matches what follows the year (and its era or year words,
// which end at token kk) of a year-first form.
func dateAfterYear(ts *scanToks, year, kk, era int, v *dateVal) (next int, ok bool) {
	kk2 := kk
	if ts.at(kk2).punct(',') {
		kk2++
	}
	// D M
	t := ts.at(kk2)
	if _, ok := dateDay(t); ok {
		var w dateVal
		if nk, ok := dateDayFirst(ts, kk2, &w); ok && w.y == 0 && dateEraFits(era, w.cal) {
			*v = w
			v.y = year
			if v.m2 != 0 {
				v.y2 = year
			}
			return nk, true
		}
	}
	// M [মাসের] [D [তারিখ]]
	if cal, ok := dateIsMonth(t); ok && dateEraFits(era, cal) {
		m := int(t.kw.val)
		nk := kk2 + 1
		if ts.at(nk).is(scanMonthWord) {
			nk++
		}
		d := ts.at(nk)
		if d.kind == stNum {
			if day, ok := dateDay(d); ok && d.ndig <= 2 {
				nk2 := nk + 1
				if ts.at(nk2).is(scanDateWord) {
					nk2++
				}
				*v = dateVal{cal: cal, y: year, m: m, d: day}
				return nk2, true
			}
		}
		*v = dateVal{cal: cal, y: year, m: m}
		return nk, true
	}
	if era < 0 {
		return 0, false // ২০২৫-এর alone
	}
	v.y = year
	v.cal = Gregorian
	if era == int(Bangabda) {
		v.cal = Bangabda
	}
	return kk, true
}

// dateNumeric matches the numeric forms at token k: D/M/Y, D-M-Y, D.M.Y
// (day first; a two-digit year is 20YY) and Y-M-D.
func dateNumeric(ts *scanToks, k int, v *dateVal) (next int, ok bool) {
	a, s1, b, s2, c := ts.at(k), ts.at(k+1), ts.at(k+2), ts.at(k+3), ts.at(k+4)
	if a.sfx != sfxNone || !s1.punct('/', '-', '.') || s1.space || b.kind != stNum || b.space || b.sfx != sfxNone ||
		s2.kind != stPunct || s2.r != s1.r || s2.space || c.kind != stNum || c.space {
		return 0, false
	}
	if c.sfx != sfxNone && c.sfx != sfxCase && c.sfx != sfxWord {
		return 0, false
	}
	// Not part of a longer run such as 1.2.3.4 or a phone number.
	if n := ts.at(k + 5); n.kind == stPunct && !n.space && n.r != ',' && n.r != ')' && n.r != '\u0964' && n.r != '|' {
		if m := ts.at(k + 6); m.kind == stNum && !m.space {
			return 0, false
		}
	}
	var y, m, d int
	switch {
	case a.ndig == 4 && b.ndig <= 2 && c.ndig <= 2 && !a.lead0:
		y, m, d = a.val, b.val, c.val
	case a.ndig <= 2 && b.ndig <= 2 && (c.ndig == 4 && !c.lead0 || c.ndig == 2):
		d, m, y = a.val, b.val, c.val
		if c.ndig == 2 {
			y += 2000
		}
		if !dateValidGregorian(y, m, d) && dateValidGregorian(y, d, m) {
			d, m = m, d // month first, as in 07/15/2025
		}
	default:
		return 0, false
	}
	if !dateValidGregorian(y, m, d) {
		return 0, false
	}
	*v = dateVal{cal: Gregorian, y: y, m: m, d: d}
	next = k + 5
	if c.sfx != sfxCase {
		if nk, era := dateEraWords(ts, next, v); era >= 0 {
			next = nk
		}
	}
	return next, true
}

// dateTrailingWeekday extends a date over a weekday after it: ", শনিবার"
// or "(শনিবার)".
func dateTrailingWeekday(ts *scanToks, k int) int {
	t := ts.at(k)
	switch {
	case t.punct(',') && ts.at(k+1).is(scanWeekday) && !ts.at(k+1).kw.short:
		return k + 2
	case t.punct('(') && ts.at(k+1).is(scanWeekday) && ts.at(k+2).punct(')'):
		return k + 3
	case t.is(scanWeekday) && !t.kw.short:
		return k + 1
	}
	return k
}

// dateGregorianLen returns the length of a Gregorian month; year 0 means
// unknown (February has 29 days).
func dateGregorianLen(y, m int) int {
	switch m {
	case 2:
		if y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func dateValidGregorian(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= dateGregorianLen(y, m)
}

// dateFinish validates v, converts it to Gregorian and stores it in h.
func dateFinish(v *dateVal, ref Date, rule bangabda.Rule, h *scanHit) bool {
	*h = scanHit{cal: v.cal}
	var ok bool
	if h.date, h.bs, ok = dateConvert(v.cal, v.y, v.m, v.d, ref, rule); !ok {
		return false
	}
	if v.m2 != 0 {
		if h.dateEnd, h.bsEnd, ok = dateConvert(v.cal, v.y2, v.m2, v.d2, ref, rule); !ok {
			return false
		}
		if h.date.Year != 0 && h.dateEnd.Year != 0 && dateDays(h.date) >= dateDays(h.dateEnd) {
			return false
		}
	}
	return true
}

// dateDays returns the day number of a complete date.
func dateDays(d Date) int64 {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// dateConvert converts a date as written to a Gregorian Date and, for the
// Bengali calendar, the Bengali date.
func dateConvert(cal Calendar, y, m, d int, ref Date, rule bangabda.Rule) (Date, bangabda.Date, bool) {
	if cal == Gregorian {
		switch {
		case m == 0:
			return Date{Year: y}, bangabda.Date{}, y != 0
		case d == 0:
			return Date{Year: y, Month: m}, bangabda.Date{}, true
		case !dateValidGregorian(y, m, d):
			return Date{}, bangabda.Date{}, false
		case y == 0 && ref.Year != 0:
			return dateResolve(m, d, ref), bangabda.Date{}, true
		}
		return Date{y, m, d}, bangabda.Date{}, true
	}
	bs := bangabda.Date{Year: y, Month: m, Day: d}
	if y > 1700 {
		return Date{}, bangabda.Date{}, false // a Gregorian year (২০২৫ সালের ৮ ফাল্গুন)
	}
	switch {
	case m == 0:
		return Date{Year: y + 593}, bs, true
	case d == 0:
		gy, gm, _, _ := bangabda.ToCivil(bangabda.Date{Year: y, Month: m, Day: 1}, rule)
		return Date{Year: gy, Month: gm}, bs, true
	case y == 0:
		return dateResolveBangabda(m, d, ref, rule)
	}
	gy, gm, gd, err := bangabda.ToCivil(bs, rule)
	if err != nil {
		return Date{}, bangabda.Date{}, false
	}
	return Date{gy, gm, gd}, bs, true
}

// dateResolve gives a day and month the year that puts it nearest to ref.
func dateResolve(m, d int, ref Date) Date {
	best := Date{}
	var bestDist int64 = -1
	r := dateDays(ref)
	for y := ref.Year - 1; y <= ref.Year+1; y++ {
		if !dateValidGregorian(y, m, d) {
			continue
		}
		c := Date{y, m, d}
		dist := dateDays(c) - r
		if dist < 0 {
			dist = -dist
		}
		if bestDist < 0 || dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if bestDist < 0 {
		return Date{Month: m, Day: d}
	}
	return best
}

// dateResolveBangabda converts a Bengali day and month without a year:
// with ref, in the year that puts it nearest to ref; without, to the
// Gregorian month and day it has in a common year (in a leap year when
// only a leap year has it, such as 30 Falgun).
func dateResolveBangabda(m, d int, ref Date, rule bangabda.Rule) (Date, bangabda.Date, bool) {
	bs := bangabda.Date{Month: m, Day: d}
	if ref.Year != 0 {
		by := bangabda.Date{Year: ref.Year - 594}
		best := Date{}
		var bestDist int64 = -1
		r := dateDays(ref)
		for y := by.Year - 1; y <= by.Year+2; y++ {
			gy, gm, gd, err := bangabda.ToCivil(bangabda.Date{Year: y, Month: m, Day: d}, rule)
			if err != nil {
				continue
			}
			c := Date{gy, gm, gd}
			dist := dateDays(c) - r
			if dist < 0 {
				dist = -dist
			}
			if bestDist < 0 || dist < bestDist {
				best, bestDist = c, dist
				bs.Year = y
			}
		}
		if bestDist >= 0 {
			return best, bs, true
		}
		return Date{}, bangabda.Date{}, false
	}
	for _, y := range []int{1431, 1430} { // Falgun 1431 is in 2025, Falgun 1430 in leap 2024
		if gy, gm, gd, err := bangabda.ToCivil(bangabda.Date{Year: y, Month: m, Day: d}, rule); err == nil {
			_ = gy
			return Date{Month: gm, Day: gd}, bs, true
		}
	}
	return Date{}, bangabda.Date{}, false
}
