package numerals

import "bytes"

// This file holds the time grammar of the scanner: ৯:০২, ১৪:৩০:১৫,
// সকাল ৯টায়, রাত সাড়ে দশটা, পৌনে ১১টা, দেড়টা, বিকেল ৪টা ৩০ মিনিটে,
// সকাল ১০ ঘটিকায়, 9:02 pm, converted to the 24-hour clock.

// clockPeriod is a part of the day named before (or after) a time.
type clockPeriod uint8

const (
	clockNone      clockPeriod = iota
	clockDawn                  // ভোর: early morning, as written
	clockMorning               // সকাল
	clockNoon                  // দুপুর: 12, 1..6 in the afternoon
	clockDay                   // বেলা: daytime
	clockAfternoon             // বিকেল
	clockEvening               // সন্ধ্যা
	clockNight                 // রাত: 6..11 in the evening, 12 and 1..5 after midnight
	clockMidnight              // মধ্যরাত
	clockAM                    // am
	clockPM                    // pm
)

// clockTo24 returns the hour of the 24-hour clock for hour h (as written)
// in period p.
func clockTo24(h int, p clockPeriod) int {
	if h > 12 {
		return h // already on the 24-hour clock
	}
	switch p {
	case clockDawn, clockMorning, clockAM, clockMidnight:
		if h == 12 {
			return 0
		}
	case clockNoon, clockDay:
		if h >= 1 && h <= 6 {
			return h + 12
		}
	case clockAfternoon, clockEvening, clockPM:
		if h < 12 {
			return h + 12
		}
	case clockNight:
		if h == 12 {
			return 0
		}
		if h >= 6 {
			return h + 12
		}
	}
	if p == clockMorning && h == 0 {
		return 0
	}
	return h
}

