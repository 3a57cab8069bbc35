package bijoy_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

var modes = []bijoy.Mode{bijoy.Off, bijoy.Auto, bijoy.All}

// oneShot transforms s with a destination big enough for everything.
func oneShot(t testing.TB, m bijoy.Mode, s string) string {
	dst := make([]byte, 8*len(s)+64)
	tr := bijoy.New(m)
	nDst, nSrc, err := tr.Transform(dst, []byte(s), true)
	require.NoError(t, err)
	require.Equal(t, len(s), nSrc)
	return string(dst[:nDst])
}

// streamed transforms s through transform.NewReader fed one byte at a time.
func streamed(t testing.TB, m bijoy.Mode, s string) string {
	out, err := xtest.OneByteReads(bijoy.New(m), s)
	require.NoError(t, err)
	return out
}

// tinyDst transforms s calling Transform with small destination buffers
// and source chunks.
func tinyDst(t testing.TB, m bijoy.Mode, s string, n int) string {
	out, err := xtest.SmallBuffers(bijoy.New(m), s, n, 2*n+3)
	require.NoError(t, err)
	return out
}

func checkStreaming(t *testing.T, s string) {
	for _, m := range modes {
		want := bijoy.String(m, s)
		assert.Equal(t, want, oneShot(t, m, s), "one-shot %v %q", m, s)
		assert.Equal(t, want, streamed(t, m, s), "streamed %v %q", m, s)
		assert.Equal(t, want, tinyDst(t, m, s, 7), "tiny %v %q", m, s)
	}
}

func TestStreamingEqualsOneShot(t *testing.T) {
	var all []string
	for _, p := range sentences {
		all = append(all, p.in)
	}
	for _, p := range mixedLines {
		all = append(all, p.in)
	}
	all = append(all, keepEnglish...)
	text := strings.Join(all, "\n")
	checkStreaming(t, text)
	checkStreaming(t, text+"\n")
	// Long tokens and long runs of weak tokens cross the 4 KiB buffers.
	checkStreaming(t, strings.Repeat("Avwg", 300)+" evsjvq "+strings.Repeat("x", 5000)+" MvB|")
	checkStreaming(t, "Avwg "+strings.Repeat("1 ", 3000)+"Mvb")
	checkStreaming(t, "Reuters "+strings.Repeat("I ", 3000)+"Rvbvq")
	checkStreaming(t, strings.Repeat("‡", 5000))
	checkStreaming(t, strings.Repeat("\u00a0", 3000)+"Avwg")
	checkStreaming(t, strings.Repeat("\x80", 3000)+" Avwg")
	checkStreaming(t, "Avwg"+strings.Repeat("\x80", 3000))
}

// TestLineLocal checks T(x+"\n"+y) == T(x+"\n") + T(y), which lets the CLI
// split a stream at newlines across workers.
func TestLineLocal(t *testing.T) {
	lines := []string{"Avwg evsjvq Mvb MvB|", "Hello world", "I", "Ges", "5", "Reuters Rvbvq", "bv", ""}
	for _, m := range modes {
		for _, x := range lines {
			for _, y := range lines {
				assert.Equal(t, bijoy.String(m, x+"\n")+bijoy.String(m, y), bijoy.String(m, x+"\n"+y), "%v %q %q", m, x, y)
			}
		}
	}
}

func TestInvalidUTF8PassesThrough(t *testing.T) {
	for _, m := range modes {
		out := bijoy.String(m, "Avwg \xff\xfe evsjvq \xe0\xa6")
		assert.Contains(t, out, "\xff\xfe", m.String())
		assert.True(t, strings.HasSuffix(out, "\xe0\xa6"), m.String())
	}
}

