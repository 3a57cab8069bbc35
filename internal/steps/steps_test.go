package steps

import (
	"flag"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/bntext/bntext/numerals"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

func TestRegistry(t *testing.T) {
	names := Names()
	for _, want := range []string{"fix", "normalize", "digits", "dates"} {
		assert.Contains(t, names, want)
	}
	_, err := ParseList("fix,,normalize")
	require.NoError(t, err)
	_, err = ParseList("fix,nope")
	require.ErrorContains(t, err, "nope")
	_, err = ParseList(" , ")
	require.Error(t, err)
}

func TestBindAll(t *testing.T) {
	fs := flag.NewFlagSet("pipe", flag.ContinueOnError)
	build := BindAll(fs)
	require.NoError(t, fs.Parse([]string{"--with", "pipe-dari", "--to", "ascii"}))
	f, err := build([]string{"normalize", "digits"})
	require.NoError(t, err)
	out, _, err := transform.String(f(), "অাম ১২ যায়|")
	require.NoError(t, err)
	assert.Equal(t, "আম 12 যায়।", out)
}

func TestSeq(t *testing.T) {
	inner := Seq(mojibake.Default, normalize.NFC)
	outer := Seq(inner, normalize.New(normalize.With(normalize.OpPipeDari)))
	sc, ok := outer.(*spanSeq)
	require.True(t, ok, "a chain of spanning transformers spans")
	assert.Len(t, sc.ts, 2, "nested Seq is flattened, NFC before a normalizer dropped")
	assert.Len(t, Seq(normalize.NFC, normalize.New(normalize.WithOps(0))).(*spanSeq).ts, 2, "NFC kept before a normalizer without nfc")
	long := strings.Repeat("বাংলা ভাষা অাম ", 2000)
	out, _, err := transform.String(outer, long)
	require.NoError(t, err)
	assert.Equal(t, strings.ReplaceAll(long, "অাম", "আম"), out)
	n, err := sc.Span([]byte("বাংলা ভাষা"), true)
	assert.Equal(t, transform.ErrEndOfSpan, err, "no Span after Transform without Reset")
	assert.Zero(t, n)
	sc.Reset()
	n, err = sc.Span([]byte("বাংলা ভাষা"), true)
	assert.NoError(t, err)
	assert.Equal(t, len("বাংলা ভাষা"), n)
	sc.Reset()
	n, err = sc.Span([]byte("বাংলা অাম"), true)
	assert.Equal(t, transform.ErrEndOfSpan, err)
	assert.Less(t, n, len("বাংলা অাম"))
}

func TestNormalizerFor(t *testing.T) {
	n, err := NormalizerFor("", "")
	require.NoError(t, err)
	assert.Same(t, normalize.Default, n)
	n, err = NormalizerFor("pipe-dari", "nfc")
	require.NoError(t, err)
	assert.True(t, n.Ops().Has(normalize.OpPipeDari))
	assert.False(t, n.Ops().Has(normalize.OpNFC))
	_, err = NormalizerFor("bogus", "")
	assert.Error(t, err)
}

// TestSeqEqualsStages: a Seq gives what its stages give one after the
// other, for any chunking of the input and any size of output buffer.
func TestSeqEqualsStages(t *testing.T) {
	pieces := []string{"বাংলা ", "অা", "দু:খ", "à¦¬à¦¾", " Avwg evsjvq ", "১২", "\n", "ে", "\u200c", "য়", "x", "  ", "।", "\xff"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		var b strings.Builder
		for range r.IntN(60) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		stages := func() []transform.Transformer {
			return []transform.Transformer{FixFactory(bijoy.Auto, false)(), normalize.Default, numerals.ToASCII}
		}
		want := s
		for _, st := range stages() {
			want, _, _ = transform.String(st, want)
		}
		got, _, err := transform.String(Seq(stages()...), s)
		require.NoError(t, err)
		require.Equal(t, want, got, "%q", s)
		rd := transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), Seq(stages()...))
		out, err := io.ReadAll(rd)
		require.NoError(t, err)
		require.Equal(t, want, string(out), "one byte at a time: %q", s)
		// Tiny destination buffers.
		c := Seq(stages()...)
		var dst strings.Builder
		src := []byte(s)
		buf := make([]byte, 3)
		for {
			nd, ns, err := c.Transform(buf, src, true)
			dst.Write(buf[:nd])
			src = src[ns:]
			if err == nil {
				break
			}
			require.Equal(t, transform.ErrShortDst, err)
			if nd == 0 && ns == 0 {
				buf = make([]byte, 2*len(buf))
			}
		}
		require.Equal(t, want, dst.String(), "tiny dst: %q", s)
	}
}

// counter is a stateful spanning transformer for tests: it upper-cases
// the byte after each mark (consuming the mark) and counts the bytes it
// has read, by Span or Transform, so a test can see its state.
type counter struct {
	mark byte
	read int
}

func (c *counter) Reset() { c.read = 0 }

func (c *counter) Span(src []byte, atEOF bool) (int, error) {
	for i, b := range src {
		if b == c.mark {
			c.read += i
			return i, transform.ErrEndOfSpan
		}
	}
	c.read += len(src)
	return len(src), nil
}

func (c *counter) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		b := src[nSrc]
		k := 1
		if b == c.mark {
			if nSrc+1 == len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
			} else {
				b, k = src[nSrc+1]-'a'+'A', 2
			}
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = b
		nDst++
		nSrc += k
		c.read += k
	}
	return nDst, nSrc, nil
}

// After Span returns n, every stage is in the state of having read
// exactly n bytes, even when an earlier stage spanned further, and
// Transform goes on from n as x/text requires.
func TestSeqSpanLeavesStagesAtN(t *testing.T) {
	a, b := &counter{mark: '^'}, &counter{mark: '#'}
	s := Seq(a, b).(transform.SpanningTransformer)
	// a spans up to its mark ^ (5 bytes), b only up to its mark #.
	src := []byte("ab#cd^ef")
	n, err := s.Span(src, true)
	assert.Equal(t, 2, n)
	assert.Equal(t, transform.ErrEndOfSpan, err)
	assert.Equal(t, 2, a.read, "the first stage is rewound to n")
	assert.Equal(t, 2, b.read)
	k, err := s.Span(src[n:], true)
	assert.Zero(t, k, "no second Span once the stages have taken input")
	assert.Equal(t, transform.ErrEndOfSpan, err)
	assert.Equal(t, 2, a.read)
	// Transform goes on from n.
	out := make([]byte, 16)
	nDst, nSrc, err := s.(transform.Transformer).Transform(out, src[n:], true)
	require.NoError(t, err)
	assert.Equal(t, len(src)-n, nSrc)
	assert.Equal(t, "CdEf", string(out[:nDst]))
	// Span only at the start of a stream.
	n, err = s.Span([]byte("xyz"), true)
	assert.Zero(t, n)
	assert.Equal(t, transform.ErrEndOfSpan, err)
	s.Reset()
	n, err = s.Span([]byte("xyz"), true)
	assert.Equal(t, 3, n)
	assert.NoError(t, err)
}
