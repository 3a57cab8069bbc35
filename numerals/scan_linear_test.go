package numerals

import (
	"strings"
	"testing"
	"time"

	"github.com/bntext/bntext/internal/xtest"
)

// scanAdversarial are inputs built to make a scanner backtrack: long digit
// runs, runs of separators, dates that almost match, words that start
// like month names, and invisible characters.
var scanAdversarial = map[string]string{
	"digits":       "১",
	"ascii-digits": "9",
	"grouped":      "১,",
	"dotted":       "১.",
	"slashed":      "১/",
	"dashes":       "১-",
	"colons":       "১:",
	"day-month":    "১২ জুলাই ",
	"almost-date":  "১২ জুলাই ২০",
	"ranges":       "১-২ ",
	"month-words":  "জুলাই ",
	"weekdays":     "শনিবার, ",
	"periods":      "রাত সাড়ে ",
	"word-prefix":  "জু",
	"zwj":          "\u200d",
	"nukta":        "য়",
	"spaces-dates": "১২ জুলাই        ",
	"mixed":        "১২/০৭/২০২৫ ৯:০২ ",
	"number-words": "দুই হাজার ",
	"day-words":    "এক দুই তিন চার ",
	"year-words":   "উনিশশো একাত্তর সালের ",
}

// scanCost returns the CPU time Scan and the rewriter take on text (best
// of three; CPU time rather than wall time, so that other processes on a
// shared machine do not count).
func scanCost(text string) time.Duration {
	best := time.Duration(1 << 62)
	r := NewDateRewriter(Scanner{}, true)
	for range 3 {
		start := xtest.CPUTime()
		Scan(text)
		r.String(text)
		best = min(best, xtest.CPUTime()-start)
	}
	return best
}

// TestScanLinear checks that the cost grows linearly: 16 times the input
// must not take more than 16 times as long, with a wide margin for a
// noisy machine (a quadratic cost would take 256 times as long).
func TestScanLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	small, large := 1<<14, 1<<18
	for name, unit := range scanAdversarial {
		a := strings.Repeat(unit, small/len(unit)+1)
		b := strings.Repeat(unit, large/len(unit)+1)
		ca, cb := scanCost(a), scanCost(b)
		ratio := float64(cb) / float64(max(ca, time.Microsecond))
		t.Logf("%-13s %8.2f MB/s at 16 KiB, %8.2f MB/s at 256 KiB (x%.1f)", name,
			float64(len(a))/ca.Seconds()/1e6, float64(len(b))/cb.Seconds()/1e6, ratio)
		if ratio > 64 {
			t.Errorf("%s: 16x the input took %.1fx the time", name, ratio)
		}
	}
}
