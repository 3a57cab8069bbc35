package bangabda_test

import (
	"fmt"
	"time"

	"github.com/bntext/bntext/numerals/bangabda"
)

func ExampleFromGregorian() {
	d := bangabda.FromGregorian(time.Date(2025, 2, 21, 0, 0, 0, 0, time.UTC), bangabda.Revised2019)
	fmt.Println(d, d.Day, bangabda.MonthName(d.Month))
	// Output: 1431-11-08 8 ফাল্গুন
}

func ExampleToGregorian() {
	t, err := bangabda.ToGregorian(bangabda.Date{Year: 1432, Month: 1, Day: 1}, bangabda.Revised2019)
	fmt.Println(t.Format("2006-01-02"), err)
	_, err = bangabda.ToGregorian(bangabda.Date{Year: 1431, Month: 11, Day: 30}, bangabda.Revised2019)
	fmt.Println(err)
	// Output:
	// 2025-04-14 <nil>
	// bangabda: invalid date
}

func ExampleFromCivil() {
	for _, r := range []bangabda.Rule{bangabda.Revised2019, bangabda.Revised1987, bangabda.Historical} {
		d, _ := bangabda.FromCivil(2018, 12, 16, r)
		fmt.Println(r, d)
	}
	// Output:
	// 2019 1425-09-01
	// 1987 1425-09-02
	// historical 1425-09-02
}

func ExampleToCivil() {
	y, m, d, _ := bangabda.ToCivil(bangabda.Date{Year: 1432, Month: 12, Day: 12}, bangabda.Revised2019)
	fmt.Println(y, m, d)
	// Output: 2026 3 26
}

func ExampleValid() {
	fmt.Println(bangabda.Valid(bangabda.Date{Year: 1430, Month: 11, Day: 30}, bangabda.Revised2019))
	fmt.Println(bangabda.Valid(bangabda.Date{Year: 1431, Month: 11, Day: 30}, bangabda.Revised2019))
	// Output:
	// true
	// false
}

func ExampleMonthLength() {
	fmt.Println(bangabda.MonthLength(1432, 6, bangabda.Revised2019), bangabda.MonthLength(1432, 6, bangabda.Revised1987))
	// Output: 31 30
}
