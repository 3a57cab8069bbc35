package numerals

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden files under testdata/numerals")

const goldenDir = "../testdata/numerals"

// checkGolden compares got with the golden file name, or rewrites it with
// -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *updateGolden {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(got), "%s differs; run go test -update if the change is right", name)
}

func TestGoldenSample(t *testing.T) {
	in, err := os.ReadFile(filepath.Join(goldenDir, "sample.txt"))
	require.NoError(t, err)
	ascii := ToASCII.Bytes(in)
	checkGolden(t, "sample.ascii.txt", ascii)
	checkGolden(t, "sample.bengali.txt", ToBengali.Bytes(ascii))
	// Invalid UTF-8 and every non-digit byte survive both ways.
	assert.Equal(t, ascii, ToASCII.Bytes(ToBengali.Bytes(ascii)))

	var out bytes.Buffer
	for n, line := range bytes.Split(in, []byte("\n")) {
		for i := 0; i < len(line); {
			k, num, ok := MatchNumber(line, i)
			if ok {
				fmt.Fprintf(&out, "%d:%d-%d\t%s\t%v\n", n+1, i, i+k, line[i:i+k], num)
			}
			i += k
		}
	}
	checkGolden(t, "sample.matches.txt", out.Bytes())
}
