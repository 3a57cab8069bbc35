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
