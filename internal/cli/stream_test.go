package cli

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

// shout upper-cases ASCII letters once it has seen a '!': a stateful
// spanning transformer whose Span moves its state (as x/text allows).
type shout struct{ on bool }

func (s *shout) Reset() { s.on = false }

func (s *shout) Span(src []byte, atEOF bool) (int, error) {
	for i, c := range src {
		if s.on && c >= 'a' && c <= 'z' {
			return i, transform.ErrEndOfSpan
		}
		if c == '!' {
			s.on = true
		}
	}
	return len(src), nil
}

func (s *shout) Transform(dst, src []byte, atEOF bool) (int, int, error) {
	n := min(len(dst), len(src))
	for i, c := range src[:n] {
		if s.on && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		if c == '!' {
			s.on = true
		}
		dst[i] = c
	}
	if n < len(src) {
		return n, n, transform.ErrShortDst
	}
	return n, n, nil
}

// A job whose Span stops part way is transformed from its start with the
// transformer reset, not in the state Span left it in.
func TestTransformProcessorAfterPartialSpan(t *testing.T) {
	p := newTransformProcessor(&shout{})
	p.start(1, 0)
	out, err := p.process(nil, []byte("ab!cd\n"), true)
	require.NoError(t, err)
	assert.Equal(t, "ab!CD\n", string(out))
	p.start(2, 6)
	out, err = p.process(nil, []byte("clean\n"), true)
	require.NoError(t, err)
	assert.Equal(t, "clean\n", string(out))
}
