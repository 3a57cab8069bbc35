package numerals

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// dateUpdateGolden reports whether -update was given (the flag is
// registered once for the package's tests).
func dateUpdateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkDateGolden compares got with testdata/dates/name, or rewrites the
// file with -update.
func checkDateGolden(t *testing.T, name, got string) {
	t.Helper()
	path := "../testdata/dates/" + name
	if dateUpdateGolden() {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	require.Equal(t, string(want), got)
}

// TestDateGolden runs the scanner and the rewriter over
// testdata/dates/sample.txt (and cases.tsv, times.tsv) and compares with
// the golden files.
func TestDateGolden(t *testing.T) {
	for _, in := range []string{"sample.txt", "cases.tsv", "times.tsv"} {
		b, err := os.ReadFile("../testdata/dates/" + in)
		require.NoError(t, err)
		text := string(b)
		base := strings.TrimSuffix(strings.TrimSuffix(in, ".txt"), ".tsv")

		var scan strings.Builder
		for i, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			scan.WriteString(`{"line":`)
			scan.WriteString(itoaDate(i + 1))
			scan.WriteString(`,"matches":[`)
			for k, m := range Scan(line) {
				if k > 0 {
					scan.WriteByte(',')
				}
				j, err := m.MarshalJSON()
				require.NoError(t, err)
				scan.Write(j)
			}
			scan.WriteString("]}\n")
		}
		checkDateGolden(t, base+".scan.golden", scan.String())
		checkDateGolden(t, base+".dates.golden", RewriteDates(text))
		checkDateGolden(t, base+".times.golden", NewDateRewriter(Scanner{}, true).String(text))
	}
}

func itoaDate(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoaDate(n/10) + string(rune('0'+n%10))
}