// TestLinearTime runs adversarial input (one suspicious character repeated,
// long weak runs) at two sizes and checks the time grows linearly.
func TestLinearTime(t *testing.T) {
	size := 4 << 20
	if testing.Short() {
		size = 1 << 20
	}
	for _, unit := range []string{"‡", "©", "w", "1 ", "I ", "Av", "¨", "x\u00a0", "&"} {
		for _, m := range []bijoy.Mode{bijoy.Auto, bijoy.All} {
			small := strings.Repeat(unit, size/8/len(unit))
			big := strings.Repeat(unit, size/len(unit))
			d1 := minTime(func() { _ = bijoy.String(m, small) })
			d2 := minTime(func() { _ = bijoy.String(m, big) })
			// 8 times the input: allow up to 32 times the time (noise on a
			// shared machine), far below the 64 of quadratic behaviour.
			assert.Less(t, d2, 32*d1+50*time.Millisecond, "%v %q: %v then %v", m, unit, d1, d2)
		}
	}
}

// minTime returns the least of three timings of f: the machine may be
// shared, and the minimum is what the code itself costs.
func minTime(f func()) time.Duration {
	best := time.Duration(1 << 62)
	for range 3 {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

func FuzzTransform(f *testing.F) {
	for _, p := range sentences {
		f.Add(p.in)
	}
	for _, p := range mixedLines {
		f.Add(p.in)
	}
	for _, s := range keepEnglish {
		f.Add(s)
	}
	for _, table := range featureTables {
		for _, p := range table {
			f.Add(p.in)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, s, bijoy.String(bijoy.Off, s))
		for _, m := range []bijoy.Mode{bijoy.Auto, bijoy.All} {
			out := bijoy.String(m, s)
			if utf8.ValidString(s) {
				assert.True(t, utf8.ValidString(out), "invalid UTF-8 out of %v %q: %q", m, s, out)
			}
			assert.Equal(t, strings.Count(s, "\n"), strings.Count(out, "\n"), "lines %v %q", m, s)
			assert.Equal(t, out, oneShot(t, m, s))
			if len(s) <= 4096 {
				// One byte at a time makes every look-ahead start over: keep
				// the fuzzer fast on big inputs.
				assert.Equal(t, out, streamed(t, m, s))
			}
			assert.Equal(t, out, tinyDst(t, m, s, 5))
		}
		// Text made only of Bijoy codes comes out in NFC.
		if isBijoyCodes(s) {
			out := bijoy.ToUnicode(s)
			assert.Equal(t, norm.NFC.String(out), out, "not NFC: %q -> %q", s, out)
		}
	})
}

// isBijoyCodes reports whether every character of s is a Bijoy code point
// (ASCII or the Windows-1252 / Latin-1 range), so none passes through.
func isBijoyCodes(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r > 0xFF && !strings.ContainsRune("‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œŸ", r) {
			return false
		}
	}
	return !bytes.ContainsAny([]byte(s), "\u00a0")
}

// TestSpanThenTransform: a Span that stops early leaves the transformer in
// a state from which both ways of going on give the one-shot result:
// transforming from the returned position, or (what a caller that only
// uses Span as a fast path for clean text does) from the start of src.
func TestSpanThenTransform(t *testing.T) {
	cases := []string{
		"World Bank Gi cÖwZ‡e`b",
		"The World Bank Gi cÖwZ‡e`b\n",
		"Reuters I BBC Gi Lei\nHello world\n",
		"Hello world\nThe IMF Ges World Bank Gi cÖwZ‡e`b\n",
		"Avwg evsjvq Mvb MvB| Hello world",
		"XvKv, 27 b‡f¤^i (Reuters) - evsjv‡`k e¨vsK",
		"I am here\nA I Ges \nRvbv ‡M‡Q",
	}
	for _, s := range cases {
		want := bijoy.String(bijoy.Auto, s)
		for _, restart := range []bool{false, true} {
			tr := bijoy.New(bijoy.Auto)
			src := []byte(s)
			n, err := tr.Span(src, true)
			if err == nil {
				assert.Equal(t, s, want, "Span says %q is unchanged", s)
				continue
			}
			out := append([]byte(nil), src[:n]...)
			if restart {
				out = out[:0]
			} else {
				src = src[n:]
			}
			dst := make([]byte, 8*len(src)+64)
			nDst, nSrc, err := tr.Transform(dst, src, true)
			require.NoError(t, err)
			require.Equal(t, len(src), nSrc)
			assert.Equal(t, want, string(append(out, dst[:nDst]...)), "%q restart=%v", s, restart)
		}
	}
}
