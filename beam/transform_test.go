package beam

import (
	"bytes"
	"flag"
	"io"
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/cli"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

func newLiner(t testing.TB, c Config) *liner {
	t.Helper()
	require.NoError(t, c.Validate())
	names, err := c.StepNames()
	require.NoError(t, err)
	f, err := buildFactory(names, c.Args)
	require.NoError(t, err)
	return &liner{t: f(), field: c.Field, skipBad: c.SkipBad, strict: c.Strict}
}

// TestLinesMatchCLI checks, without a pipeline, that every line comes out
// of the DoFn's code exactly as `bntext pipe` writes it.
func TestLinesMatchCLI(t *testing.T) {
	for _, c := range textConfigs(t) {
		t.Run(configName(c), func(t *testing.T) {
			l := newLiner(t, c)
			changed := 0
			for _, file := range textInputs(t) {
				in := fileLines(t, file)
				want := cliLines(t, c, file)
				require.Len(t, want, len(in), file)
				for i, line := range in {
					got, malformed, err := l.line(line)
					require.NoError(t, err)
					require.False(t, malformed)
					require.Equal(t, want[i], got, "%s:%d", file, i+1)
					if got != line {
						changed++
					}
				}
			}
			assert.Positive(t, changed, "the test text has repairs to make")
		})
	}
}

func TestJSONLinesMatchCLI(t *testing.T) {
	for _, c := range textConfigs(t) {
		c.Field = "text"
		t.Run(configName(c), func(t *testing.T) {
			l := newLiner(t, c)
			for _, file := range jsonlInputs() {
				in := fileLines(t, file)
				want := cliLines(t, c, file)
				require.Len(t, want, len(in))
				for i, line := range in {
					got, _, err := l.line(line)
					require.NoError(t, err, "%s:%d", file, i+1)
					require.Equal(t, want[i], got, "%s:%d", file, i+1)
				}
			}
		})
	}
}

func TestJSONLines(t *testing.T) {
	l := newLiner(t, Config{Steps: "normalize", Field: "text"})
	tests := []struct {
		in, want string
	}{
		{`{"text": "দু:খ", "id": "দু:খ"}`, `{"text": "দুঃখ", "id": "দু:খ"}`},
		{`{"id":1,"text":"দু:খ"}` + "\r", `{"id":1,"text":"দুঃখ"}` + "\r"},
		{`{"a": {"text": "দু:খ"}}`, `{"a": {"text": "দু:খ"}}`},
		{`{"text": 7}`, `{"text": 7}`},
		{``, ``},
		{`   `, `   `},
		{`"a string"`, `"a string"`},
	}
	for _, tt := range tests {
		got, malformed, err := l.line(tt.in)
		require.NoError(t, err, tt.in)
		assert.False(t, malformed)
		assert.Equal(t, tt.want, got, tt.in)
	}

	for _, bad := range []string{`{"text": "দু:খ"`, `{text: 1}`, `{"a":1}{"b":2}`} {
		_, _, err := l.line(bad)
		require.Error(t, err, bad)
		assert.Contains(t, err.Error(), InvalidInput)
	}
	skip := newLiner(t, Config{Steps: "normalize", Field: "text", SkipBad: true})
	got, malformed, err := skip.line(`{"text": "দু:খ"`)
	require.NoError(t, err)
	assert.True(t, malformed)
	assert.Equal(t, `{"text": "দু:খ"`, got)
}

func TestLineKeepsBytes(t *testing.T) {
	l := newLiner(t, Config{Steps: "normalize"})
	for _, in := range []string{"", "\r", "plain ascii", "দু:খ\r", "ক\xffখ", "\xe0\xa6", "দুঃখ"} {
		got, _, err := l.line(in)
		require.NoError(t, err)
		if in == "দু:খ\r" {
			assert.Equal(t, "দুঃখ\r", got)
			continue
		}
		assert.Equal(t, in, got, "%q", in)
	}
	// Unchanged lines come back without a copy.
	in := strings.Repeat("দুঃখ ", 100)
	got, _, _ := l.line(in)
	assert.Equal(t, 0.0, testing.AllocsPerRun(10, func() { got, _, _ = l.line(in) }))
	assert.Equal(t, in, got)
}

func TestStrict(t *testing.T) {
	l := newLiner(t, Config{Steps: "normalize", Strict: true})
	_, _, err := l.line("ভাল\xffো")
	require.Error(t, err)
	assert.Contains(t, err.Error(), InvalidInput)
	assert.Contains(t, err.Error(), "byte 9")
	got, _, err := l.line("দু:খ")
	require.NoError(t, err)
	assert.Equal(t, "দুঃখ", got)
}

func TestConfigValidate(t *testing.T) {
	good := []Config{
		{Steps: "normalize"},
		{Steps: " normalize , normalize ", Args: []string{"--with", "pipe-dari"}},
		{Steps: "normalize", Field: "text", SkipBad: true, Strict: true},
	}
	for _, c := range good {
		assert.NoError(t, c.Validate(), "%+v", c)
	}
	bad := []struct {
		c    Config
		want string
	}{
		{Config{Steps: "normalise"}, `unknown step "normalise"`},
		{Config{Steps: ","}, "empty step list"},
		{Config{Steps: "normalize", Args: []string{"--no-such-flag"}}, "no-such-flag"},
		{Config{Steps: "normalize", Args: []string{"--with", "no-such-op"}}, "no-such-op"},
		{Config{Steps: "normalize", Args: []string{"stray"}}, `unexpected argument "stray"`},
		{Config{Steps: "normalize", SkipBad: true}, "needs Field"},
	}
	for _, tt := range bad {
		err := tt.c.Validate()
		require.Error(t, err, "%+v", tt.c)
		assert.Contains(t, err.Error(), tt.want)
	}
}

func TestBindFlags(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	// The Beam flags of this process (runner, project, ...) must not clash
	// with the flags of any step.
	flag.CommandLine.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	f, err := BindFlags(fs)
	require.NoError(t, err)
	require.NoError(t, fs.Parse([]string{"--steps", "normalize", "--with", "pipe-dari", "--jsonl-field=text", "--skip-bad", "--strict"}))
	assert.Equal(t, Config{Steps: "normalize", Args: []string{"--with=pipe-dari"}, Field: "text", SkipBad: true, Strict: true}, f.Config())
	assert.True(t, f.Defines("with"))
	assert.True(t, f.Defines("steps"))
	assert.False(t, f.Defines("runner"))

	// The default is the default pipeline of bntext pipe.
	fs2 := flag.NewFlagSet("test", flag.ContinueOnError)
	f2, err := BindFlags(fs2)
	require.NoError(t, err)
	require.NoError(t, fs2.Parse(nil))
	assert.Equal(t, Config{Steps: "fix,normalize"}, f2.Config())

	_, err = BindFlags(fs2)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "defined twice")
}

