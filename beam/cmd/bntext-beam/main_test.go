package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/cli"
	"github.com/bntext/bntext/internal/steps"
	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The test binary runs as bntext-beam when this variable is set, so the
// tests run the command in a process of its own without building it.
const asMain = "BNTEXT_BEAM_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMain) == "1" {
		os.Exit(run(os.Args[1:], os.Stderr))
	}
	os.Exit(m.Run())
}

const testdata = "../../../testdata/beam"

// bntextBeam runs the command and returns its exit code and stderr.
func bntextBeam(t *testing.T, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), asMain+"=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode(), stderr.String()
	}
	require.NoError(t, err)
	return 0, stderr.String()
}

// pipeLines returns the sorted output lines of `bntext pipe args` over each
// file on its own.
func pipeLines(t *testing.T, args []string, files ...string) []string {
	t.Helper()
	var lines []string
	for _, f := range files {
		var out, errb bytes.Buffer
		code := cli.Run(append(append([]string{"pipe", "-q"}, args...), f), nil, &out, &errb)
		require.Equal(t, cli.ExitOK, code, errb.String())
		if out.Len() > 0 {
			lines = append(lines, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")...)
		}
	}
	sort.Strings(lines)
	return lines
}

// shardLines returns the sorted lines of the files matching glob.
func shardLines(t *testing.T, glob string) []string {
	t.Helper()
	files, err := filepath.Glob(glob)
	require.NoError(t, err)
	require.NotEmpty(t, files, glob)
	var lines []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		if strings.HasSuffix(f, ".gz") {
			zr, err := gzip.NewReader(bytes.NewReader(b))
			require.NoError(t, err)
			b, err = io.ReadAll(zr)
			require.NoError(t, err)
		}
		if len(b) > 0 {
			lines = append(lines, strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")...)
		}
	}
	sort.Strings(lines)
	return lines
}

func TestRunMatchesPipe(t *testing.T) {
	dir := t.TempDir()
	list := strings.Join(steps.Names(), ",")
	stepArgs := []string{"--steps", list, "--with", "pipe-dari"}
	files := []string{
		filepath.Join(testdata, "news-1.txt"), filepath.Join(testdata, "news-2.txt"),
		filepath.Join(testdata, "news-3.txt.gz"), filepath.Join(testdata, "news-4.txt.zst"),
	}
	args := append([]string{"--runner=prism", "--output", dir + "/out/part.txt", "-v"}, stepArgs...)
	// Patterns as arguments, between flags and with --input.
	args = append(args, files[0], "--input", filepath.Join(testdata, "news-[23]*"), files[3])
	code, stderr := bntextBeam(t, args...)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, pipeLines(t, stepArgs, files...), shardLines(t, dir+"/out/part-*-of-*.txt"))
	assert.Contains(t, stderr, "bntext-beam: "+list+": ")
	assert.Regexp(t, `\d+ lines, [1-9]\d* changed`, stderr)

	// The output exists: refused before anything runs, unless --force.
	code, stderr = bntextBeam(t, "--output", dir+"/out/part.txt", files[0])
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "exists")

	// --force replaces it with three gzip shards; the old shard is gone.
	code, stderr = bntextBeam(t, "--force", "--output", dir+"/out/part.txt", "--shards", "3", "--steps", "normalize", files[0], files[1])
	require.Equal(t, 0, code, stderr)
	got, _ := filepath.Glob(dir + "/out/*")
	assert.Equal(t, []string{dir + "/out/part-00000-of-00003.txt", dir + "/out/part-00001-of-00003.txt", dir + "/out/part-00002-of-00003.txt"}, got)
	assert.Equal(t, pipeLines(t, []string{"--steps", "normalize"}, files[0], files[1]), shardLines(t, dir+"/out/part-*"))
}

func TestRunJSONL(t *testing.T) {
	dir := t.TempDir()
	in := []string{filepath.Join(testdata, "records-1.jsonl"), filepath.Join(testdata, "records-2.jsonl"), filepath.Join(testdata, "malformed.jsonl")}
	code, stderr := bntextBeam(t, "--output", dir+"/bad/", "--jsonl-field", "text", "--steps", "normalize", in[2])
	assert.Equal(t, 3, code, stderr)
	assert.Contains(t, stderr, "malformed JSON")

	code, stderr = bntextBeam(t, "--output", dir+"/ok/", "--jsonl-field", "text", "--skip-bad", "--steps", "normalize", in[0], in[1], in[2])
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "1 malformed JSON lines")
	assert.Equal(t, pipeLines(t, []string{"--jsonl-field", "text", "--skip-bad", "--steps", "normalize"}, in...), shardLines(t, dir+"/ok/part-*"))
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(testdata, "news-1.txt")
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{news}, 2, "--output PREFIX is required"},
		{[]string{"--output", dir + "/o"}, 2, "no input"},
		{[]string{"--output", dir + "/o", "--steps", "normalise", news}, 2, `unknown step "normalise"`},
		{[]string{"--output", dir + "/o", "--with", "no-such-op", "--steps", "normalize", news}, 2, "no-such-op"},
		{[]string{"--output", dir + "/o", "--no-such-flag", news}, 2, "no-such-flag"},
		{[]string{"--output", dir + "/o", "--skip-bad", "--steps", "normalize", news}, 2, "--jsonl-field"},
		{[]string{"--output", dir + "/o", "--shards", "-1", "--steps", "normalize", news}, 2, "--shards"},
		{[]string{"--output", "nofs://x/o", "--steps", "normalize", news}, 2, "nofs"},
		{[]string{"--output", dir + "/o", "--steps", "normalize", dir + "/missing.txt"}, 1, "no such file"},
		{[]string{"--output", dir + "/o", "--steps", "normalize", dir + "/*.none"}, 1, "no such file"},
	}
	for _, tt := range tests {
		code, stderr := bntextBeam(t, tt.args...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, stderr)
		assert.Contains(t, stderr, tt.msg, tt.args)
	}

	// An output shard that is also an input is never written over.
	shard := dir + "/in/part-00000-of-00001.txt"
	require.NoError(t, os.MkdirAll(dir+"/in", 0o755))
	require.NoError(t, os.WriteFile(shard, []byte("দু:খ\n"), 0o644))
	code, stderr := bntextBeam(t, "--force", "--steps", "normalize", "--output", dir+"/in/part.txt", dir+"/in/*")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "both an input and a shard")
	b, _ := os.ReadFile(shard)
	assert.Equal(t, "দু:খ\n", string(b))
}

func TestHelp(t *testing.T) {
	code, stderr := bntextBeam(t, "--help")
	assert.Equal(t, 0, code)
	for _, want := range []string{"Usage: bntext-beam", "-steps", "-with", "-jsonl-field", "-shards", "-runner", "-endpoint", "dataflow", "Exit codes"} {
		assert.Contains(t, stderr, want)
	}
}
