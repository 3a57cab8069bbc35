package cli

import (
	"bytes"
	"compress/gzip"
	"errors"
	"flag"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bntext/bntext/internal/steps"
	"github.com/klauspost/compress/zstd"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func run(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	require.NoError(t, os.WriteFile(path, []byte(body), 0o644))
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return string(b)
}

func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.txt")
	out := filepath.Join(dir, "out.txt")
	writeFile(t, in, "অাম\n")
	code, stdout, stderr := run(t, "", "normalize", "-o", out, in)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	assert.Equal(t, "আম\n", readFile(t, out))
	// Never over an input.
	code, _, stderr = run(t, "", "normalize", "-o", in, in)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "refusing")
	assert.Equal(t, "অাম\n", readFile(t, in))
	// No temporary file is left behind.
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 2)
}

// TestOutputDevice: -o /dev/null writes to the device and leaves it one.
func TestOutputDevice(t *testing.T) {
	code, _, stderr := run(t, "অাম\n", "normalize", "-o", os.DevNull)
	require.Equal(t, 0, code, stderr)
	fi, err := os.Stat(os.DevNull)
	require.NoError(t, err)
	assert.False(t, fi.Mode().IsRegular(), "%s became a regular file", os.DevNull)
}

func TestOutputDir(t *testing.T) {
	dir := t.TempDir()
	outDir := filepath.Join(dir, "out") + "/"
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	writeFile(t, a, "অাম\n")
	writeFile(t, b, "দু:খ")
	code, stdout, stderr := run(t, "", "normalize", "-o", outDir, a, b)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	assert.Equal(t, "আম\n", readFile(t, filepath.Join(outDir, "a.txt")))
	assert.Equal(t, "দুঃখ", readFile(t, filepath.Join(outDir, "b.txt")))
	// An existing output is not overwritten without --force.
	writeFile(t, a, "অাজ\n")
	code, _, stderr = run(t, "", "normalize", "-o", outDir, a, b)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "--force")
	assert.Equal(t, "আম\n", readFile(t, filepath.Join(outDir, "a.txt")))
	code, _, stderr = run(t, "", "normalize", "--force", "-o", outDir, a, b)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "আজ\n", readFile(t, filepath.Join(outDir, "a.txt")))
	// Never over an input: the input directory as output.
	code, _, stderr = run(t, "", "normalize", "--force", "-o", dir, a)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "refusing")
	assert.Equal(t, "অাজ\n", readFile(t, a))
}

func TestCompressed(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("অাম দু:খ\nবাংলা\n", 5000)
	want := strings.Repeat("আম দুঃখ\nবাংলা\n", 5000)
	gz := filepath.Join(dir, "in.txt.gz")
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(text))
	zw.Close()
	writeFile(t, gz, buf.String())
	zs := filepath.Join(dir, "in.txt.zst")
	enc, _ := zstd.NewWriter(nil)
	writeFile(t, zs, string(enc.EncodeAll([]byte(text), nil)))

	for _, in := range []string{gz, zs} {
		code, stdout, stderr := run(t, "", "normalize", in)
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, want, stdout, in)
	}
	for _, out := range []string{"out.txt.gz", "out.txt.zst"} {
		path := filepath.Join(dir, out)
		code, _, stderr := run(t, "", "normalize", "-o", path, gz)
		require.Equal(t, 0, code, stderr)
		r, closeFn, _, err := (&app{}).openInput(path)
		require.NoError(t, err)
		got, err := io.ReadAll(r)
		closeFn()
		require.NoError(t, err)
		assert.Equal(t, want, string(got), out)
	}
	// Several compressed files into a directory keep their names.
	outDir := filepath.Join(dir, "o") + "/"
	code, _, stderr := run(t, "", "normalize", "-o", outDir, gz, zs)
	require.Equal(t, 0, code, stderr)
	assert.FileExists(t, filepath.Join(outDir, "in.txt.gz"))
	assert.FileExists(t, filepath.Join(outDir, "in.txt.zst"))
}

