package numerals

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// rewriteByScan is the reference for DateRewriter: Scan's complete dates
// (and times) replaced by their value, every other byte kept.
func rewriteByScan(s string, times bool) string {
	var b strings.Builder
	last := 0
	for _, m := range (Scanner{NoNumbers: true}).Scan(s) {
		if !(m.Complete() || times && m.Kind == KindTime) {
			continue
		}
		b.WriteString(s[last:m.Start])
		b.WriteString(m.Value())
		last = m.End
	}
	b.WriteString(s[last:])
	return b.String()
}

func TestRewriteDates(t *testing.T) {
	cases := []struct{ in, want, wantTimes string }{
		{"আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২", "আপডেটঃ 2025-07-12 | ৯:০২", "আপডেটঃ 2025-07-12 | 09:02"},
		{"১২ জুলাই ২০২৫", "2025-07-12", ""},
		{"সভা ১২-১৪ জুলাই ২০২৫ রাত সাড়ে দশটায়", "সভা 2025-07-12/2025-07-14 রাত সাড়ে দশটায়", "সভা 2025-07-12/2025-07-14 22:30"},
		{"১লা বৈশাখ ১৪৩২ বঙ্গাব্দ", "2025-04-14", ""},
		{"জুলাই ২০২৫ ও ১২ জুলাই", "জুলাই ২০২৫ ও ১২ জুলাই", ""},
		{"কিছুই নেই", "কিছুই নেই", ""},
		{"৬,০০০ সেনা, ৩১ জুন ২০২৫", "৬,০০০ সেনা, ৩১ জুন ২০২৫", ""},
		{"a\n১২ জুলাই ২০২৫\r\nb ১/১/২০২৫", "a\n2025-07-12\r\nb 2025-01-01", ""},
		{"ভাঙা \xff ১২ জুলাই ২০২৫ \xe0\xa6", "ভাঙা \xff 2025-07-12 \xe0\xa6", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, RewriteDates(c.in), c.in)
		if c.wantTimes != "" {
			assert.Equal(t, c.wantTimes, NewDateRewriter(Scanner{}, true).String(c.in), c.in)
		}
	}
	s := "কোনো তারিখ নেই"
	out := RewriteDates(s)
	assert.Equal(t, s, out)
	assert.Equal(t, unsafeData(s), unsafeData(out), "String returns its argument unchanged")
}

func unsafeData(s string) *byte {
	if s == "" {
		return nil
	}
	return &[]byte(s[:1])[0]
}

// checkRewriter checks a DateRewriter on s: it agrees with Scan, streams
// over one-byte reads and tiny destination buffers, and is line-local.
func checkRewriter(t *testing.T, s string, times bool) {
	want := rewriteByScan(s, times)
	r := NewDateRewriter(Scanner{}, times)
	got := r.String(s)
	require.Equal(t, want, got, "String vs Scan for %q", s)

	// Streaming over one-byte reads.
	r.Reset()
	out, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), r))
	require.NoError(t, err)
	require.Equal(t, want, string(out), "one-byte reader for %q", s)

	// Tiny destination buffers and small source chunks.
	for _, size := range []int{1, 7, 64} {
		r.Reset()
		require.Equal(t, want, string(transformSmall(t, r, []byte(s), size)), "chunk %d for %q", size, s)
	}

	// Line-local: each line alone gives the same.
	var b strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		b.WriteString(r.String(line))
	}
	require.Equal(t, want, b.String(), "line by line for %q", s)
}

// transformSmall runs t over src in chunks of at most n bytes with a
// destination buffer of n bytes, growing it only when t makes no progress.
func transformSmall(tb testing.TB, t transform.Transformer, src []byte, n int) []byte {
	out, err := xtest.SmallBuffers(t, string(src), n, n)
	require.NoError(tb, err)
	return []byte(out)
}

func TestRewriterStreaming(t *testing.T) {
	inputs := []string{
		"আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২ 25 ভিউ\nশনিবার, ১২ই জুলাই ২০২৫ খ্রিস্টাব্দ, রাত সাড়ে দশটা\n",
		strings.Repeat("১২ জুলাই ২০২৫ ", 500),
		strings.Repeat("১", 5000) + " ১২ জুলাই ২০২৫",
		strings.Repeat("জু", 3000) + "১২/০৭/২০২৫",
		strings.Repeat("\u200c", 2000) + "১২ জুলাই ২০২৫",
		"১২ জুলাই" + strings.Repeat(" ", 3000) + "২০২৫",
	}
	for _, c := range readScanCases(t, "cases.tsv") {
		inputs = append(inputs, c.in)
	}
	if b, err := os.ReadFile("../../shared/seeds/000_07e39cf67280a7c5.txt"); err == nil {
		inputs = append(inputs, string(b))
	}
	if b, err := os.ReadFile("../testdata/dates/sample.txt"); err == nil {
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		checkRewriter(t, s, false)
		checkRewriter(t, s, true)
	}
}

// checkScan checks the invariants of Scan's matches.
func checkScan(t *testing.T, s string) {
	ms := Scan(s)
	last := 0
	for _, m := range ms {
		require.True(t, m.Start >= last && m.Start < m.End && m.End <= len(s), "span %d-%d after %d in %q", m.Start, m.End, last, s)
		require.Equal(t, s[m.Start:m.End], m.Text)
		require.NotContains(t, m.Text, "\n")
		if utf8.ValidString(s) {
			require.True(t, utf8.ValidString(m.Text))
		}
		switch m.Kind {
		case KindDate:
			require.NotEqual(t, PrecisionNone, m.Precision())
		case KindTime:
			require.True(t, m.Clock.Hour < 24 && m.Clock.Minute < 60 && m.Clock.Second < 60, "%v", m.Clock)
		}
		last = m.End
	}
}

func FuzzScan(f *testing.F) {
	for _, name := range []string{"cases.tsv", "times.tsv"} {
		b, err := os.ReadFile("../testdata/dates/" + name)
		require.NoError(f, err)
		for _, line := range bytes.Split(b, []byte("\n")) {
			in, _, _ := bytes.Cut(line, []byte("\t"))
			f.Add(string(in))
		}
	}
	f.Add("১২ জুলাই\n২০২৫")
	f.Add("১২-১৪-১৬ জুলাই ২০২৫ ১২:১২:১২:১২")
	f.Fuzz(func(t *testing.T, s string) {
		checkScan(t, s)
		checkRewriter(t, s, true)
	})
}
