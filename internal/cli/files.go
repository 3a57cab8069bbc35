package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

// ioFlags are the flags every filter command shares.
type ioFlags struct {
	output  string
	strict  bool
	jobs    int
	force   bool
	jsonl   string
	skipBad bool
	quiet   bool
	verbose bool
	block   int // bytes per block; tests make it small
}

func (f *ioFlags) bind(fs *flag.FlagSet) {
	fs.StringVar(&f.output, "o", "", "write to `FILE` instead of standard output; with a directory (existing, or ending in /), one file per input with the same base name")
	fs.BoolVar(&f.strict, "strict", false, "stop at invalid UTF-8 with exit code 3 instead of passing it through")
	fs.IntVar(&f.jobs, "j", runtime.NumCPU(), "`N` workers; the input is split at line boundaries and written back in order")
	fs.BoolVar(&f.force, "force", false, "overwrite existing files in the -o directory")
	fs.StringVar(&f.jsonl, "jsonl-field", "", "input is JSON Lines: transform only the string field `NAME` of each record")
	fs.BoolVar(&f.skipBad, "skip-bad", false, "with --jsonl-field: copy malformed lines unchanged and count them instead of failing")
	fs.BoolVar(&f.quiet, "q", false, "no progress line on a terminal")
	fs.BoolVar(&f.verbose, "v", false, "print a summary of what changed to standard error")
}

// stats counts what a run did, for -v and the progress line.
type stats struct {
	in, out      atomic.Int64
	lines        atomic.Int64
	changedLines atomic.Int64
	skipped      atomic.Int64
	firstSkipped atomic.Int64
}

func (s *stats) addIn(n int)  { s.in.Add(int64(n)) }
func (s *stats) addOut(n int) { s.out.Add(int64(n)) }

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// openInput opens an input and decompresses it by extension. size is the
// size of the file on disk, or -1.
func (a *app) openInput(name string) (r io.Reader, closeFn func() error, size int64, err error) {
	if name == "-" {
		return a.stdin, func() error { return nil }, -1, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, 0, err
	}
	size = -1
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	} else if err == nil && fi.IsDir() {
		f.Close()
		return nil, nil, 0, fmt.Errorf("%s is a directory", name)
	}
	br := bufio.NewReaderSize(f, 256<<10)
	switch {
	case strings.HasSuffix(name, ".gz"):
		zr, err := gzip.NewReader(br)
		if err != nil {
			f.Close()
			return nil, nil, 0, fmt.Errorf("%s: %w", name, err)
		}
		return zr, func() error { zr.Close(); return f.Close() }, size, nil
	case strings.HasSuffix(name, ".zst"):
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			f.Close()
			return nil, nil, 0, fmt.Errorf("%s: %w", name, err)
		}
		return zr, func() error { zr.Close(); return f.Close() }, size, nil
	}
	return br, f.Close, size, nil
}

// output is a destination: standard output, or a file written to a
// temporary name and renamed into place when complete.
type output struct {
	w      io.Writer
	bw     *bufio.Writer
	zw     io.WriteCloser // compressor, if any
	f      *os.File       // temporary file, if any
	dev    *os.File       // a device or pipe written directly, if any
	target string
}

func (a *app) createOutput(path string) (*output, error) {
	o := &output{}
	var w io.Writer = a.stdout
	if path != "" && path != "-" {
		if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
			// A device or a pipe (/dev/null, /dev/stdout): write to it.
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				return nil, err
			}
			o.dev, w = f, f
		} else {
			// A file: write a temporary file next to it and rename it
			// into place when complete.
			f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
			if err != nil {
				return nil, err
			}
			tempFiles.Store(f.Name(), struct{}{})
			o.f, o.target, w = f, path, f
		}
	}
	o.bw = bufio.NewWriterSize(w, 256<<10)
	o.w = o.bw
	switch {
	case strings.HasSuffix(path, ".gz"):
		o.zw = gzip.NewWriter(o.bw)
		o.w = o.zw
	case strings.HasSuffix(path, ".zst"):
		zw, err := zstd.NewWriter(o.bw, zstd.WithEncoderConcurrency(1))
		if err != nil {
			o.abort()
			return nil, err
		}
		o.zw, o.w = zw, zw
	}
	return o, nil
}

