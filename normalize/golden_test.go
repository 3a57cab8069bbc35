package normalize

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden compares got with the file testdata/normalize/name, or rewrites
// it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "normalize", name)
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	require.Equal(t, string(want), got)
}

func TestGolden(t *testing.T) {
	in, err := os.ReadFile("../testdata/sample.txt")
	require.NoError(t, err)
	out := Default.String(string(in))
	golden(t, "sample.want.txt", out)
	require.Equal(t, strings.Count(string(in), "\n"), strings.Count(out, "\n"), "line count")

	var b strings.Builder
	for i, line := range strings.SplitAfter(string(in), "\n") {
		_, changes := Default.Explain(line)
		for _, c := range changes {
			rec, err := json.Marshal(map[string]any{"line": i + 1, "op": c.Op.String(), "start": c.Start,
				"end": c.End, "out_start": c.OutStart, "out_end": c.OutEnd, "before": c.Before, "after": c.After})
			require.NoError(t, err)
			b.Write(rec)
			b.WriteByte('\n')
		}
	}
	golden(t, "sample.explain.jsonl", b.String())
}
