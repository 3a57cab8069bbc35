package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"sync"
	"unicode/utf8"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/bntext/bntext/numerals"
	"golang.org/x/text/transform"
)

func init() {
	register(command{name: "check", summary: "report what a corpus needs, without changing it (exit 4 when something would change)", order: 110, run: runCheck})
}

// maxInvalid is how many invalid UTF-8 positions the report lists.
const maxInvalid = 10

// invalidAt is one invalid UTF-8 position.
type invalidAt struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Offset int64  `json:"offset"` // byte offset in the (decompressed) file
	file   int    // position of the file among the inputs
}

// checkReport is what bntext check prints.
type checkReport struct {
	Files           int            `json:"files"`
	Lines           int64          `json:"lines"`
	Bytes           int64          `json:"bytes"`
	InvalidLines    int64          `json:"invalid_utf8_lines"`
	Invalid         []invalidAt    `json:"invalid_utf8_first"`
	MojibakeLines   int64          `json:"mojibake_lines"`
	BijoyLines      int64          `json:"bijoy_lines"`
	NormalizeLines  int64          `json:"normalize_lines"`
	NormalizeOps    map[string]int `json:"normalize_ops"`
	BengaliDigits   int64          `json:"bengali_digits"`
	ASCIIDigits     int64          `json:"ascii_digits"`
	Dates           int64          `json:"dates"`
	Times           int64          `json:"times"`
	WouldChange     bool           `json:"would_change"`
	invalidMu       sync.Mutex
	normalizeOpsArr [64]int
}

// checkProcessor counts one worker's share; it writes no output.
type checkProcessor struct {
	lineProcessor
	rep   *checkReport // shared, for the invalid positions
	name  string
	file  int
	bijoy transform.Transformer
	buf   []byte

	lines, bytes, invalid, moji, bij, norm, bnDigits, asciiDigits, dates, times int64
	ops                                                                         [64]int
}

func newCheckProcessor(rep *checkReport, name string, file int) *checkProcessor {
	p := &checkProcessor{rep: rep, name: name, file: file, bijoy: bijoy.New(bijoy.Auto)}
	p.raw = true
	p.fn = func(dst, line []byte, _ int) ([]byte, error) {
		p.checkLine(line, p.size)
		return dst, nil
	}
	return p
}

func (p *checkProcessor) checkLine(l []byte, size int) {
	p.lines++
	p.bytes += int64(size)
	if !utf8.Valid(l) {
		p.invalid++
		for i := 0; i < len(l); {
			r, n := utf8.DecodeRune(l[i:])
			if r == utf8.RuneError && n == 1 {
				p.rep.addInvalid(invalidAt{File: p.name, Line: p.lineProcessor.line, Offset: p.offset + int64(i), file: p.file})
				break
			}
			i += n
		}
	}
	s := string(l)
	// As in fix --bijoy auto: mojibake is repaired before Bijoy runs are
	// looked for, so that mojibake never counts as Bijoy.
	repaired := l
	if !mojibake.Default.IsClean(l) {
		p.moji++
		repaired = mojibake.Default.Bytes(l)
	}
	p.buf, _, _ = transform.Append(p.bijoy, p.buf[:0], repaired)
	if !bytes.Equal(p.buf, repaired) {
		p.bij++
	}
	if !normalize.Default.IsNormal(l) {
		p.norm++
		_, changes := normalize.Default.Explain(s)
		for _, c := range changes {
			p.ops[c.Op&63]++
		}
	}
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case c >= '0' && c <= '9':
			p.asciiDigits++
		case c == 0xE0 && i+2 < len(l) && l[i+1] == 0xA7 && l[i+2] >= 0xA6 && l[i+2] <= 0xAF:
			p.bnDigits++
			i += 2
		}
	}
	for _, m := range numerals.Scan(s) {
		switch m.Kind {
		case numerals.KindDate:
			p.dates++
		case numerals.KindTime:
			p.times++
		}
	}
}

func (r *checkReport) addInvalid(at invalidAt) {
	r.invalidMu.Lock()
	defer r.invalidMu.Unlock()
	r.Invalid = append(r.Invalid, at)
}

func (r *checkReport) add(p *checkProcessor) {
	r.Lines += p.lines
	r.Bytes += p.bytes
	r.InvalidLines += p.invalid
	r.MojibakeLines += p.moji
	r.BijoyLines += p.bij
	r.NormalizeLines += p.norm
	r.BengaliDigits += p.bnDigits
	r.ASCIIDigits += p.asciiDigits
	r.Dates += p.dates
	r.Times += p.times
	for i, n := range p.ops {
		r.normalizeOpsArr[i] += n
	}
}

