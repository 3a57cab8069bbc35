package steps

import (
	"flag"
	"fmt"
	"time"

	"github.com/bntext/bntext/numerals"
	"github.com/bntext/bntext/numerals/bangabda"
	"golang.org/x/text/transform"
)

func init() {
	Register(Step{
		Name:    "dates",
		Summary: "rewrite complete dates as ISO 8601 (--times: times too)",
		About: `Rewrites every complete date of running text (day, month and year, in any
of the common Bengali forms, or a range of such dates) as ISO 8601:
"১২ জুলাই, ২০২৫" -> 2025-07-12, "১২-১৪ জুলাই ২০২৫" -> 2025-07-12/2025-07-14,
"১লা বৈশাখ ১৪৩২" -> 2025-04-14 (Bengali-calendar dates become Gregorian).
Partial dates (জুলাই ২০২৫, ১২ জুলাই) and every other byte stay as they are.
With --times, times of day become HH:MM on the 24-hour clock
("রাত সাড়ে দশটা" -> 22:30). 'bntext scan' shows what is found.`,
		Order: 40,
		Bind: func(fs *flag.FlagSet) func() (Factory, error) {
			times := fs.Bool("times", false, "also rewrite times of day as HH:MM")
			bind := BindScannerFlags(fs)
			return func() (Factory, error) {
				s, err := bind()
				if err != nil {
					return nil, err
				}
				t := *times
				return func() transform.Transformer { return numerals.NewDateRewriter(s, t) }, nil
			}
		},
	})
}

// BindScannerFlags registers the flags of numerals.Scanner on fs
// (--ref-date, --bangabda-rule) and returns the function that builds the
// Scanner once fs is parsed. bntext scan shares them with the dates step.
func BindScannerFlags(fs *flag.FlagSet) func() (numerals.Scanner, error) {
	ref := fs.String("ref-date", "", "resolve a day and month written without a year to the year nearest to `YYYY-MM-DD` (default: leave them as --MM-DD)")
	rule := fs.String("bangabda-rule", "2019", "convert Bengali-calendar dates under the Bangladesh `RULE`: 2019 (the revised calendar in force since Oct 2019), 1987, or historical (1987 before 1426, 2019 after)")
	return func() (numerals.Scanner, error) {
		return ScannerFor(*ref, *rule)
	}
}

// ScannerFor returns the Scanner for the values of --ref-date and
// --bangabda-rule.
func ScannerFor(ref, rule string) (numerals.Scanner, error) {
	var s numerals.Scanner
	if ref != "" {
		t, err := time.Parse("2006-01-02", ref)
		if err != nil {
			return s, fmt.Errorf("invalid --ref-date %q: want YYYY-MM-DD", ref)
		}
		s.Ref = t
	}
	r, err := bangabda.ParseRule(rule)
	if err != nil {
		return s, fmt.Errorf("invalid --bangabda-rule %q: want 2019, 1987 or historical", rule)
	}
	s.Rule = r
	return s, nil
}
