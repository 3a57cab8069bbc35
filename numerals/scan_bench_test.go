package numerals

import (
	"io"
	"os"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/transform"
)

// benchNews is Bengali news text: the shared sample article when it is
// there, and testdata/dates/sample.txt, repeated to about 1 MB.
var benchNews = sync.OnceValue(func() string {
	var parts []string
	if b, err := os.ReadFile("../../shared/seeds/000_07e39cf67280a7c5.txt"); err == nil {
		parts = append(parts, string(b))
	}
	if b, err := os.ReadFile("../testdata/dates/sample.txt"); err == nil {
		parts = append(parts, string(b))
	}
	unit := strings.Join(parts, "\n")
	return strings.Repeat(unit, 1<<20/max(len(unit), 1)+1)
})

func BenchmarkRewriteDatesNews(b *testing.B) {
	text := benchNews()
	r := NewDateRewriter(Scanner{}, false)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.String(text)
	}
}

func BenchmarkRewriteDatesReaderNews(b *testing.B) {
	text := benchNews()
	r := NewDateRewriter(Scanner{}, true)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		r.Reset()
		io.Copy(io.Discard, transform.NewReader(strings.NewReader(text), r))
	}
}

func BenchmarkScanNews(b *testing.B) {
	text := benchNews()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Scan(text)
	}
}

func BenchmarkScanDatesOnlyNews(b *testing.B) {
	text := benchNews()
	s := Scanner{NoNumbers: true}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Scan(text)
	}
}

// BenchmarkScanShort measures short strings, one date each.
func BenchmarkScanShort(b *testing.B) {
	lines := []string{"১২ জুলাই ২০২৫", "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২", "রাত সাড়ে দশটা", "১লা বৈশাখ ১৪৩২", "৬,০০০ সেনা"}
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			Scan(l)
		}
	}
}
