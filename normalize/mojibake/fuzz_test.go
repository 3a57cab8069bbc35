package mojibake_test

import (
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// checkStreaming asserts that every way of feeding f gives the one-shot
// result, and that Span agrees with it.
func checkStreaming(t *testing.T, f *mojibake.Fixer, s string) string {
	t.Helper()
	want := f.String(s)
	got, err := xtest.OneByteReads(f, s)
	require.NoError(t, err)
	require.Equal(t, want, got, "stream %q", s)
	got, err = xtest.SmallBuffers(f, s, 3, 0)
	require.NoError(t, err)
	require.Equal(t, want, got, "tiny dst %q", s)
	n, err := f.Span([]byte(s), true)
	if err == nil {
		require.Equal(t, len(s), n)
		require.Equal(t, s, want, "Span says clean")
	} else {
		require.Equal(t, transform.ErrEndOfSpan, err)
		require.Equal(t, s[:n], want[:n], "Span prefix changed")
	}
	return want
}

var fuzzSeeds = []string{
	"", "a", "বাংলা", "à¦¬à¦¾à¦‚à¦²à¦¾", "à¦", "à¦à¦", "à§ ", "à¦ ̧", "Ã Â¦Â¬", "Ã\u00a0Â¦Â¬", "‡¶¨‡¶æ",
	"â€˜à¦‰â€™", "â€", "à¦\ufffd", "SÃO PAULO", "the Â key", "mÜ¨v", "KvwË©K", "&#2476;&#x9be;", "&amp;&lt;&notit;",
	"à¦¬\nà¦¾", "\xe0\xa6", "\xff\xfe", "café à¦¬à¦¾ §", "à¦1⁄4", "à¦...", "x\r\nà¦¬à¦¾\r\n",
	"Ã Â¦Â3⁄4Ã Â¦Å ̧Ã Â¦Â ̈", "Ã Â¦Â", "Ã Â¦Â 3", "Ã Â¦Å",
	strings.Repeat("à¦", 300), strings.Repeat("Ã\u00a0", 300), strings.Repeat("à¦¬ ", 900),
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, l := range corpusLines[:5] {
		f.Add(l)
		f.Add(cp1252(l))
	}
}

// FuzzFix: no panic; valid UTF-8 stays valid; streaming equals one-shot;
// the repair is line-local.
func FuzzFix(f *testing.F) {
	addSeeds(f)
	html := mojibake.New(mojibake.HTML(true))
	f.Fuzz(func(t *testing.T, s string) {
		for _, fx := range []*mojibake.Fixer{mojibake.Default, html} {
			out := checkStreaming(t, fx, s)
			if utf8.ValidString(s) {
				require.True(t, utf8.ValidString(out), "%q -> %q", s, out)
			}
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				require.Equal(t, out, fx.String(s[:i+1])+fx.String(s[i+1:]), "line-local")
			}
		}
	})
}

// bengaliOnly keeps the Bengali letters, digits and spaces of s, so that
// the fuzzer writes Bengali text.
func bengaliOnly(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if bn.InBlock(r) && bn.ClassOf(r) != bn.Unassigned || r == ' ' || r == bn.Dari {
			sb.WriteRune(r)
		}
	}
	return norm.NFC.String(sb.String())
}

// wellFormed reports whether s has two Bengali characters or more and
// every vowel sign, virama and sign of nasality in it follows a consonant
// (or, for ঁ ং ঃ, a vowel).
func wellFormed(s string) bool {
	n := 0
	prev := bn.Unassigned
	for _, r := range s {
		c := bn.ClassOf(r)
		if c != bn.Unassigned {
			n++
		}
		switch c {
		case bn.VowelSign, bn.ViramaClass, bn.NuktaClass:
			if prev != bn.Consonant && prev != bn.NuktaClass {
				return false
			}
		case bn.Modifier:
			if prev != bn.Consonant && prev != bn.VowelSign && prev != bn.IndependentVowel {
				return false
			}
		}
		if prev == bn.ViramaClass && c != bn.Consonant {
			return false
		}
		prev = c
	}
	return n >= 2 && prev != bn.ViramaClass
}

// FuzzBengali: clean Bengali never changes, and mojibake of it comes back
// exactly.
func FuzzBengali(f *testing.F) {
	for _, l := range corpusLines {
		f.Add(l)
	}
	f.Add("ঢ় ৠ ঠ ঁ ঽ ৺")
	f.Fuzz(func(t *testing.T, s string) {
		x := bengaliOnly(s)
		require.Equal(t, x, mojibake.String(x), "clean Bengali changed")
		if !strings.ContainsFunc(x, func(r rune) bool { return bn.IsLetter(r) || bn.IsDigit(r) }) {
			return
		}
		for _, cm := range []*charmap.Charmap{charmap.Windows1252, charmap.ISO8859_1, charmap.Macintosh} {
			if cm == charmap.Macintosh && !wellFormed(x) {
				// MacRoman spells Bengali with characters legacy Bijoy
				// text uses too: it needs two Bengali characters that
				// follow the rules of the script.
				continue
			}
			d := misdecode(x, cm, keepC1)
			assert.Equal(t, x, mojibake.String(d), "%s %q", cm, d)
		}
		assert.Equal(t, x, mojibake.String(cp1252(cp1252(x))), "double")
	})
}

func TestSeedsStreaming(t *testing.T) {
	html := mojibake.New(mojibake.HTML(true))
	for _, s := range fuzzSeeds {
		checkStreaming(t, mojibake.Default, s)
		checkStreaming(t, html, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, l := range corpusLines {
		for _, k := range damageKinds {
			checkStreaming(t, mojibake.New(mojibake.HTML(k.html)), k.f(l, rng))
		}
	}
}

// TestLineLocal: the output for x+"\n"+y is the output for x+"\n"
// followed by the output for y.
func TestLineLocal(t *testing.T) {
	x := cp1252(corpusLines[0]) + " à¦"
	y := "à¦¾ " + cp1252(corpusLines[1])
	s := x + "\n" + y
	assert.Equal(t, mojibake.String(x+"\n")+mojibake.String(y), mojibake.String(s))
}

// TestLinearTime feeds 10 MB of one repeated suspicious character or
// pair, and a quarter of that: the time must grow in proportion (a
// quadratic repair would take 16 times as long for four times the input).
// Times are CPU times, which other work on the machine disturbs less.
func TestLinearTime(t *testing.T) {
	big, small := 10<<20, 2<<20
	if testing.Short() {
		big, small = 1<<20, 1<<20
	}
	fx := mojibake.New(mojibake.HTML(true))
	run := func(s string) time.Duration {
		start := xtest.CPUTime()
		_, err := io.Copy(io.Discard, fx.Reader(strings.NewReader(s)))
		require.NoError(t, err)
		return xtest.CPUTime() - start
	}
	for _, unit := range []string{"à", "à¦", "¦", "à¦¬", "Ã\u00a0", "â€", "à¦ ", "&", "\ufffd", "Ã Â¦", "à¦1⁄4"} {
		size := small
		if len(unit) <= 4 {
			size = big
		}
		s := strings.Repeat(unit, size/len(unit))
		quarter := s[:len(s)/4]
		tq, tf := run(quarter), run(s)
		t.Logf("%-12q %5.1f MB in %v (%.0f MB/s of CPU); a quarter in %v", unit, float64(len(s))/(1<<20),
			tf.Round(time.Millisecond), float64(len(s))/tf.Seconds()/1e6, tq.Round(time.Millisecond))
		assert.Less(t, tf.Seconds(), 10*max(tq.Seconds(), 0.005), "%q: not linear", unit)
	}
}