// scanClockAt matches a time at the first token of ts.
func scanClockAt(ts *scanToks, h *scanHit) bool {
	k := 0
	period := clockNone
	t0 := ts.at(0)
	if t0.is(scanPeriod) {
		period = clockPeriod(t0.kw.val)
		k = 1
		if ts.at(1).is(scanPeriod) { // ভোর রাত, গভীর রাত
			k = 2
		}
	}
	frac := 0
	if t := ts.at(k); t.is(scanFraction) {
		frac = int(t.kw.val)
		k++
	}
	t := ts.at(k)
	var hour, minute, second int
	hasSec := false
	colon := false
	confirmed := period != clockNone || frac != 0
	clockWordOK := false // an hour word in a context that makes it a time
	switch {
	case t.kind == stNum && frac == 0 && clockColonAhead(ts, k):
		n, ok := clockColon(ts, k, period != clockNone, &hour, &minute, &second, &hasSec)
		if !ok {
			return false
		}
		k = n
		colon, confirmed = true, true
		if last := ts.at(k - 1); last.kind == stNum && (last.sfx == sfxClock || last.sfx == sfxAt) {
			confirmed = true
		}
	case t.kind == stNum && frac == 0 && t.ndig == 4 && t.sfx == sfxNone && clockGhatikaAt(ts, k+1):
		// ১৮৩০ ঘটিকায়: the 24-hour HHMM of official notices.
		if t.val/100 > 23 || t.val%100 > 59 {
			return false
		}
		hour, minute = t.val/100, t.val%100
		k += 2
		colon, confirmed = true, true
	case t.kind == stNum:
		if t.ndig > 2 || t.val > 24 || t.lead0 && t.ndig == 1 {
			return false
		}
		hour = t.val
		switch t.sfx {
		case sfxAt:
			confirmed = true
		case sfxClock:
		case sfxNone:
			n := ts.at(k + 1)
			if clockRangeStart(ts, k, period, frac) {
				confirmed = true // সকাল ৯-১০টা: the match is সকাল ৯
				break
			}
			if !n.is(scanClockWord) {
				return false
			}
			confirmed = true
			k++
		default:
			return false
		}
		k++
		if hour < 1 || hour > 12 && !(ts.at(k-1).is(scanClockWord)) {
			return false
		}
	case t.is(scanHourWord):
		v := int(t.kw.val)
		if frac != 0 && v%60 != 0 {
			return false
		}
		hour, minute = v/60, v%60
		k++
		clockWordOK = period != clockNone || frac != 0
		if !clockWordOK && hour > 2 && clockEndingAt(ts, t) {
			clockWordOK = true // দশটায়
		}
		if !clockWordOK && minute != 0 {
			// দেড়টা, আড়াইটা: a time unless a noun follows (দেড়টা রুটি).
			n := ts.at(k)
			clockWordOK = clockEndingAt(ts, t) || n.kind == stEnd || n.kind == stPunct || n.kind == stWord
		}
		confirmed = clockWordOK
	default:
		return false
	}
	// Minutes and seconds: [বেজে] ৩০ মিনিট[ে] [১৫ সেকেন্ড].
	if !colon {
		kk := k
		if ts.at(kk).is(scanClockWord) && ts.at(kk+1).kind == stNum {
			kk++
		}
		if mv, ok := clockMinutes(ts, kk); ok && ts.at(kk+1).is(scanMinuteWord) && frac == 0 {
			minute += mv
			k = kk + 2
			confirmed = true
			if s := ts.at(k); s.kind == stNum && s.ndig <= 2 && s.val < 60 && s.sfx == sfxNone && ts.at(k+1).is(scanSecondWord) {
				second, hasSec = s.val, true
				k += 2
			}
		} else if mv, ok := clockBareMinutes(ts, t, kk, period, frac); ok && kk == k {
			minute += mv // দুপুর ১২টা ৪৫, রাত এগারোটা পঞ্চান্ন
			k = kk + 1
		}
	}
	// A confirming word, am/pm or a period after the time.
	ampm := clockNone
	if n := ts.at(k); n.is(scanAMPM) {
		ampm = clockAM
		if n.kw.val == 1 {
			ampm = clockPM
		}
		k++
		confirmed = true
	} else if n.is(scanClockWord) {
		confirmed = true
		if clockWordInSpan(ts, n) {
			k++
		}
	} else if n.is(scanRangeWord) || n.is(scanUntilWord) {
		if t.kind == stNum {
			confirmed = true
		}
	} else if period == clockNone && confirmed && n.is(scanPeriod) && (n.ending != scanEndNone || colon) {
		// ৯টায় রাতে; after H:MM also the bare word (২:৩০ অপরাহ্ণ, ১০:৩০ রাত).
		period = clockPeriod(n.kw.val)
		k++
	}
	if !confirmed || clockCountAfterPeriod(ts, t0, t, k) {
		return false
	}
	if !colon && (hour < 1 || hour > 12) && ampm == clockNone && !(hour <= 24 && ts.at(k-1).is(scanClockWord)) {
		return false
	}
	if ampm != clockNone {
		if hour > 12 && ampm == clockAM || hour == 0 && ampm == clockPM {
			return false
		}
		period = ampm
	}
	total := clockTo24(hour, period)*60 + minute + frac
	if hour == 24 {
		total = minute + frac
	}
	total = (total%1440 + 1440) % 1440
	*h = scanHit{kind: KindTime, start: t0.start, end: ts.at(k - 1).end,
		clock: Clock{Hour: total / 60, Minute: total % 60, Second: second, HasSeconds: hasSec}}
	return true
}

// clockEndingAt reports whether an hour word carries the locative টায়
// or টোয় ("at ... o'clock").
func clockEndingAt(ts *scanToks, t *scanTok) bool {
	if t.ending&scanEndClock == 0 {
		return false
	}
	var buf [24]byte
	return scanNumSuffixes()[string(scanCanonAppend(buf[:0], ts.w, t.kwEnd, t.end))] == sfxAt
}

// clockWordInSpan reports whether a confirming word after a time belongs
// to the time phrase (ঘটিকা, বাজে) rather than to what follows (নাগাদ).
func clockWordInSpan(ts *scanToks, t *scanTok) bool { return t.kw.val == 1 }

