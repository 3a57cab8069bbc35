package xtest_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"

	"github.com/bntext/bntext/internal/xtest"
)

// upperPairs upper-cases ASCII letters and needs two bytes of source to
// decide on a byte: it asks for more with ErrShortSrc, and for room with
// ErrShortDst, so the helpers must handle both.
type upperPairs struct{ transform.NopResetter }

func (upperPairs) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nSrc+1 == len(src) && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		if nDst == len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		c := src[nSrc]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst[nDst] = c
		nDst++
		nSrc++
	}
	return nDst, nSrc, nil
}

func TestHelpers(t *testing.T) {
	for _, s := range []string{"", "a", "ab", "hello, world", "বাংলা text"} {
		want, _, err := transform.String(upperPairs{}, s)
		require.NoError(t, err)
		got, err := xtest.OneByteReads(upperPairs{}, s)
		require.NoError(t, err)
		assert.Equal(t, want, got)
		for _, d := range []int{0, 1, 3} {
			for _, c := range []int{0, 1, 2, 5} {
				got, err := xtest.SmallBuffers(upperPairs{}, s, d, c)
				require.NoError(t, err, "dst %d src %d", d, c)
				assert.Equal(t, want, got, "dst %d src %d", d, c)
			}
		}
	}
}

// A transformer that fails is reported, not looped on.
type failing struct{ transform.NopResetter }

func (failing) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	return 0, 0, transform.ErrShortSrc
}

func TestHelpersReportFailure(t *testing.T) {
	_, err := xtest.SmallBuffers(failing{}, "abc", 4, 0)
	assert.Error(t, err)
	_, err = xtest.OneByteReads(failing{}, "abc")
	assert.Error(t, err)
}

func BenchmarkLoop(b *testing.B) {
	s := "hello, world"
	xtest.Loop(b, len(s), func() {
		if _, _, err := transform.String(upperPairs{}, s); err != nil {
			b.Fatal(err)
		}
	})
}

func TestEditDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3},
		{"Rahman", "Rahaman", 1}, {"বাংলা", "বাঙলা", 1}, {"আমি", "আমি", 0},
	} {
		assert.Equal(t, tt.want, xtest.EditDistance(tt.a, tt.b), "%q %q", tt.a, tt.b)
		assert.Equal(t, tt.want, xtest.EditDistance(tt.b, tt.a), "symmetric")
	}
}

// lazy returns nil without taking anything: a broken transformer.
type lazy struct{ transform.NopResetter }

func (lazy) Transform(dst, src []byte, atEOF bool) (int, int, error) { return 0, 0, nil }

func TestSmallBuffersReportsNilBeforeEnd(t *testing.T) {
	_, err := xtest.SmallBuffers(lazy{}, "abc", 4, 0)
	assert.Error(t, err)
}
