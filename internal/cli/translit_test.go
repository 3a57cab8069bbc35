package cli

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTranslitLines checks one output line per input line on a larger
// input, on several workers.
func TestTranslitLines(t *testing.T) {
	src, err := os.ReadFile("../../testdata/translit/names.txt")
	require.NoError(t, err)
	in := bytes.Repeat(src, 50)
	for _, args := range [][]string{
		{"translit", "-j", "3"},
		{"translit", "--variants", "-j", "2"},
		{"translit", "--scheme", "iso15919"},
		{"translit", "--scheme", "ascii", "-j", "4"},
	} {
		var stdout, stderr bytes.Buffer
		code := Run(args, bytes.NewReader(in), &stdout, &stderr)
		require.Equal(t, ExitOK, code, stderr.String())
		assert.Equal(t, bytes.Count(in, []byte("\n")), bytes.Count(stdout.Bytes(), []byte("\n")), "%v", args)
	}
}

// BenchmarkTranslitISO15919 runs the command over a file of Bengali news
// text, the way a user does (one worker).
func BenchmarkTranslitISO15919(b *testing.B) { benchTranslit(b, "iso15919") }

// BenchmarkTranslitNames is BenchmarkTranslitISO15919 for the names scheme.
func BenchmarkTranslitNames(b *testing.B) { benchTranslit(b, "names") }

func benchTranslit(b *testing.B, scheme string) {
	src, err := os.ReadFile("../../testdata/translit/sample.txt")
	require.NoError(b, err)
	in := bytes.Repeat(src, (4<<20)/len(src))
	path := filepath.Join(b.TempDir(), "in.txt")
	require.NoError(b, os.WriteFile(path, in, 0o644))
	b.SetBytes(int64(len(in)))
	b.ResetTimer()
	for range b.N {
		var stderr bytes.Buffer
		if code := Run([]string{"translit", "--scheme", scheme, "-j", "1", path}, strings.NewReader(""), io.Discard, &stderr); code != ExitOK {
			b.Fatal(stderr.String())
		}
	}
}