// clockColonAhead reports whether token k starts an H:MM form.
func clockColonAhead(ts *scanToks, k int) bool {
	t, s, m := ts.at(k), ts.at(k+1), ts.at(k+2)
	if t.sfx != sfxNone || !s.punct(':', '\u0983', '.') || s.space || m.kind != stNum {
		return false
	}
	if !m.space {
		return true
	}
	// ১০: ০০, as some news sites write the time of a dateline: only after
	// a colon, with two digits of minutes that end the time.
	if !s.punct(':') || m.ndig != 2 || m.sfx != sfxNone {
		return false
	}
	switch n := ts.at(k + 3); {
	case n.kind == stEnd:
		return true
	case n.kind == stPunct:
		return !n.punct(':', '.', '/', '-') || n.space
	default:
		return n.is(scanAMPM) || n.is(scanPeriod) || n.is(scanClockWord) || n.is(scanMinuteWord)
	}
}

// clockColon reads H:MM[:SS] at token k. A dot (৯.৩০) is a separator
// only with a period word before or a clock word after.
func clockColon(ts *scanToks, k int, period bool, hour, minute, second *int, hasSec *bool) (next int, ok bool) {
	t, s, m := ts.at(k), ts.at(k+1), ts.at(k+2)
	if t.ndig > 2 || t.val > 23 || m.ndig != 2 || m.val > 59 {
		return 0, false
	}
	*hour, *minute = t.val, m.val
	next = k + 3
	last := m
	if m.sfx == sfxNone {
		if s2, sec := ts.at(k+3), ts.at(k+4); s2.punct(s.r) && !s2.space && sec.kind == stNum && !sec.space {
			if sec.ndig != 2 || sec.val > 59 || s.r == '.' {
				return 0, false
			}
			*second, *hasSec = sec.val, true
			next = k + 5
			last = sec
		}
	}
	switch last.sfx {
	case sfxNone, sfxClock, sfxAt, sfxCase:
	default:
		return 0, false
	}
	// Not part of a longer run (1:2:3:4, 12.30.45.6).
	if n := ts.at(next); n.kind == stPunct && !n.space && (n.r == ':' || n.r == '.' || n.r == '/') {
		if d := ts.at(next + 1); d.kind == stNum && !d.space {
			return 0, false
		}
	}
	if s.r == '.' {
		n := ts.at(next)
		if !(period || last.sfx == sfxClock || last.sfx == sfxAt || n.is(scanClockWord) || n.is(scanAMPM) || n.is(scanMinuteWord)) {
			return 0, false
		}
	}
	return next, true
}

// clockBareMinutes returns the minutes that token k gives after an hour t
// written without মিনিট (সকাল ৯টা ৩০, দুপুর ১২টা ৪৫, রাত এগারোটা
// পঞ্চান্ন): only after a period word and an hour with -টা, as two digits
// or a number word, and ending the phrase (the end of the line, a
// punctuation mark, থেকে or পর্যন্ত), so that ৯টা ৩০ জন keeps its count.
func clockBareMinutes(ts *scanToks, t *scanTok, k int, period clockPeriod, frac int) (int, bool) {
	if period == clockNone || frac != 0 {
		return 0, false
	}
	if !clockPlainHour(ts, t) {
		return 0, false
	}
	m := ts.at(k)
	if !m.space {
		return 0, false
	}
	v, sfx := 0, sfxNone
	if m.kind == stNum {
		if m.ndig != 2 || m.val >= 60 || m.sfx != sfxNone && m.sfx != sfxCase {
			return 0, false
		}
		v, sfx = m.val, m.sfx
	} else if mv, ok := clockMinutes(ts, k); ok {
		v = mv
	} else {
		return 0, false
	}
	n := ts.at(k + 1)
	switch {
	case n.kind == stEnd:
		return v, true
	case n.kind == stPunct:
		return v, n.punct(',', '।', ')', '|', ';', '!', '?', '\u2013', '\u2014') || n.space
	}
	return v, sfx == sfxNone && (n.is(scanRangeWord) || n.is(scanUntilWord))
}