// commit flushes the output and moves a file into place.
func (o *output) commit() error {
	if o.zw != nil {
		if err := o.zw.Close(); err != nil {
			o.abort()
			return err
		}
	}
	if err := o.bw.Flush(); err != nil {
		o.abort()
		return err
	}
	if o.dev != nil {
		return o.dev.Close()
	}
	if o.f == nil {
		return nil
	}
	defer tempFiles.Delete(o.f.Name())
	if err := o.f.Close(); err != nil {
		os.Remove(o.f.Name())
		return err
	}
	if err := os.Rename(o.f.Name(), o.target); err != nil {
		os.Remove(o.f.Name())
		return err
	}
	return nil
}

// abort drops a file output.
func (o *output) abort() {
	if o.dev != nil {
		o.dev.Close()
	}
	if o.f != nil {
		o.f.Close()
		os.Remove(o.f.Name())
		tempFiles.Delete(o.f.Name())
	}
}

// tempFiles holds the temporary outputs being written, so that an
// interrupt can remove them before the process exits.
var tempFiles sync.Map

var watchOnce sync.Once

// watchSignals removes the temporary outputs and exits with 128+signal
// when the process is interrupted or terminated: no partial output file is
// ever left behind.
func watchSignals() {
	watchOnce.Do(func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt, syscall.SIGTERM, syscall.SIGHUP)
		go func() {
			sig := <-ch
			tempFiles.Range(func(k, _ any) bool {
				os.Remove(k.(string))
				return true
			})
			code := 130
			if s, ok := sig.(syscall.Signal); ok {
				code = 128 + int(s)
			}
			os.Exit(code)
		}()
	})
}

// sameFile reports whether the two paths name the same existing file.
func sameFile(a, b string) bool {
	if a == "-" || b == "-" {
		return false
	}
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}

// errorCode returns the exit code for err.
func errorCode(err error) int {
	var ie *inputError
	if errors.As(err, &ie) {
		return ExitInvalid
	}
	return ExitError
}

// runStreams runs every input through an engine built by newProc and
// writes where the flags say. It reports errors itself and returns the
// exit code.
func (a *app) runStreams(cmd string, fl *ioFlags, inputs []string, newProc func(st *stats, file string) processor) int {
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	// Check every input before writing anything, so that a missing file
	// does not leave half an output behind.
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		if fi, err := os.Stat(in); err != nil {
			return a.fail(cmd, err)
		} else if fi.IsDir() {
			return a.fail(cmd, fmt.Errorf("%s is a directory", in))
		}
	}
	watchSignals()
	st := &stats{}
	st.firstSkipped.Store(-1)
	start := time.Now()
	prog := a.startProgress(fl, inputs, st)
	defer prog.stop()

	dirMode := false
	if fl.output != "" && fl.output != "-" {
		if fi, err := os.Stat(fl.output); err == nil && fi.IsDir() {
			dirMode = true
		} else if strings.HasSuffix(fl.output, "/") || strings.HasSuffix(fl.output, string(filepath.Separator)) {
			if err := os.MkdirAll(fl.output, 0o755); err != nil {
				return a.fail(cmd, err)
			}
			dirMode = true
		}
	}
	// Reports name the file of each record when there are several.
	fileOf := func(name string) string {
		if len(inputs) < 2 {
			return ""
		}
		return displayName(name)
	}
	eng := func(name string) *engine {
		file := fileOf(name)
		return &engine{name: name, workers: fl.jobs, block: fl.block, strict: fl.strict, stats: st,
			newProc: func() processor { return newProc(st, file) }}
	}
	if dirMode {
		// Plan every output first: no clashes, no input overwritten.
		targets := make([]string, len(inputs))
		seen := map[string]string{}
		for i, in := range inputs {
			if in == "-" {
				return a.usageError(cmd, errors.New("standard input cannot be written into an -o directory"))
			}
			t := filepath.Join(fl.output, filepath.Base(in))
			if prev, ok := seen[t]; ok {
				return a.fail(cmd, fmt.Errorf("%s and %s would both be written to %s", prev, in, t))
			}
			seen[t] = in
			for _, other := range inputs {
				if sameFile(t, other) {
					return a.fail(cmd, fmt.Errorf("refusing to write %s over the input %s", t, other))
				}
			}
			if _, err := os.Lstat(t); err == nil && !fl.force {
				return a.fail(cmd, fmt.Errorf("%s exists (use --force to overwrite)", t))
			}
			targets[i] = t
		}
		for i, in := range inputs {
			if err := a.convertOne(eng(in), in, targets[i]); err != nil {
				return a.failCode(cmd, err)
			}
		}
	} else {
		for _, in := range inputs {
			if sameFile(fl.output, in) {
				return a.fail(cmd, fmt.Errorf("refusing to write %s over an input", fl.output))
			}
		}
		out, err := a.createOutput(fl.output)
		if err != nil {
			return a.fail(cmd, err)
		}
		for _, in := range inputs {
			if err := a.streamOne(eng(in), in, out.w); err != nil {
				out.abort()
				return a.failCode(cmd, err)
			}
		}
		if err := out.commit(); err != nil {
			return a.fail(cmd, err)
		}
	}
	prog.stop()
	if fl.verbose {
		a.summary(cmd, st, len(inputs), time.Since(start))
	}
	if n := st.skipped.Load(); n > 0 {
		fmt.Fprintf(a.stderr, "bntext %s: copied %d malformed JSON lines unchanged (first: line %d)\n", cmd, n, st.firstSkipped.Load())
	}
	return ExitOK
}

