package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A script is a CLI test case in testdata/cli/*.txt:
//
//	# what the case checks
//	args: normalize --with pipe-dari
//	exit: 0
//	-- stdin --
//	...
//	-- stdout --
//	...
//	-- stderr --
//	... (every line must appear in standard error)
//	-- file NAME --
//	... (a file created in the working directory before the run)
//
// Sections end at the next "-- " line. stdout is compared byte for byte;
// a section body that ends without a newline before the next marker is
// written as "\\no newline" on its own last line.
type script struct {
	args   []string
	exit   int
	stdin  string
	stdout *string
	stderr []string
	files  map[string]string
}

func parseScript(t *testing.T, text string) script {
	s := script{files: map[string]string{}}
	lines := strings.SplitAfter(text, "\n")
	i := 0
	for ; i < len(lines) && !strings.HasPrefix(lines[i], "-- "); i++ {
		l := strings.TrimSpace(lines[i])
		switch {
		case strings.HasPrefix(l, "args:"):
			s.args = strings.Fields(strings.TrimPrefix(l, "args:"))
		case strings.HasPrefix(l, "exit:"):
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(l, "exit:")))
			require.NoError(t, err)
			s.exit = n
		}
	}
	for i < len(lines) {
		name := strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(lines[i], "-- ")), " --")
		i++
		var body strings.Builder
		for ; i < len(lines) && !strings.HasPrefix(lines[i], "-- "); i++ {
			body.WriteString(lines[i])
		}
		b := body.String()
		if strings.HasSuffix(b, "\\no newline\n") {
			b = strings.TrimSuffix(b, "\\no newline\n")
			b = strings.TrimSuffix(b, "\n")
		}
		switch {
		case name == "stdin":
			s.stdin = b
		case name == "stdout":
			s.stdout = &b
		case name == "stderr":
			for _, l := range strings.Split(strings.TrimSpace(b), "\n") {
				if l != "" {
					s.stderr = append(s.stderr, l)
				}
			}
		case strings.HasPrefix(name, "file "):
			s.files[strings.TrimPrefix(name, "file ")] = b
		default:
			t.Fatalf("unknown section %q", name)
		}
	}
	return s
}

// TestScripts runs testdata/cli/*.txt and the scripts of each area in
// testdata/AREA/cli/*.txt.
func TestScripts(t *testing.T) {
	paths, err := filepath.Glob("../../testdata/cli/*.txt")
	require.NoError(t, err)
	more, err := filepath.Glob("../../testdata/*/cli/*.txt")
	require.NoError(t, err)
	paths = append(paths, more...)
	require.NotEmpty(t, paths)
	for _, path := range paths {
		name, _ := filepath.Rel("../../testdata", path)
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			s := parseScript(t, string(text))
			dir := t.TempDir()
			for name, body := range s.files {
				require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644))
			}
			t.Chdir(dir)
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
