package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestTranslitScripts runs the CLI cases of testdata/translit/cli, in the
// format of TestScripts.
func TestTranslitScripts(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/translit/cli/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			s := parseScript(t, string(text))
			var stdout, stderr bytes.Buffer
			code := Run(s.args, strings.NewReader(s.stdin), &stdout, &stderr)
			assert.Equal(t, s.exit, code, "exit code; stderr: %s", stderr.String())
			if s.stdout != nil {
				assert.Equal(t, *s.stdout, stdout.String(), "stdout")
			}
			for _, l := range s.stderr {
				assert.Contains(t, stderr.String(), l, "stderr")
			}
		})
	}
}

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
