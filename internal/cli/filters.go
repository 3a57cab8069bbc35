package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/bntext/bntext/internal/jsonl"
	"github.com/bntext/bntext/internal/steps"
	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/transform"
)

func init() {
	for _, s := range steps.All() {
		if s.Name == "normalize" {
			register(command{name: s.Name, summary: s.Summary, order: s.Order, run: runNormalize})
			continue
		}
		register(command{name: s.Name, summary: s.Summary, order: s.Order, run: stepCommand(s)})
	}
	register(command{name: "pipe", summary: "run several steps in one streaming pass (default: " + steps.DefaultPipeline + ")", order: 100, run: runPipe})
}

const filterUsage = " [flags] [FILE...]"

// stepCommand is the filter command of a step.
func stepCommand(s steps.Step) func(a *app, args []string) int {
	return func(a *app, args []string) int {
		fs := newFlagSet(s.Name)
		var fl ioFlags
		fl.bind(fs)
		build := s.Bind(fs)
		pos, done, code := a.parse(fs, s.Name, "bntext "+s.Name+filterUsage, s.About, args)
		if done {
			return code
		}
		f, err := build()
		if err != nil {
			return a.usageError(s.Name, err)
		}
		return a.runFactory(s.Name, &fl, pos, f)
	}
}

func runPipe(a *app, args []string) int {
	fs := newFlagSet("pipe")
	var fl ioFlags
	fl.bind(fs)
	list := fs.String("steps", steps.DefaultPipeline, "the steps `STEP[,STEP...]` in order: "+strings.Join(steps.Names(), ", "))
	build := steps.BindAll(fs)
	about := `Composes the transforms of the filter commands in one streaming pass. Every
flag of every step is accepted (for example --bijoy auto for fix, --with
pipe-dari for normalize, --to bengali for digits). Without --steps it runs
the main job: ` + steps.DefaultPipeline + `.`
	pos, done, code := a.parse(fs, "pipe", "bntext pipe [--steps STEP[,STEP...]]"+filterUsage, about, args)
	if done {
		return code
	}
	names, err := steps.ParseList(*list)
	if err != nil {
		return a.usageError("pipe", err)
	}
	f, err := build(names)
	if err != nil {
		return a.usageError("pipe", err)
	}
	return a.runFactory("pipe", &fl, pos, f)
}

// runFactory streams the inputs through transformers made by f.
func (a *app) runFactory(cmd string, fl *ioFlags, inputs []string, f steps.Factory) int {
	newProc := func(*stats, string) processor { return newTransformProcessor(f()) }
	switch {
	case fl.jsonl != "":
		newProc = func(st *stats, _ string) processor {
			t := f()
			return &lineProcessor{fn: jsonlFunc(fl, st, func(val []byte, _ int) ([]byte, error) {
				out, _, err := transform.Append(t, nil, val)
				return out, err
			})}
		}
	case fl.verbose:
		newProc = func(st *stats, _ string) processor {
			t := f()
			return &lineProcessor{fn: func(dst, line []byte, _ int) ([]byte, error) {
				n := len(dst)
				dst, _, err := transform.Append(t, dst, line)
				st.lines.Add(1)
				if !bytes.Equal(dst[n:], line) {
					st.changedLines.Add(1)
				}
				return dst, err
			}}
		}
	}
	return a.runStreams(cmd, fl, inputs, newProc)
}