func (a *app) convertOne(e *engine, in, target string) error {
	out, err := a.createOutput(target)
	if err != nil {
		return err
	}
	if err := a.streamOne(e, in, out.w); err != nil {
		out.abort()
		return err
	}
	return out.commit()
}

func (a *app) streamOne(e *engine, in string, w io.Writer) error {
	r, closeFn, _, err := a.openInput(in)
	if err != nil {
		return err
	}
	defer closeFn()
	return e.run(r, w)
}

func (a *app) fail(cmd string, err error) int {
	fmt.Fprintf(a.stderr, "bntext %s: %v\n", cmd, err)
	return ExitError
}

func (a *app) failCode(cmd string, err error) int {
	fmt.Fprintf(a.stderr, "bntext %s: %v\n", cmd, err)
	return errorCode(err)
}

func (a *app) summary(cmd string, st *stats, files int, d time.Duration) {
	in, out := st.in.Load(), st.out.Load()
	mbs := float64(in) / 1e6 / max(d.Seconds(), 1e-9)
	fmt.Fprintf(a.stderr, "bntext %s: %d file(s), %s in, %s out, %.2fs, %.1f MB/s", cmd, files, human(in), human(out), d.Seconds(), mbs)
	if l := st.lines.Load(); l > 0 {
		fmt.Fprintf(a.stderr, ", %d of %d lines changed", st.changedLines.Load(), l)
	}
	fmt.Fprintln(a.stderr)
}

func human(n int64) string {
	switch {
	case n >= 1e9:
		return fmt.Sprintf("%.2f GB", float64(n)/1e9)
	case n >= 1e6:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	case n >= 1e3:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	}
	return fmt.Sprintf("%d B", n)
}

// progress draws a line on standard error while a run goes on.
type progress struct {
	done chan struct{}
	fin  chan struct{}
}

func (p *progress) stop() {
	if p == nil || p.done == nil {
		return
	}
	select {
	case <-p.done:
		return
	default:
	}
	close(p.done)
	<-p.fin
}

func (a *app) startProgress(fl *ioFlags, inputs []string, st *stats) *progress {
	if fl.quiet || !isTerminal(a.stderr) {
		return &progress{}
	}
	var total int64
	for _, in := range inputs {
		if in == "-" || strings.HasSuffix(in, ".gz") || strings.HasSuffix(in, ".zst") {
			total = -1
			break
		}
		if fi, err := os.Stat(in); err == nil {
			total += fi.Size()
		}
	}
	p := &progress{done: make(chan struct{}), fin: make(chan struct{})}
	start := time.Now()
	go func() {
		defer close(p.fin)
		t := time.NewTicker(250 * time.Millisecond)
		defer t.Stop()
		drawn := false
		for {
			select {
			case <-p.done:
				if drawn {
					fmt.Fprint(a.stderr, "\r\033[K")
				}
				return
			case <-t.C:
				n := st.in.Load()
				el := time.Since(start).Seconds()
				rate := float64(n) / 1e6 / max(el, 1e-9)
				line := fmt.Sprintf("%s, %.1f MB/s", human(n), rate)
				if total > 0 && n > 0 {
					eta := time.Duration(float64(total-n) / float64(n) * el * float64(time.Second))
					line += fmt.Sprintf(", %d%%, ETA %s", n*100/total, eta.Round(time.Second))
				}
				fmt.Fprintf(a.stderr, "\r\033[K%s", line)
				drawn = true
			}
		}
	}()
	return p
}
