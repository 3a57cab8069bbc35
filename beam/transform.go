package beam

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/bntext/bntext/internal/jsonl"
	"github.com/bntext/bntext/internal/steps"
	"golang.org/x/text/transform"
)

func init() {
	register.DoFn3x1[context.Context, string, func(string), error](&lineFn{})
	register.Emitter1[string]()
}

// InvalidInput starts the message of the errors that invalid input causes:
// a malformed JSON line, or invalid UTF-8 with Strict. A runner reports
// the error of a failed pipeline as text, so look for it with
// strings.Contains.
const InvalidInput = "bntext: invalid input"

// Config says what to do with every line: the steps, their flags and how
// to treat the input, as on the `bntext pipe` command line.
type Config struct {
	// Steps is the comma-separated step list, as --steps takes it. Empty
	// means the default pipeline of `bntext pipe` (fix,normalize).
	Steps string

	// Args are the flags of the steps as on the command line, for example
	// []string{"--with=pipe-dari", "--to", "bengali"}. Every flag of every
	// step is accepted, as by `bntext pipe`.
	Args []string

	// Field, when set, makes the input JSON Lines: only the string field
	// of that name in each record is transformed and every other byte is
	// kept (--jsonl-field). A line that is not valid JSON is an error.
	Field string

	// SkipBad passes malformed JSON lines through unchanged and counts
	// them (--skip-bad). It needs Field.
	SkipBad bool

	// Strict makes a line with invalid UTF-8 an error (--strict). Without
	// it, invalid bytes pass through unchanged.
	Strict bool
}

// StepNames returns the steps of c.Steps, checked against the registry.
func (c Config) StepNames() ([]string, error) {
	list := c.Steps
	if strings.TrimSpace(list) == "" {
		list = steps.DefaultPipeline
	}
	return steps.ParseList(list)
}

// Validate reports whether c names registered steps with valid flags,
// building the transformer chain as the workers will.
func (c Config) Validate() error {
	if c.SkipBad && c.Field == "" {
		return fmt.Errorf("SkipBad (--skip-bad) needs Field (--jsonl-field)")
	}
	names, err := c.StepNames()
	if err != nil {
		return err
	}
	_, err = buildFactory(names, c.Args)
	return err
}

// Apply applies the steps of c to every line of col, a PCollection<string>,
// and returns the PCollection<string> of the results, one per line. It
// panics at pipeline construction if c is not valid (see TryApply).
//
// The metrics of the transform are the counters "lines", "changed" (lines
// that came out different) and "malformed" (JSON lines skipped with
// SkipBad) in the namespace "bntext".
func Apply(s beam.Scope, c Config, col beam.PCollection) beam.PCollection {
	out, err := TryApply(s, c, col)
	if err != nil {
		panic(err)
	}
	return out
}

// TryApply is Apply that returns an invalid configuration as an error.
func TryApply(s beam.Scope, c Config, col beam.PCollection) (beam.PCollection, error) {
	if err := c.Validate(); err != nil {
		return beam.PCollection{}, fmt.Errorf("bntext: %w", err)
	}
	names, _ := c.StepNames()
	s = s.Scope("bntext." + strings.Join(names, "+"))
	fn := &lineFn{Steps: names, Args: c.Args, Field: c.Field, SkipBad: c.SkipBad, Strict: c.Strict}
	outs, err := beam.TryParDo(s, fn, col)
	if err != nil {
		return beam.PCollection{}, err
	}
	return outs[0], nil
}

// Pipe applies the steps of list (comma-separated, as `bntext pipe --steps`
// takes them; empty for the default pipeline) with the step flags args to
// every line of col. It panics at pipeline construction on an unknown step
// or a bad flag.
func Pipe(s beam.Scope, col beam.PCollection, list string, args ...string) beam.PCollection {
	return Apply(s, Config{Steps: list, Args: args}, col)
}

// PipeJSONL is Pipe for JSON Lines: only the string field of each record is
// transformed, as by `bntext pipe --jsonl-field field`. A malformed line
// makes the pipeline fail; use Apply with SkipBad to pass such lines
// through.
func PipeJSONL(s beam.Scope, col beam.PCollection, field, list string, args ...string) beam.PCollection {
	if field == "" {
		panic("bntext: PipeJSONL needs a field name")
	}
	return Apply(s, Config{Steps: list, Args: args, Field: field}, col)
}

// Normalize applies the normalize step (Unicode NFC plus the safe Bengali
// repairs) with its flags args, such as "--with=pipe-dari", to every line
// of col.
func Normalize(s beam.Scope, col beam.PCollection, args ...string) beam.PCollection {
	return Pipe(s, col, "normalize", args...)
}

// Fix applies the fix step (mojibake and legacy encodings) with its flags
// args to every line of col.
func Fix(s beam.Scope, col beam.PCollection, args ...string) beam.PCollection {
	return Pipe(s, col, "fix", args...)
}

// Digits applies the digits step (numeral conversion) with its flags args
// to every line of col.
func Digits(s beam.Scope, col beam.PCollection, args ...string) beam.PCollection {
	return Pipe(s, col, "digits", args...)
}

// Dates applies the dates step with its flags args to every line of col.
func Dates(s beam.Scope, col beam.PCollection, args ...string) beam.PCollection {
	return Pipe(s, col, "dates", args...)
}

// Translit applies the translit step (romanization) with its flags args to
// every line of col.
func Translit(s beam.Scope, col beam.PCollection, args ...string) beam.PCollection {
	return Pipe(s, col, "translit", args...)
}

