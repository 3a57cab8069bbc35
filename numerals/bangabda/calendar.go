// Package bangabda converts dates between the Gregorian calendar and the
// Bengali calendar (Bangabda, বঙ্গাব্দ) as Bangladesh keeps it.
//
// Bangladesh uses a fixed solar calendar: 1 Boishakh is always 14 April,
// and the month lengths follow a rule. Two rules have been official:
//
//   - [Revised2019], in force since Ashwin 1426 (October 2019): Boishakh to
//     Ashwin have 31 days; Kartik, Ogrohayon, Poush, Magh and Chaitra 30;
//     Falgun 29, or 30 when the Gregorian year in which it falls (the
//     Bangabda year + 594) is a leap year. So 21 February is always
//     8 Falgun, 26 March 12 Chaitra and 16 December 1 Poush.
//   - [Revised1987]: Boishakh to Bhadro have 31 days, the other months 30,
//     and Falgun 31 in leap years. Under it Kartik to Falgun start one day
//     earlier (16 December was 2 Poush).
//
// [Historical] applies each rule when it was in force: 1987 before 1426,
// 2019 from 1426 on. The two rules agree on Boishakh to Bhadro, so the
// switch happens at the end of Ashwin 1426, whose 31st day is 16 October
// 2019. Dates before 1987 are converted with the 1987 rule applied
// backwards (the same rule as the 1966 Bangla Academy reform).
//
// The zero Rule is Revised2019. The West Bengal (astronomical) calendar
// is not a fixed rule and is not provided.
package bangabda

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// Rule is a set of month lengths.
type Rule uint8

// The rules.
const (
	Revised2019 Rule = iota // Bangladesh, from Ashwin 1426 (October 2019); the default
	Revised1987             // Bangladesh, 1987 to Bhadro 1426
	Historical              // Revised1987 before 1426, Revised2019 from 1426
)

// String returns "2019", "1987" or "historical".
func (r Rule) String() string {
	switch r {
	case Revised2019:
		return "2019"
	case Revised1987:
		return "1987"
	case Historical:
		return "historical"
	}
	return "Rule(" + strconv.Itoa(int(r)) + ")"
}

// ParseRule parses the String form of a rule.
func ParseRule(s string) (Rule, error) {
	switch s {
	case "2019", "bd2019", "revised2019", "":
		return Revised2019, nil
	case "1987", "bd1987", "revised1987":
		return Revised1987, nil
	case "historical":
		return Historical, nil
	}
	return 0, fmt.Errorf("bangabda: unknown rule %q (valid: 2019, 1987, historical)", s)
}

// switchYear is the first year of Historical that follows the 2019 rule.
const switchYear = 1426

// gregorianOffset: 1 Boishakh of year Y falls on 14 April of Y+593.
const gregorianOffset = 593

// ErrInvalid is returned for a date that does not exist in the calendar,
// such as 30 Falgun of a year whose Falgun has 29 days, or month 13.
var ErrInvalid = errors.New("bangabda: invalid date")

// Date is a date of the Bengali calendar. Month is 1 (Boishakh) to 12
// (Chaitra).
type Date struct {
	Year, Month, Day int
}

// String returns the date as year-month-day with two-digit month and
// day, such as "1432-03-28".
func (d Date) String() string {
	return string(d.AppendISO(nil))
}

// AppendISO appends the String form of d to dst.
func (d Date) AppendISO(dst []byte) []byte {
	if d.Year < 0 {
		dst = append(dst, '-')
	}
	y := d.Year
	if y < 0 {
		y = -y
	}
	dst = strconv.AppendInt(dst, int64(y), 10)
	dst = append(dst, '-', byte('0'+d.Month/10), byte('0'+d.Month%10))
	return append(dst, '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// isLeap reports whether the Gregorian year y is a leap year.
func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// effective returns the rule that applies to year under r.
func (r Rule) effective(year int) Rule {
	if r == Historical {
		if year < switchYear {
			return Revised1987
		}
		return Revised2019
	}
	return r
}

// MonthLength returns the number of days of month (1..12) of year under
// r, or 0 for a month out of range.
func MonthLength(year, month int, r Rule) int {
	if month < 1 || month > 12 {
		return 0
	}
	leap := isLeap(year + gregorianOffset + 1)
	if r.effective(year) == Revised1987 {
		switch {
		case month <= 5:
			return 31
		case month == 11 && leap:
			return 31
		}
		return 30
	}
	switch {
	case month <= 6:
		return 31
	case month == 11 && leap:
		return 30
	case month == 11:
		return 29
	}
	return 30
}

// Valid reports whether d exists under r.
func Valid(d Date, r Rule) bool {
	return d.Day >= 1 && d.Day <= MonthLength(d.Year, d.Month, r)
}

// civilDays returns the number of days from 1970-01-01 to the Gregorian
// date y-m-d (proleptic Gregorian calendar).
func civilDays(y, m, d int) int {
	// Howard Hinnant's days_from_civil.
	if m <= 2 {
		y--
	}
	era := y
	if era < 0 {
		era -= 399
	}
	era /= 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of civilDays.
func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z
	if era < 0 {
		era -= 146096
	}
	era /= 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// ToCivil returns the Gregorian year, month and day of d under r, or
// ErrInvalid.
func ToCivil(d Date, r Rule) (year, month, day int, err error) {
	if !Valid(d, r) {
		return 0, 0, 0, ErrInvalid
	}
	n := civilDays(d.Year+gregorianOffset, 4, 14)
	for m := 1; m < d.Month; m++ {
		n += MonthLength(d.Year, m, r)
	}
	year, month, day = civilFromDays(n + d.Day - 1)
	return year, month, day, nil
}

// FromCivil returns the Bengali date of the Gregorian date year-month-day
// under r, or ErrInvalid when that Gregorian date does not exist.
func FromCivil(year, month, day int, r Rule) (Date, error) {
	if month < 1 || month > 12 || day < 1 || day > gregorianMonthLength(year, month) {
		return Date{}, ErrInvalid
	}
	n := civilDays(year, month, day)
	by := year - gregorianOffset
	if month < 4 || month == 4 && day < 14 {
		by--
	}
	off := n - civilDays(by+gregorianOffset, 4, 14)
	m := 1
	for ; m < 12; m++ {
		l := MonthLength(by, m, r)
		if off < l {
			break
		}
		off -= l
	}
	return Date{Year: by, Month: m, Day: off + 1}, nil
}

// gregorianMonthLength returns the length of a Gregorian month.
func gregorianMonthLength(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ToGregorian returns the Gregorian date of d under r, at midnight UTC.
func ToGregorian(d Date, r Rule) (time.Time, error) {
	y, m, dd, err := ToCivil(d, r)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), nil
}

// FromGregorian returns the Bengali date of the calendar day of t (in
// t's location) under r.
func FromGregorian(t time.Time, r Rule) Date {
	y, m, d := t.Date()
	bd, _ := FromCivil(y, int(m), d, r)
	return bd
}

// monthNames are the Bangla Academy spellings of the months.
var monthNames = [13]string{"", "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
	"কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"}

// MonthName returns the Bengali name of month 1..12 (বৈশাখ..চৈত্র), or ""
// when month is out of range.
func MonthName(month int) string {
	if month < 1 || month > 12 {
		return ""
	}
	return monthNames[month]
}