// BenchmarkLine measures the work of the DoFn of Pipe per line, without
// the runner, on the test text and the shared seed article, next to
// `bntext pipe -j 1` over the same text.
func BenchmarkLine(b *testing.B) {
	var text []string
	for _, f := range textInputs(b) {
		text = append(text, fileLines(b, f)...)
	}
	// About 2 MB, so that the start-up of a CLI run does not count.
	var lines []string
	size := 0
	for size < 2<<20 {
		for _, l := range text {
			lines = append(lines, l)
			size += len(l) + 1
		}
	}
	for _, c := range []Config{{Steps: "normalize"}, {}} {
		if !available(c.Steps) {
			continue
		}
		name := c.Steps
		if name == "" {
			name = "default"
		}
		// The peer: `bntext pipe -j 1` streaming the same text.
		b.Run("cli-"+name, func(b *testing.B) {
			in := []byte(strings.Join(lines, "\n") + "\n")
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if code := cli.Run(append(cliArgs(c), "-"), bytes.NewReader(in), io.Discard, io.Discard); code != 0 {
					b.Fatal("exit", code)
				}
			}
		})
		b.Run(name, func(b *testing.B) {
			l := newLiner(b, c)
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				for _, line := range lines {
					if _, _, err := l.line(line); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// doubler writes every byte twice, and stops with ErrShortDst as soon as
// the next byte does not fit.
type doubler struct{ transform.NopResetter }

func (doubler) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst+2 > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst], dst[nDst+1] = src[nSrc], src[nSrc]
		nDst += 2
		nSrc++
	}
	return nDst, nSrc, nil
}

// TestLineGrows checks lines whose output is much longer than the input.
func TestLineGrows(t *testing.T) {
	l := &liner{t: doubler{}}
	for _, n := range []int{0, 1, 100, 5000, 100, 70000} {
		in := strings.Repeat("ক", n)
		got, _, err := l.line(in)
		require.NoError(t, err)
		assert.Equal(t, strings.Repeat("\xe0\xe0\xa6\xa6\x95\x95", n)+"\n", got, n)
	}
}

func TestJSONLineGrows(t *testing.T) {
	l := &liner{t: doubler{}, field: "text"}
	for _, n := range []int{1, 3000, 70000} {
		got, _, err := l.line(`{"id": 1, "text": "` + strings.Repeat("ab", n) + `"}`)
		require.NoError(t, err)
		assert.Equal(t, `{"id": 1, "text": "`+strings.Repeat("aabb", n)+`"}`, got)
	}
}