// buildFactory parses the step flags args as `bntext pipe` does and builds
// the chained factory of the steps names.
func buildFactory(names, args []string) (steps.Factory, error) {
	fs := flag.NewFlagSet("steps", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	build := steps.BindAll(fs)
	if err := fs.Parse(args); err != nil {
		return nil, fmt.Errorf("step flags: %w", err)
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("step flags: unexpected argument %q", fs.Arg(0))
	}
	return build(names)
}

// liner transforms lines the way the command line does. It is not safe for
// concurrent use.
type liner struct {
	t       transform.Transformer
	field   string
	skipBad bool
	strict  bool
	in, out []byte
	js      []byte // output line of JSON Lines
}

// whole is the transformer of a liner for calls with all of the input at
// once, as JSON Lines fields are transformed: it uses liner.apply.
type whole struct{ l *liner }

func (w whole) Reset() {}

func (w whole) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if !atEOF {
		return 0, 0, transform.ErrShortSrc
	}
	out, err := w.l.apply(src)
	if err != nil {
		return 0, 0, err
	}
	if len(out) > len(dst) {
		return 0, 0, transform.ErrShortDst
	}
	return copy(dst, out), len(src), nil
}

// line returns the output for one line (without its "\n") and whether the
// line was a malformed JSON line passed through.
//
// A plain line goes through the transformers with its "\n", as it does in
// the stream of `bntext pipe`, and the "\n" is taken off again. A JSON line
// loses a final "\r" while its field is transformed and gets it back, as
// with --jsonl-field.
func (l *liner) line(s string) (out string, malformed bool, err error) {
	if l.strict && !utf8.ValidString(s) {
		return "", false, invalidf("invalid UTF-8 at byte %d of line %s", badOffset(s), quote(s))
	}
	if l.field != "" {
		return l.jsonl(s)
	}
	l.in = append(append(l.in[:0], s...), '\n')
	b, err := l.apply(l.in)
	if err != nil {
		return "", false, fmt.Errorf("bntext: line %s: %w", quote(s), err)
	}
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	if string(b) == s {
		return s, false, nil
	}
	return string(b), false, nil
}

// apply returns the output of the transformer for all of in, in one call
// of Transform. When the output does not fit, it starts again with twice
// the room rather than going on after ErrShortDst, so the result does not
// depend on how a transformer resumes.
func (l *liner) apply(in []byte) ([]byte, error) {
	if size := len(in) + len(in)/8 + 64; cap(l.out) < size {
		l.out = make([]byte, size)
	}
	for {
		l.t.Reset()
		dst := l.out[:cap(l.out)]
		nDst, nSrc, err := l.t.Transform(dst, in, true)
		switch {
		case err == transform.ErrShortDst:
			l.out = make([]byte, 2*cap(l.out))
		case err != nil:
			return nil, err
		case nSrc < len(in):
			return nil, errors.New("the transformer did not read all of the line")
		default:
			return dst[:nDst], nil
		}
	}
}

func (l *liner) jsonl(s string) (string, bool, error) {
	in := append(l.in[:0], s...)
	l.in = in
	cr := len(in) > 0 && in[len(in)-1] == '\r'
	if cr {
		in = in[:len(in)-1]
	}
	out, err := jsonl.Transform(l.js[:0], in, l.field, whole{l})
	if out != nil {
		l.js = out
	}
	if err != nil {
		if l.skipBad {
			return s, true, nil
		}
		return "", false, invalidf("%v in JSON line %s", err, quote(s))
	}
	if cr {
		out = append(out, '\r')
	}
	if string(out) == s {
		return s, false, nil
	}
	return string(out), false, nil
}

func invalidf(format string, args ...any) error {
	return fmt.Errorf(InvalidInput+": "+format, args...)
}

// quote returns the start of line s, quoted, for an error message.
func quote(s string) string {
	const max = 80
	if len(s) <= max {
		return fmt.Sprintf("%q", s)
	}
	i := max
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return fmt.Sprintf("%q...", s[:i])
}

func badOffset(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return i
			}
		}
	}
	return -1
}

// lineFn is the DoFn of Apply. Its exported fields are its configuration,
// sent to the workers; each instance builds its own transformer chain in
// Setup, since transformers may keep state.
type lineFn struct {
	Steps   []string `json:"steps"`
	Args    []string `json:"args,omitempty"`
	Field   string   `json:"field,omitempty"`
	SkipBad bool     `json:"skip_bad,omitempty"`
	Strict  bool     `json:"strict,omitempty"`

	l                       *liner
	lines, changed, skipped beam.Counter
	nLines, nChanged, nBad  int64 // counts of the bundle, added to the counters at its end
}

// Setup builds the transformer chain of the instance.
func (fn *lineFn) Setup() error {
	f, err := buildFactory(fn.Steps, fn.Args)
	if err != nil {
		return fmt.Errorf("bntext: %w", err)
	}
	fn.l = &liner{t: f(), field: fn.Field, skipBad: fn.SkipBad, strict: fn.Strict}
	fn.lines = beam.NewCounter("bntext", "lines")
	fn.changed = beam.NewCounter("bntext", "changed")
	fn.skipped = beam.NewCounter("bntext", "malformed")
	return nil
}

// ProcessElement emits the output for one line.
func (fn *lineFn) ProcessElement(ctx context.Context, line string, emit func(string)) error {
	out, malformed, err := fn.l.line(line)
	if err != nil {
		return err
	}
	fn.nLines++
	switch {
	case malformed:
		fn.nBad++
	case out != line:
		fn.nChanged++
	}
	emit(out)
	return nil
}

// FinishBundle adds the counts of the bundle to the counters.
func (fn *lineFn) FinishBundle(ctx context.Context, _ func(string)) {
	fn.lines.Inc(ctx, fn.nLines)
	fn.changed.Inc(ctx, fn.nChanged)
	fn.skipped.Inc(ctx, fn.nBad)
	fn.nLines, fn.nChanged, fn.nBad = 0, 0, 0
}
