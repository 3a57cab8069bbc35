package transliterate_test

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bntext/bntext/transliterate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/translit")

// TestGolden runs the sample files of testdata/translit through every
// scheme and compares with the .golden files; go test -update rewrites
// them.
func TestGolden(t *testing.T) {
	allSpellings := must(transliterate.New(transliterate.SchemeNames, transliterate.AllSpellings()))
	schemes := []struct {
		name string
		tr   *transliterate.Transliterator
	}{
		{"names", transliterate.Names},
		{"variants", allSpellings},
		{"iso15919", transliterate.ISO15919},
		{"ascii", transliterate.ASCII},
	}
	for _, in := range []string{"sample", "names"} {
		src, err := os.ReadFile(filepath.Join("..", "testdata", "translit", in+".txt"))
		require.NoError(t, err)
		for _, s := range schemes {
			if s.name == "variants" && in != "names" {
				continue // every spelling of running text is too long to read
			}
			got := s.tr.Bytes(src)
			path := filepath.Join("..", "testdata", "translit", in+"."+s.name+".golden")
			if *update {
				require.NoError(t, os.WriteFile(path, got, 0o644))
				continue
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test -update")
			assert.Equal(t, string(want), string(got), path)
			if s.name == "iso15919" {
				// And back, for the lines without Latin text of their own.
				isoLines := strings.Split(string(got), "\n")
				for i, l := range strings.Split(string(src), "\n") {
					if inRoundTripDomain(l) {
						assert.Equal(t, wantBack(l), transliterate.FromISO15919.String(isoLines[i]), "%s:%d", path, i+1)
					}
				}
			}
		}
	}
}