func runCheck(a *app, args []string) int {
	fs := newFlagSet("check")
	asJSON := fs.Bool("json", false, "print the report as one JSON object")
	jobs := fs.Int("j", runtime.NumCPU(), "`N` workers")
	about := `Reads the inputs and reports what the main job (bntext pipe --bijoy auto)
and the other commands would find, without writing anything: lines and
bytes, invalid UTF-8 (with the first positions), lines with mojibake, lines
with Bijoy text, lines that normalize would change and how often each repair
applies, Bengali and ASCII digits, dates and times. Exit code 0 when the
corpus is clean, 4 when something would change (invalid UTF-8 counts), so it
can gate a data pipeline.`
	pos, done, code := a.parse(fs, "check", "bntext check [--json] [FILE...]", about, args)
	if done {
		return code
	}
	if len(pos) == 0 {
		pos = []string{"-"}
	}
	for _, in := range pos {
		if in == "-" {
			continue
		}
		if fi, err := os.Stat(in); err != nil {
			return a.fail("check", err)
		} else if fi.IsDir() {
			return a.fail("check", fmt.Errorf("%s is a directory", in))
		}
	}
	rep := &checkReport{Files: len(pos)}
	for fi, in := range pos {
		var mu sync.Mutex
		var procs []*checkProcessor
		e := &engine{name: in, workers: *jobs, newProc: func() processor {
			p := newCheckProcessor(rep, displayName(in), fi)
			mu.Lock()
			procs = append(procs, p)
			mu.Unlock()
			return p
		}}
		r, closeFn, _, err := a.openInput(in)
		if err != nil {
			return a.fail("check", err)
		}
		err = e.run(r, io.Discard)
		closeFn()
		if err != nil {
			return a.failCode("check", err)
		}
		for _, p := range procs {
			rep.add(p)
		}
	}
	sort.Slice(rep.Invalid, func(i, j int) bool {
		x, y := rep.Invalid[i], rep.Invalid[j]
		if x.file != y.file {
			return x.file < y.file
		}
		return x.Offset < y.Offset
	})
	if len(rep.Invalid) > maxInvalid {
		rep.Invalid = rep.Invalid[:maxInvalid]
	}
	rep.NormalizeOps = map[string]int{}
	for i, n := range rep.normalizeOpsArr {
		if n > 0 {
			rep.NormalizeOps[normalize.Op(i).String()] = n
		}
	}
	rep.WouldChange = rep.InvalidLines+rep.MojibakeLines+rep.BijoyLines+rep.NormalizeLines > 0
	if *asJSON {
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return a.fail("check", err)
		}
	} else {
		rep.writeText(a.stdout)
	}
	if rep.WouldChange {
		return ExitChanges
	}
	return ExitOK
}

func (r *checkReport) writeText(w io.Writer) {
	fmt.Fprintf(w, "files            %d\n", r.Files)
	fmt.Fprintf(w, "lines            %d\n", r.Lines)
	fmt.Fprintf(w, "bytes            %d\n", r.Bytes)
	fmt.Fprintf(w, "invalid UTF-8    %d lines\n", r.InvalidLines)
	for _, at := range r.Invalid {
		fmt.Fprintf(w, "  %s:%d: byte offset %d\n", at.File, at.Line, at.Offset)
	}
	fmt.Fprintf(w, "mojibake         %d lines (bntext fix)\n", r.MojibakeLines)
	fmt.Fprintf(w, "Bijoy text       %d lines (bntext fix --bijoy auto)\n", r.BijoyLines)
	fmt.Fprintf(w, "to normalize     %d lines (bntext normalize)\n", r.NormalizeLines)
	names := make([]string, 0, len(r.NormalizeOps))
	for n := range r.NormalizeOps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-22s %d\n", n, r.NormalizeOps[n])
	}
	fmt.Fprintf(w, "digits           %d Bengali, %d ASCII\n", r.BengaliDigits, r.ASCIIDigits)
	fmt.Fprintf(w, "dates            %d\n", r.Dates)
	fmt.Fprintf(w, "times            %d\n", r.Times)
	if r.WouldChange {
		fmt.Fprintln(w, "status           something would change (exit 4)")
	} else {
		fmt.Fprintln(w, "status           clean")
	}
}