// clockMinutes returns the minutes that token k gives before মিনিট: up to
// two digits, or a number word (দশটা পনেরো মিনিটে, রাত দশটা চল্লিশ মিনিটে).
func clockMinutes(ts *scanToks, k int) (int, bool) {
	m := ts.at(k)
	switch {
	case m.kind == stNum:
		return m.val, m.ndig <= 2 && m.val < 60 && (m.sfx == sfxNone || m.sfx == sfxWord) // ৩০ মিনিটে, ৩০মিনিটে
	case m.is(scanDayWord) && m.kw.short && m.ending == scanEndNone:
		return int(m.kw.val), true // দশ, বিশ, পঁচিশ: the plain cardinals of the day words
	case m.kind != stOther || m.end-m.start > 96:
		return 0, false
	}
	var buf [192]byte
	el, ok := analyzeWord(numberLexicon(), appendCanon(buf[:0], ts.w[m.start:m.end]))
	if !ok || el.nt != 1 || el.toks[0].kind != lexCardinal || el.unit != UnitNone || el.whole {
		return 0, false
	}
	v, ok := el.toks[0].val.Int64()
	return int(v), ok && v >= 1 && v < 60
}

// clockRangeStart reports whether the bare hour at token k starts a range
// of hours that ends with -টা after a period word: সকাল ৯-১০টা,
// বিকেল ৩–৫টার মধ্যে.
func clockRangeStart(ts *scanToks, k int, period clockPeriod, frac int) bool {
	if period == clockNone || frac != 0 {
		return false
	}
	sep, m := ts.at(k+1), ts.at(k+2)
	return sep.punct('-', '\u2013') && !sep.space && m.kind == stNum && !m.space &&
		(m.sfx == sfxClock || m.sfx == sfxAt) && m.ndig <= 2 && m.val >= 1 && m.val <= 12
}

// clockCountAfterPeriod reports whether an hour that a period word in the
// locative confirms is rather a count of the noun after it: রাতে ৩টা গাড়ি,
// সকালে ৫টা ডিম (but রাতে ৩টায় গাড়ি, রাত ৯টা অফিস, রাতে ১০টা নাগাদ are
// times). t is the hour token and k the token after the time.
func clockCountAfterPeriod(ts *scanToks, t0, t *scanTok, k int) bool {
	if !t0.is(scanPeriod) || t0.ending&scanEndCase == 0 || ts.at(k-1) != t {
		return false
	}
	if !clockPlainHour(ts, t) {
		return false
	}
	// The genitive -টার makes a time (রাত ৯টার খবর, রাতে ৩টার গাড়ি).
	if ts.at(k).kind != stOther || t.end-t.start > 90 {
		return false
	}
	var buf [96]byte
	return !bytes.HasSuffix(scanCanonAppend(buf[:0], ts.w, t.start, t.end), []byte("টার"))
}

// clockPlainHour reports whether t is an hour with -টা (or -টার, -টে)
// rather than the locative -টায়: ৯টা, দশটা.
func clockPlainHour(ts *scanToks, t *scanTok) bool {
	switch {
	case t.kind == stNum:
		return t.sfx == sfxClock
	case t.is(scanHourWord):
		return t.ending&scanEndClock != 0 && !clockEndingAt(ts, t)
	}
	return false
}

// clockGhatikaAt reports whether token k is ঘটিকা (ঘটিকায়, ঘটিকার).
func clockGhatikaAt(ts *scanToks, k int) bool {
	t := ts.at(k)
	if !t.is(scanClockWord) || t.end-t.start > 60 {
		return false
	}
	var buf [64]byte
	return bytes.HasPrefix(scanCanonAppend(buf[:0], ts.w, t.start, t.end), []byte("ঘটিকা"))
}