func runNormalize(a *app, args []string) int {
	s, _ := steps.Lookup("normalize")
	fs := newFlagSet("normalize")
	var fl ioFlags
	fl.bind(fs)
	build := s.Bind(fs)
	listOps := fs.Bool("list-ops", false, "list the ops, the defaults first, and exit")
	explain := fs.Bool("explain", false, "print one JSON object per change (line, op, byte spans, before, after) instead of the text")
	pos, done, code := a.parse(fs, "normalize", "bntext normalize [--with NAME[,NAME...]] [--without NAME[,NAME...]] [--list-ops] [--explain]"+filterUsage, s.About, args)
	if done {
		return code
	}
	if *listOps {
		for _, name := range normalize.OpNames() {
			op, _ := normalize.ParseOp(name)
			kind := "option"
			if op.IsDefault() {
				kind = "default"
			}
			fmt.Fprintf(a.stdout, "%-24s %-8s %s\n", name, kind, op.Description())
		}
		return ExitOK
	}
	f, err := build()
	if err != nil {
		return a.usageError("normalize", err)
	}
	if !*explain {
		return a.runFactory("normalize", &fl, pos, f)
	}
	n := f().(*normalize.Normalizer)
	newProc := func(_ *stats, file string) processor {
		return &lineProcessor{raw: true, fn: func(dst, line []byte, num int) ([]byte, error) {
			_, changes := n.Explain(string(line))
			for _, c := range changes {
				rec := explainRecord{File: file, Line: num, Op: c.Op.String(), Start: c.Start, End: c.End,
					OutStart: c.OutStart, OutEnd: c.OutEnd, Before: c.Before, After: c.After}
				b, err := json.Marshal(rec)
				if err != nil {
					return dst, err
				}
				dst = append(append(dst, b...), '\n')
			}
			return dst, nil
		}}
	}
	return a.runStreams("normalize", &fl, pos, newProc)
}

// explainRecord is one line of normalize --explain. Offsets are bytes
// within the line; end offsets are exclusive. File is set when there are
// several inputs (line numbers start again in each).
type explainRecord struct {
	File     string `json:"file,omitempty"` // with several inputs
	Line     int    `json:"line"`
	Op       string `json:"op"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	OutStart int    `json:"out_start"`
	OutEnd   int    `json:"out_end"`
	Before   string `json:"before"`
	After    string `json:"after"`
}

// lineFunc handles one line: it appends its output for line (without the
// line ending) to dst. n is the 1-based line number in the input.
type lineFunc func(dst, line []byte, n int) ([]byte, error)

// runLines runs a line-oriented command over the inputs with the usual
// input, output, --strict and -j handling. newFn is called once per
// worker. Unless raw is set, each output line ends with the line ending
// its input line had; with raw, fn writes its own line endings (for
// reports such as JSON Lines).
//
// With --jsonl-field the input is JSON Lines and fn is applied to the
// string field instead of the whole line; a report command (raw) cannot do
// that and gets a usage error.
func (a *app) runLines(cmd string, fl *ioFlags, inputs []string, newFn func(file string) lineFunc, raw bool) int {
	if fl.jsonl == "" {
		return a.runStreams(cmd, fl, inputs, func(_ *stats, file string) processor {
			return &lineProcessor{fn: newFn(file), raw: raw}
		})
	}
	if raw {
		return a.usageError(cmd, fmt.Errorf("--jsonl-field is not supported by %s", cmd))
	}
	return a.runStreams(cmd, fl, inputs, func(st *stats, file string) processor {
		fn := newFn(file)
		return &lineProcessor{fn: jsonlFunc(fl, st, func(val []byte, n int) ([]byte, error) {
			return fn(nil, val, n)
		})}
	})
}

// jsonlFunc is the line function of --jsonl-field: apply to the field's
// value, and a malformed line is an input error naming its number, or
// with --skip-bad is copied unchanged and counted.
func jsonlFunc(fl *ioFlags, st *stats, apply func(val []byte, n int) ([]byte, error)) lineFunc {
	return func(dst, line []byte, n int) ([]byte, error) {
		out, err := jsonl.Apply(dst, line, fl.jsonl, func(val []byte) ([]byte, error) {
			return apply(val, n)
		})
		if err == nil {
			return out, nil
		}
		var ie *inputError
		if errors.As(err, &ie) {
			return dst, err
		}
		if fl.skipBad {
			st.skipped.Add(1)
			st.firstSkipped.CompareAndSwap(-1, int64(n))
			return append(dst, line...), nil
		}
		return dst, &inputError{line: n, offset: -1, msg: err.Error()}
	}
}