// TestWorkersKeepOrder: any -j and any block size give the same bytes.
func TestWorkersKeepOrder(t *testing.T) {
	var b strings.Builder
	for i := range 3000 {
		b.WriteString(strings.Repeat("অাম ", i%17))
		b.WriteString("দু:খ\n")
	}
	text := b.String() + "শেষ লাইন অা"
	code, want, _ := run(t, text, "normalize", "-j", "1")
	require.Equal(t, 0, code)
	for _, j := range []int{1, 2, 5} {
		for _, block := range []int{7, 100, 4096} {
			var out, errb bytes.Buffer
			a := &app{stdin: strings.NewReader(text), stdout: &out, stderr: &errb}
			fl := &ioFlags{jobs: j, block: block}
			f := mustFactory(t, "normalize")
			code := a.runFactory("normalize", fl, nil, f)
			require.Equal(t, 0, code, errb.String())
			require.Equal(t, want, out.String(), "j=%d block=%d", j, block)
		}
	}
}

// TestLongLine: a line far longer than a block streams through.
func TestLongLine(t *testing.T) {
	line := strings.Repeat("বাংলা ভাষা অাম ", 20000) // about 600 kB, no newline
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(line + "\n" + line), stdout: &out, stderr: &errb}
	fl := &ioFlags{jobs: 2, block: 4096}
	code := a.runFactory("normalize", fl, nil, mustFactory(t, "normalize"))
	require.Equal(t, 0, code, errb.String())
	want := strings.ReplaceAll(line, "অাম", "আম")
	assert.Equal(t, want+"\n"+want, out.String())
}

func TestStrict(t *testing.T) {
	in := "ভালো\nখারাপ \xff লাইন\n"
	code, _, stderr := run(t, in, "normalize", "--strict")
	assert.Equal(t, 3, code)
	assert.Contains(t, stderr, "invalid UTF-8 at byte offset 29")
	// Split across reads: the offset is still right.
	var out, errb bytes.Buffer
	a := &app{stdin: strings.NewReader(strings.Repeat("ক", 1000) + "\xe0\xa6" + "x"), stdout: &out, stderr: &errb}
	code = a.runFactory("normalize", &ioFlags{jobs: 1, block: 64, strict: true}, nil, mustFactory(t, "normalize"))
	assert.Equal(t, 3, code)
	assert.Contains(t, errb.String(), "offset 3000")
	// A file named in the message; -o leaves no partial output.
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, bad, strings.Repeat("ভালো\n", 100000)+"\xff")
	out2 := filepath.Join(dir, "out.txt")
	code, _, stderr = run(t, "", "normalize", "--strict", "-o", out2, bad)
	assert.Equal(t, 3, code)
	assert.Contains(t, stderr, "bad.txt")
	assert.NoFileExists(t, out2)
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "temporary file left behind")
}

// failWriter fails after n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestFailingWrite(t *testing.T) {
	in := strings.Repeat("বাংলা ভাষা\n", 200000)
	var errb bytes.Buffer
	code := Run([]string{"normalize"}, strings.NewReader(in), &failWriter{n: 100000}, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "disk full")
}

func TestUnreadableInput(t *testing.T) {
	dir := t.TempDir()
	code, stdout, stderr := run(t, "", "normalize", dir)
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "directory")
	// A corrupt gzip file.
	gz := filepath.Join(dir, "x.gz")
	writeFile(t, gz, "not gzip at all")
	code, _, stderr = run(t, "", "normalize", gz)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "x.gz")
}

// mustFactory builds the factory of a step with its default flags.
func mustFactory(t *testing.T, name string) steps.Factory {
	t.Helper()
	s, ok := steps.Lookup(name)
	require.True(t, ok, name)
	build := s.Bind(flag.NewFlagSet(name, flag.ContinueOnError))
	f, err := build()
	require.NoError(t, err)
	return f
}

// errReader fails after giving some data: an interrupted input.
type errReader struct{ data string }

