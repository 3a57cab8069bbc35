package numerals

import (
	"strconv"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/bntext/bntext/numerals/bangabda"
)

// Kind is what a scanned match is.
type Kind uint8

// The kinds of match.
const (
	KindDate   Kind = iota + 1 // a date, a partial date or a range of dates
	KindTime                   // a time of day
	KindNumber                 // a number phrase, as MatchNumber finds it
)

// String returns "date", "time" or "number".
func (k Kind) String() string {
	switch k {
	case KindDate:
		return "date"
	case KindTime:
		return "time"
	case KindNumber:
		return "number"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Calendar is the calendar a date was written in.
type Calendar uint8

// The calendars.
const (
	Gregorian Calendar = iota // জুলাই, ১২/০৭/২০২৫
	Bangabda                  // আষাঢ়, বঙ্গাব্দ: the Bengali calendar of Bangladesh
)

// String returns "gregorian" or "bangabda".
func (c Calendar) String() string {
	if c == Bangabda {
		return "bangabda"
	}
	return "gregorian"
}

// Precision says which parts of a date are known.
type Precision uint8

// The precisions.
const (
	PrecisionNone   Precision = iota // not a date
	PrecisionDay                     // year, month and day: 2025-07-12
	PrecisionMonth                   // year and month: 2025-07
	PrecisionYear                    // year only: 2025
	PrecisionNoYear                  // month and day without a year: --07-12
)

// String returns "day", "month", "year", "no-year" or "".
func (p Precision) String() string {
	switch p {
	case PrecisionDay:
		return "day"
	case PrecisionMonth:
		return "month"
	case PrecisionYear:
		return "year"
	case PrecisionNoYear:
		return "no-year"
	}
	return ""
}

// Date is a Gregorian date, possibly partial: a zero Year, Month or Day
// is not known.
type Date struct {
	Year, Month, Day int
}

// Precision returns which parts of d are known.
func (d Date) Precision() Precision {
	switch {
	case d.Year != 0 && d.Month != 0 && d.Day != 0:
		return PrecisionDay
	case d.Year != 0 && d.Month != 0:
		return PrecisionMonth
	case d.Year != 0:
		return PrecisionYear
	case d.Month != 0 && d.Day != 0:
		return PrecisionNoYear
	}
	return PrecisionNone
}

// String returns d in ISO 8601: "2025-07-12", "2025-07", "2025", or
// "--07-12" without a year.
func (d Date) String() string { return string(d.AppendISO(nil)) }

// AppendISO appends the String form of d to dst.
func (d Date) AppendISO(dst []byte) []byte {
	p := d.Precision()
	if p == PrecisionNone {
		return dst
	}
	if p == PrecisionNoYear {
		dst = append(dst, '-')
	} else {
		y := d.Year
		if y < 0 {
			dst = append(dst, '-')
			y = -y
		}
		dst = append(dst, byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	}
	if p == PrecisionYear {
		return dst
	}
	dst = append(dst, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	if p == PrecisionMonth {
		return dst
	}
	return append(dst, '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// Clock is a time of day on the 24-hour clock.
type Clock struct {
	Hour, Minute, Second int
	HasSeconds           bool // seconds were written
}

// String returns "HH:MM", or "HH:MM:SS" when seconds were written.
func (c Clock) String() string { return string(c.AppendISO(nil)) }

// AppendISO appends the String form of c to dst.
func (c Clock) AppendISO(dst []byte) []byte {
	dst = append(dst, byte('0'+c.Hour/10), byte('0'+c.Hour%10), ':', byte('0'+c.Minute/10), byte('0'+c.Minute%10))
	if c.HasSeconds {
		dst = append(dst, ':', byte('0'+c.Second/10), byte('0'+c.Second%10))
	}
	return dst
}

// Match is a date, time or number found in running text.
type Match struct {
	Kind       Kind
	Start, End int    // byte offsets in the text; End is exclusive
	Text       string // the matched text

	// Dates. Date is the Gregorian date; for a range, Date is the first
	// day and DateEnd the last (DateEnd is zero otherwise). For dates
	// written in the Bengali calendar, Calendar is Bangabda and Bangabda
	// (and BangabdaEnd) hold the date as written; a zero Year there means
	// the year was not given.
	Date, DateEnd         Date
	Calendar              Calendar
	Bangabda, BangabdaEnd bangabda.Date

	Clock  Clock  // times
	Number Number // numbers
}

// IsRange reports whether m is a range of dates.
func (m Match) IsRange() bool { return m.Kind == KindDate && m.DateEnd.Precision() != PrecisionNone }

// Precision returns the precision of a date match (of its first day for a
// range), or PrecisionNone for other kinds.
func (m Match) Precision() Precision {
	if m.Kind != KindDate {
		return PrecisionNone
	}
	return m.Date.Precision()
}

// Complete reports whether m is a complete date: year, month and day
// known (for a range, at both ends).
func (m Match) Complete() bool {
	if m.Kind != KindDate || m.Date.Precision() != PrecisionDay {
		return false
	}
	return !m.IsRange() || m.DateEnd.Precision() == PrecisionDay
}

// Value returns the value of m as text: for a date its ISO 8601 form
// ("2025-07-12", "2025-07", "2025", "--07-12", or an interval
// "2025-07-12/2025-07-14"), for a time "HH:MM" or "HH:MM:SS", for a
// number its exact decimal value ("" when it has none).
func (m Match) Value() string {
	switch m.Kind {
	case KindDate:
		b := m.Date.AppendISO(nil)
		if m.IsRange() {
			b = m.DateEnd.AppendISO(append(b, '/'))
		}
		return string(b)
	case KindTime:
		return m.Clock.String()
	case KindNumber:
		if m.Number.Definite {
			return m.Number.Value.String()
		}
	}
	return ""
}

// BangabdaValue returns the Bengali-calendar form of a Bangabda date
// match: "1432-03-28", "--03-28" without a year, "1432-03" or "1432" for
// a month or a year, and an interval for a range; "" for other matches.
func (m Match) BangabdaValue() string {
	if m.Kind != KindDate || m.Calendar != Bangabda {
		return ""
	}
	b := appendBangabda(nil, m.Bangabda)
	if m.IsRange() {
		b = appendBangabda(append(b, '/'), m.BangabdaEnd)
	}
	return string(b)
}

func appendBangabda(dst []byte, d bangabda.Date) []byte {
	if d.Year == 0 {
		return append(dst, '-', '-', byte('0'+d.Month/10), byte('0'+d.Month%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
	}
	if d.Month == 0 {
		return strconv.AppendInt(dst, int64(d.Year), 10)
	}
	if d.Day == 0 {
		return append(strconv.AppendInt(dst, int64(d.Year), 10), '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	}
	return d.AppendISO(dst)
}

// MarshalJSON implements json.Marshaler: an object with "kind", "start",
// "end", "text" and "value"; dates add "calendar", "precision" and, for
// the Bengali calendar, "bangabda"; numbers have a JSON number (or null)
// as value and add "unit".
func (m Match) MarshalJSON() ([]byte, error) {
	return m.AppendJSON(make([]byte, 0, 128+len(m.Text))), nil
}

// AppendJSON appends the MarshalJSON form of m to dst.
func (m Match) AppendJSON(dst []byte) []byte {
	dst = append(dst, `{"kind":"`...)
	dst = append(dst, m.Kind.String()...)
	dst = append(dst, `","start":`...)
	dst = strconv.AppendInt(dst, int64(m.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(m.End), 10)
	dst = append(dst, `,"text":`...)
	dst = scanAppendJSONString(dst, m.Text)
	dst = append(dst, `,"value":`...)
	switch m.Kind {
	case KindNumber:
		if m.Number.Definite {
			v, _ := m.Number.Value.MarshalJSON()
			dst = append(dst, v...)
		} else {
			dst = append(dst, "null"...)
		}
		dst = append(dst, `,"unit":"`...)
		dst = append(dst, m.Number.Unit.String()...)
		dst = append(dst, '"')
	case KindDate:
		dst = append(dst, '"')
		dst = m.Date.AppendISO(dst)
		if m.IsRange() {
			dst = m.DateEnd.AppendISO(append(dst, '/'))
		}
		dst = append(dst, `","calendar":"`...)
		dst = append(dst, m.Calendar.String()...)
		dst = append(dst, `","precision":"`...)
		dst = append(dst, m.Precision().String()...)
		dst = append(dst, '"')
		if m.Calendar == Bangabda {
			dst = append(dst, `,"bangabda":"`...)
			dst = append(dst, m.BangabdaValue()...)
			dst = append(dst, '"')
		}
		if m.IsRange() {
			dst = append(dst, `,"range":true`...)
		}
	default:
		dst = append(dst, '"')
		dst = m.Clock.AppendISO(dst)
		dst = append(dst, '"')
	}
	return append(dst, '}')
}

// scanAppendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD, as encoding/json does.
func scanAppendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == 0xFFFD && size == 1 {
			dst = append(dst, "\ufffd"...)
		} else if r == 0x2028 || r == 0x2029 {
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		} else {
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return append(dst, '"')
}

// Scanner finds dates, times and numbers in running text. The zero value
// is ready to use: it converts Bengali-calendar dates under the
// Bangladesh 2019 rule and leaves dates without a year as --MM-DD.
type Scanner struct {
	// Ref, when not zero, resolves a day and month written without a
	// year: the year is the one that puts the date nearest to Ref (within
	// half a year), as a reader of a dated article would.
	Ref time.Time

	// Rule converts Bengali-calendar dates (default bangabda.Revised2019).
	Rule bangabda.Rule

	// NoNumbers leaves out number matches: only dates and times.
	NoNumbers bool
}

// Scan finds the dates, times and numbers of text with the zero Scanner.
// See Scanner.Scan.
func Scan(text string) []Match { return Scanner{}.Scan(text) }

// Scan finds the dates, times and numbers of text, in order, with byte
// spans that do not overlap. A date next to a time (১২ জুলাই, ২০২৫ | ৯:০২)
// gives two matches. Numbers are the number phrases of MatchNumber found
// between the dates and times. The cost is linear in the length of text.
func (s Scanner) Scan(text string) []Match {
	b := unsafe.Slice(unsafe.StringData(text), len(text))
	return s.appendScan(nil, b, text)
}

// ScanBytes is Scan for a byte slice.
func (s Scanner) ScanBytes(text []byte) []Match {
	return s.appendScan(nil, text, string(text))
}

func (s Scanner) appendScan(dst []Match, b []byte, text string) []Match {
	st := scanState{text: b, boundary: true, final: true, nl: -1, limit: len(b) + 1, ref: s.refDate(), rule: s.Rule}
	last := 0
	var h scanHit
	for {
		ok, _ := st.next(&h)
		gapEnd := len(b)
		if ok {
			gapEnd = h.start
		}
		if !s.NoNumbers {
			dst = scanNumbers(dst, b, text, last, gapEnd)
		}
		if !ok {
			return dst
		}
		dst = append(dst, h.match(text))
		last = h.end
	}
}

// scanNumbers appends the number matches of text[from:to].
func scanNumbers(dst []Match, b []byte, text string, from, to int) []Match {
	if from >= to {
		return dst
	}
	w := b[:to]
	boundary := from == 0 || scanBoundaryBefore(b, from)
	for p := from; p < to; {
		c := w[p]
		start := false
		size := 1
		switch {
		case c < 0x80:
			start = boundary && (c-'0' <= 9 || c == '-' || c == 'T' || c == 'B')
			boundary = !(c-'0' <= 9 || c|0x20-'a' <= 25)
		case c == 0xE0 && p+2 < len(w) && w[p+1]&^1 == 0xA6 && w[p+2]&0xC0 == 0x80:
			size = 3
			r := 0x0980 + rune(w[p+1]&1)<<6 + rune(w[p+2]&0x3F)
			word := scanIsWordRune(r) || r >= 0x09E6 && r <= 0x09EF
			start = boundary && (word || r == 0x09F3)
			boundary = !word
		default:
			_, size = utf8.DecodeRune(w[p:])
			if c == 0xE2 && p+2 < len(w) && w[p+1] == 0x80 && (w[p+2] == 0x8C || w[p+2] == 0x8D) {
				// ZWJ/ZWNJ: keep the boundary state.
			} else if c == 0xE2 && p+2 < len(w) && w[p+1] == 0x88 && w[p+2] == 0x92 {
				start = boundary // minus sign
				boundary = true
			} else {
				boundary = true
			}
		}
		if !start {
			p += size
			continue
		}
		n, num, ok := MatchNumber(w, p)
		if !ok {
			p += max(n, size)
			boundary = false
			if p < to {
				boundary = scanBoundaryBefore(w, p)
			}
			continue
		}
		dst = append(dst, Match{Kind: KindNumber, Start: p, End: p + n, Text: text[p : p+n], Number: num})
		p += n
		boundary = scanBoundaryBefore(w, p)
	}
	return dst
}

// scanBoundaryBefore reports whether a word may start at text[p]: the
// rune before p (ZWJ/ZWNJ skipped) is not a letter or a digit.
func scanBoundaryBefore(text []byte, p int) bool {
	for p > 0 {
		r, size := utf8.DecodeLastRune(text[:p])
		if r == 0x200C || r == 0x200D {
			p -= size
			continue
		}
		if r < 0x80 {
			return !(r-'0' <= 9 && r >= '0' || r|0x20 >= 'a' && r|0x20 <= 'z')
		}
		return r == 0x0983 || !(scanIsWordRune(r) || r >= 0x09E6 && r <= 0x09EF)
	}
	return true
}

// refDate returns the reference date as a Date, or the zero Date.
func (s Scanner) refDate() Date {
	if s.Ref.IsZero() {
		return Date{}
	}
	y, m, d := s.Ref.Date()
	return Date{y, int(m), d}
}

// scanHit is a date or time match before it becomes a Match.
type scanHit struct {
	kind          Kind
	start, end    int
	date, dateEnd Date
	cal           Calendar
	bs, bsEnd     bangabda.Date
	clock         Clock
}

func (h *scanHit) match(text string) Match {
	return Match{Kind: h.kind, Start: h.start, End: h.end, Text: text[h.start:h.end],
		Date: h.date, DateEnd: h.dateEnd, Calendar: h.cal, Bangabda: h.bs, BangabdaEnd: h.bsEnd, Clock: h.clock}
}

// complete reports whether h is a complete date (or range of them).
func (h *scanHit) complete() bool {
	if h.kind != KindDate || h.date.Precision() != PrecisionDay {
		return false
	}
	return h.dateEnd.Precision() == PrecisionNone || h.dateEnd.Precision() == PrecisionDay
}

// appendISO appends the ISO 8601 form of a date or time hit.
func (h *scanHit) appendISO(dst []byte) []byte {
	if h.kind == KindTime {
		return h.clock.AppendISO(dst)
	}
	dst = h.date.AppendISO(dst)
	if h.dateEnd.Precision() != PrecisionNone {
		dst = h.dateEnd.AppendISO(append(dst, '/'))
	}
	return dst
}
