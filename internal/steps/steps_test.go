package steps

import (
	"flag"
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize"
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
	inner := Seq(normalize.NFC, normalize.Default)
	outer := Seq(inner, normalize.Default)
	sc, ok := outer.(*spanChain)
	require.True(t, ok, "a chain of spanning transformers spans")
	assert.Len(t, sc.parts, 3, "nested Seq is flattened")
	long := strings.Repeat("বাংলা ভাষা অাম ", 2000)
	out, _, err := transform.String(outer, long)
	require.NoError(t, err)
	assert.Equal(t, strings.ReplaceAll(long, "অাম", "আম"), out)
	n, err := sc.Span([]byte("বাংলা ভাষা"), true)
	assert.NoError(t, err)
	assert.Equal(t, len("বাংলা ভাষা"), n)
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
