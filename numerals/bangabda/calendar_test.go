package bangabda

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func civil(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	require.NoError(t, err)
	return d
}

func TestAnchors2019(t *testing.T) {
	for _, year := range []int{2020, 2021, 2024, 2025, 2028, 2030, 2035} {
		y := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Year()
		cases := []struct {
			month, day int
			want       Date
		}{
			{2, 21, Date{y - 594, 11, 8}},  // Ekushe: 8 Falgun
			{3, 26, Date{y - 594, 12, 12}}, // Independence Day: 12 Chaitra
			{12, 16, Date{y - 593, 9, 1}},  // Victory Day: 1 Poush
			{4, 14, Date{y - 593, 1, 1}},   // Pohela Boishakh
			{4, 13, Date{y - 594, 12, 30}}, // last day of Chaitra
		}
		for _, c := range cases {
			got, err := FromCivil(year, c.month, c.day, Revised2019)
			require.NoError(t, err)
			assert.Equal(t, c.want, got, "%d-%02d-%02d", year, c.month, c.day)
			y2, m2, d2, err := ToCivil(c.want, Revised2019)
			require.NoError(t, err)
			assert.Equal(t, [3]int{year, c.month, c.day}, [3]int{y2, m2, d2})
		}
	}
}

func TestMonthStarts2019(t *testing.T) {
	// 1 of each month, Boishakh..Chaitra, as Gregorian month-day.
	starts := [12][2]int{{4, 14}, {5, 15}, {6, 15}, {7, 16}, {8, 16}, {9, 16}, {10, 17}, {11, 16}, {12, 16}, {1, 15}, {2, 14}, {3, 15}}
	for _, by := range []int{1427, 1430, 1431, 1432} {
		for m, s := range starts {
			y, mo, d, err := ToCivil(Date{by, m + 1, 1}, Revised2019)
			require.NoError(t, err)
			wantY := by + 593
			if m >= 9 {
				wantY++
			}
			assert.Equal(t, [3]int{wantY, s[0], s[1]}, [3]int{y, mo, d}, "%d month %d", by, m+1)
		}
	}
}

// TestSweep2019 converts every day from 2019-10-17 to 2035-12-31 both
// ways and checks that consecutive days are consecutive Bengali dates.
func TestSweep2019(t *testing.T) {
	start := civilDays(2019, 10, 17)
	end := civilDays(2035, 12, 31)
	prev, err := FromCivil(2019, 10, 16, Revised2019)
	require.NoError(t, err)
	require.Equal(t, Date{1426, 6, 31}, prev)
	n := 0
	for day := start; day <= end; day++ {
		y, m, d := civilFromDays(day)
		bd, err := FromCivil(y, m, d, Revised2019)
		require.NoError(t, err)
		require.True(t, Valid(bd, Revised2019), "%v", bd)
		// Successor of prev.
		want := Date{prev.Year, prev.Month, prev.Day + 1}
		if want.Day > MonthLength(prev.Year, prev.Month, Revised2019) {
			want = Date{prev.Year, prev.Month + 1, 1}
			if want.Month > 12 {
				want = Date{prev.Year + 1, 1, 1}
			}
		}
		require.Equal(t, want, bd, "%d-%02d-%02d", y, m, d)
		y2, m2, d2, err := ToCivil(bd, Revised2019)
		require.NoError(t, err)
		require.Equal(t, [3]int{y, m, d}, [3]int{y2, m2, d2}, "%v", bd)
		if m == 2 && d == 21 {
			require.Equal(t, Date{y - 594, 11, 8}, bd)
		}
		if m == 3 && d == 26 {
			require.Equal(t, Date{y - 594, 12, 12}, bd)
		}
		if m == 12 && d == 16 {
			require.Equal(t, Date{y - 593, 9, 1}, bd)
		}
		if m == 4 && d == 14 {
			require.Equal(t, Date{y - 593, 1, 1}, bd)
		}
		prev = bd
		n++
	}
	require.Equal(t, end-start+1, n)
}