func (r *errReader) Read(p []byte) (int, error) {
	if r.data == "" {
		return 0, errors.New("connection reset")
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func TestInterruptedInput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.txt")
	var errb bytes.Buffer
	code := Run([]string{"normalize", "-o", out}, &errReader{data: strings.Repeat("অাম\n", 100000)}, io.Discard, &errb)
	assert.Equal(t, 1, code)
	assert.Contains(t, errb.String(), "connection reset")
	entries, _ := os.ReadDir(dir)
	assert.Empty(t, entries, "partial output left behind")
}

// TestMain lets the tests run the CLI as a process (for signals).
func TestMain(m *testing.M) {
	if os.Getenv("BNTEXT_CLI_MAIN") == "1" {
		os.Exit(Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// TestSignal: an interrupt leaves no partial output file.
func TestSignal(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.txt")
	cmd := exec.Command(os.Args[0], "normalize", "-o", out)
	cmd.Env = append(os.Environ(), "BNTEXT_CLI_MAIN=1")
	stdin, err := cmd.StdinPipe()
	require.NoError(t, err)
	require.NoError(t, cmd.Start())
	for range 50 {
		stdin.Write([]byte(strings.Repeat("অাম দু:খ\n", 1000)))
	}
	// Wait until the temporary file exists, then interrupt.
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if entries, _ := os.ReadDir(dir); len(entries) > 0 {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	require.NoError(t, cmd.Process.Signal(os.Interrupt))
	err = cmd.Wait()
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 130, ee.ExitCode())
	entries, _ := os.ReadDir(dir)
	assert.Empty(t, entries, "partial output left behind")
}

// TestErrorStopsWorkers: a failing job among many must not hang the
// writer (the reader closes every job it opened).
func TestErrorStopsWorkers(t *testing.T) {
	in := "{\"text\": \"অাম\"}\nnot json\n" + strings.Repeat("{\"text\": \"অাম\"}\n", 20000)
	for _, j := range []int{1, 2, 4} {
		done := make(chan int)
		go func() {
			var out, errb bytes.Buffer
			a := &app{stdin: strings.NewReader(in), stdout: &out, stderr: &errb}
			done <- a.runFactory("normalize", &ioFlags{jobs: j, block: 64, jsonl: "text"}, nil, mustFactory(t, "normalize"))
		}()
		select {
		case code := <-done:
			assert.Equal(t, 3, code)
		case <-time.After(20 * time.Second):
			t.Fatalf("-j %d: hung after a failing job", j)
		}
	}
}

// TestPipeLongLines: the default pipeline on lines much longer than the
// 4 KiB buffers of the transformers.
func TestPipeLongLines(t *testing.T) {
	line := strings.Repeat("রুশ পররাষ্ট্রমন্ত্রীকে কিম জং উনের উষ্ণ অভ্যর্থনা, ", 400)
	in := line + "\n" + line + "অাম\n"
	code, out, stderr := run(t, in, "pipe")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, line+"\n"+line+"আম\n", out)
}

// TestFailingWriteBlockedReader: when the output fails, the run ends even
// though the input (a pipe) never does.
func TestFailingWriteBlockedReader(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(strings.Repeat("বাংলা ভাষা অনেক দীর্ঘ লাইন", 100000))) // one long line, then nothing
	done := make(chan int)
	go func() {
		var errb bytes.Buffer
		done <- Run([]string{"normalize"}, pr, &failWriter{n: 1000}, &errb)
	}()
	select {
	case code := <-done:
		assert.Equal(t, 1, code)
	case <-time.After(20 * time.Second):
		t.Fatal("hung on a blocked reader after a failed write")
	}
}

// TestQuietStderr: with stderr not a terminal there is no progress line;
// -v prints one summary line of what changed.
func TestQuietStderr(t *testing.T) {
	in := strings.Repeat("বাংলা ভাষা\nঅাম\n", 50000)
	code, _, stderr := run(t, in, "normalize")
	require.Equal(t, 0, code)
	assert.Empty(t, stderr)
	code, _, stderr = run(t, in, "normalize", "-v")
	require.Equal(t, 0, code)
	assert.Contains(t, stderr, "50000 of 100000 lines changed")
	assert.Equal(t, 1, strings.Count(stderr, "\n"), stderr)
}
