package numerals

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanCase is one line of testdata/dates/cases.tsv or times.tsv.
type scanCase struct {
	group, in, want string
}

func readScanCases(t *testing.T, name string) []scanCase {
	t.Helper()
	f, err := os.Open("../testdata/dates/" + name)
	require.NoError(t, err)
	defer f.Close()
	var cases []scanCase
	group := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "## "):
			group = line[3:]
			continue
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		}
		in, want, ok := strings.Cut(line, "\t")
		require.True(t, ok, "no tab: %q", line)
		cases = append(cases, scanCase{group, in, want})
	}
	require.NoError(t, sc.Err())
	return cases
}

// firstValue returns the value of the first match of kind k, or "".
func firstValue(ms []Match, k Kind) string {
	for _, m := range ms {
		if m.Kind == k {
			return m.Value()
		}
	}
	return ""
}

func testScanTable(t *testing.T, file string, kind Kind) {
	cases := readScanCases(t, file)
	perGroup := map[string][2]int{}
	var groups []string
	for _, c := range cases {
		ms := Scan(c.in)
		got := firstValue(ms, kind)
		g, seen := perGroup[c.group]
		if !seen {
			groups = append(groups, c.group)
		}
		g[1]++
		if got == c.want {
			g[0]++
		}
		perGroup[c.group] = g
		assert.Equal(t, c.want, got, "%s: %s", c.group, c.in)
	}
	total, right := 0, 0
	for _, g := range groups {
		s := perGroup[g]
		t.Logf("%-12s %3d/%3d", g, s[0], s[1])
		right += s[0]
		total += s[1]
	}
	t.Logf("%-12s %3d/%3d (%.1f%%)", "total", right, total, 100*float64(right)/float64(total))
}

func TestScanDateTable(t *testing.T) { testScanTable(t, "cases.tsv", KindDate) }

func TestScanTimeTable(t *testing.T) { testScanTable(t, "times.tsv", KindTime) }

// scanSpellings returns s in other encodings a reader sees as the same
// text: nukta letters precomposed, ো and ৌ in two parts, and ZWNJ/ZWJ
// after every letter.
func scanSpellings(s string) []string {
	composed := strings.NewReplacer("য\u09bc", "\u09df", "ড\u09bc", "\u09dc", "ঢ\u09bc", "\u09dd").Replace(s)
	decomposed := strings.NewReplacer("\u09df", "য\u09bc", "\u09dc", "ড\u09bc", "\u09dd", "ঢ\u09bc").Replace(s)
	split := strings.NewReplacer("\u09cb", "\u09c7\u09be", "\u09cc", "\u09c7\u09d7").Replace(decomposed)
	var zw strings.Builder
	for i, r := range s {
		zw.WriteRune(r)
		if r >= 0x0995 && r <= 0x09b9 && i%2 == 0 {
			zw.WriteString("\u200c")
		} else if r >= 0x0995 && r <= 0x09b9 {
			zw.WriteString("\u200d")
		}
	}
	return []string{composed, decomposed, split, zw.String()}
}

// TestScanSpellings checks that every case gives the same value in every
// Unicode spelling.
func TestScanSpellings(t *testing.T) {
	for _, file := range []struct {
		name string
		kind Kind
	}{{"cases.tsv", KindDate}, {"times.tsv", KindTime}} {
		for _, c := range readScanCases(t, file.name) {
			for _, v := range scanSpellings(c.in) {
				assert.Equal(t, c.want, firstValue(Scan(v), file.kind), "%q (from %s)", v, c.in)
			}
		}
	}
}
