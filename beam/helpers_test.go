package beam

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/cli"
	"github.com/bntext/bntext/internal/steps"
	"github.com/stretchr/testify/require"
)

const testdata = "../testdata/beam"

// textInputs returns the plain, gzip and zstd test files, and the shared
// seed corpus when it is there.
func textInputs(t testing.TB) []string {
	files := []string{"news-1.txt", "news-2.txt", "news-3.txt.gz", "news-4.txt.zst"}
	for i, f := range files {
		files[i] = filepath.Join(testdata, f)
	}
	seeds, _ := filepath.Glob("../../shared/seeds/*.txt")
	return append(files, seeds...)
}

func jsonlInputs() []string {
	return []string{filepath.Join(testdata, "records-1.jsonl"), filepath.Join(testdata, "records-2.jsonl")}
}

// available reports whether every step of list is registered.
func available(list string) bool {
	if list == "" {
		list = steps.DefaultPipeline
	}
	for _, name := range strings.Split(list, ",") {
		if _, ok := steps.Lookup(name); !ok {
			return false
		}
	}
	return true
}

// textConfigs are the configurations the tests compare with `bntext pipe`:
// the default pipeline, normalize with options, every registered step in
// order, and the steps with options, each as soon as its steps exist.
func textConfigs(t testing.TB) []Config {
	all := strings.Join(steps.Names(), ",")
	cands := []Config{
		{},
		{Steps: "normalize", Args: []string{"--with=pipe-dari,double-dari", "--without", "strip-zwsp"}},
		{Steps: all},
		{Steps: "fix,normalize,digits", Args: []string{"--bijoy=auto", "--to", "bengali", "--with=pipe-dari"}},
		{Steps: "fix,normalize,dates,translit"},
		{Steps: "fix,translit", Args: []string{"--scheme", "iso15919", "--html"}},
	}
	var out []Config
	for _, c := range cands {
		if !available(c.Steps) {
			t.Logf("steps %q not all registered yet: skipped", c.Steps)
			continue
		}
		out = append(out, c)
	}
	return out
}

func configName(c Config) string {
	name := c.Steps
	if name == "" {
		name = "default"
	}
	return strings.Join(append([]string{name}, c.Args...), " ")
}

// cliArgs returns the `bntext pipe` arguments that do what c does.
func cliArgs(c Config) []string {
	args := []string{"pipe"}
	if c.Steps != "" {
		args = append(args, "--steps", c.Steps)
	}
	args = append(args, c.Args...)
	if c.Field != "" {
		args = append(args, "--jsonl-field", c.Field)
	}
	if c.SkipBad {
		args = append(args, "--skip-bad")
	}
	if c.Strict {
		args = append(args, "--strict")
	}
	return append(args, "-q", "-j", "1")
}

// cliLines returns the output lines of `bntext pipe` for c over each file
// on its own.
func cliLines(t testing.TB, c Config, files ...string) []string {
	t.Helper()
	var lines []string
	for _, f := range files {
		var out, errb bytes.Buffer
		code := cli.Run(append(cliArgs(c), f), nil, &out, &errb)
		require.Equal(t, cli.ExitOK, code, "bntext %v %s: %s", cliArgs(c), f, errb.String())
		lines = append(lines, splitLines(out.Bytes())...)
	}
	return lines
}

// splitLines splits b into lines without their "\n".
func splitLines(b []byte) []string {
	if len(b) == 0 {
		return nil
	}
	s := strings.Split(string(bytes.TrimSuffix(b, []byte("\n"))), "\n")
	return s
}

// fileLines returns the lines of a (possibly compressed) file.
func fileLines(t testing.TB, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	r, err := decompress(f, compression(path))
	require.NoError(t, err)
	defer r.Close()
	b, err := io.ReadAll(r)
	require.NoError(t, err)
	return splitLines(b)
}

func sorted(lines []string) []string {
	s := append([]string(nil), lines...)
	sort.Strings(s)
	return s
}
