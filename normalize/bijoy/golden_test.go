package bijoy_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/bijoy")

// TestGolden converts every testdata/bijoy/*.in.txt in Auto mode and
// compares with the .want.txt beside it (written by hand; -update rewrites
// them from the current output, to be reviewed before committing).
func TestGolden(t *testing.T) {
	ins, err := filepath.Glob("../../testdata/bijoy/*.in.txt")
	require.NoError(t, err)
	require.NotEmpty(t, ins)
	for _, in := range ins {
		src, err := os.ReadFile(in)
		require.NoError(t, err)
		got := bijoy.String(bijoy.Auto, string(src))
		wantFile := strings.TrimSuffix(in, ".in.txt") + ".want.txt"
		if *update {
			require.NoError(t, os.WriteFile(wantFile, []byte(got), 0o644))
			continue
		}
		want, err := os.ReadFile(wantFile)
		require.NoError(t, err)
		assert.Equal(t, norm.NFC.String(string(want)), got, in)
		checkStreaming(t, string(src))
	}
}