func TestRules(t *testing.T) {
	cases := []struct {
		greg string
		rule Rule
		want Date
	}{
		{"2018-12-16", Revised1987, Date{1425, 9, 2}},
		{"2018-12-16", Historical, Date{1425, 9, 2}},
		{"2018-12-16", Revised2019, Date{1425, 9, 1}},
		{"2019-02-21", Revised1987, Date{1425, 11, 9}},
		{"2019-02-21", Historical, Date{1425, 11, 9}},
		{"2020-02-21", Revised1987, Date{1426, 11, 9}},
		{"2020-02-21", Historical, Date{1426, 11, 8}},
		{"2019-10-16", Historical, Date{1426, 6, 31}},
		{"2019-10-16", Revised1987, Date{1426, 7, 1}},
		{"2019-10-17", Historical, Date{1426, 7, 1}},
		{"2019-09-16", Historical, Date{1426, 6, 1}},
		{"1971-03-26", Historical, Date{1377, 12, 12}},
		{"1971-12-16", Historical, Date{1378, 9, 2}},
		{"1952-02-21", Revised2019, Date{1358, 11, 8}},
		{"2024-03-14", Revised2019, Date{1430, 11, 30}}, // leap Falgun
		{"2024-03-14", Revised1987, Date{1430, 11, 31}}, // 1987: Falgun 31 in leap years, from 13 Feb
		{"2024-04-13", Revised1987, Date{1430, 12, 30}},
		{"2025-03-14", Revised2019, Date{1431, 11, 29}},
	}
	for _, c := range cases {
		got := FromGregorian(civil(t, c.greg), c.rule)
		assert.Equal(t, c.want, got, "%s %v", c.greg, c.rule)
		back, err := ToGregorian(c.want, c.rule)
		require.NoError(t, err)
		assert.Equal(t, c.greg, back.Format("2006-01-02"), "%v %v", c.want, c.rule)
	}
}

func TestSweepAllRules(t *testing.T) {
	for _, r := range []Rule{Revised2019, Revised1987, Historical} {
		prevY := 0
		for day := civilDays(1900, 1, 1); day <= civilDays(2100, 12, 31); day++ {
			y, m, d := civilFromDays(day)
			bd, err := FromCivil(y, m, d, r)
			require.NoError(t, err)
			y2, m2, d2, err := ToCivil(bd, r)
			require.NoError(t, err)
			if y2 != y || m2 != m || d2 != d {
				t.Fatalf("%v: %d-%d-%d -> %v -> %d-%d-%d", r, y, m, d, bd, y2, m2, d2)
			}
			if bd.Month == 1 && bd.Day == 1 {
				require.Equal(t, [2]int{4, 14}, [2]int{m, d})
				if prevY != 0 {
					require.Equal(t, prevY+1, bd.Year)
				}
				prevY = bd.Year
			}
		}
	}
}

func TestValid(t *testing.T) {
	cases := []struct {
		d    Date
		rule Rule
		ok   bool
	}{
		{Date{1430, 11, 30}, Revised2019, true},  // Falgun 1430 is in 2024, a leap year
		{Date{1431, 11, 30}, Revised2019, false}, // Falgun 1431 is in 2025
		{Date{1431, 11, 29}, Revised2019, true},
		{Date{1430, 11, 31}, Revised2019, false},
		{Date{1430, 11, 31}, Revised1987, true},
		{Date{1431, 11, 31}, Revised1987, false},
		{Date{1432, 6, 31}, Revised2019, true},
		{Date{1432, 6, 31}, Revised1987, false},
		{Date{1432, 7, 31}, Revised2019, false},
		{Date{1432, 1, 32}, Revised2019, false},
		{Date{1432, 0, 1}, Revised2019, false},
		{Date{1432, 13, 1}, Revised2019, false},
		{Date{1432, 1, 0}, Revised2019, false},
		{Date{1425, 6, 31}, Historical, false},
		{Date{1426, 6, 31}, Historical, true},
	}
	for _, c := range cases {
		assert.Equal(t, c.ok, Valid(c.d, c.rule), "%v %v", c.d, c.rule)
		_, _, _, err := ToCivil(c.d, c.rule)
		assert.Equal(t, c.ok, err == nil)
	}
	_, err := FromCivil(2025, 2, 29, Revised2019)
	assert.ErrorIs(t, err, ErrInvalid)
}

func TestNamesAndStrings(t *testing.T) {
	for m := 1; m <= 12; m++ {
		assert.True(t, norm.NFC.IsNormalString(MonthName(m)), MonthName(m))
	}
	assert.Equal(t, "বৈশাখ", MonthName(1))
	assert.Equal(t, "", MonthName(13))
	assert.Equal(t, "1432-03-28", Date{1432, 3, 28}.String())
	for _, s := range []string{"2019", "1987", "historical"} {
		r, err := ParseRule(s)
		require.NoError(t, err)
		assert.Equal(t, s, r.String())
	}
	_, err := ParseRule("wb")
	assert.Error(t, err)
}
