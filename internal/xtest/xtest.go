// Package xtest holds what the tests of the transformers share: ways to
// run a transform.Transformer over the worst chunkings of its input, so
// that a test can check that streaming gives what one call gives.
package xtest

import (
	"errors"
	"io"
	"strings"
	"testing/iotest"

	"golang.org/x/text/transform"
)

// OneByteReads runs t over s through transform.NewReader (which resets
// it), fed one byte per read.
func OneByteReads(t transform.Transformer, s string) (string, error) {
	b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(s)), t))
	return string(b), err
}

// SmallBuffers runs t over s calling Transform directly with a
// destination of dstSize bytes and sources of srcChunk bytes (all of what
// is left when srcChunk <= 0), as a caller that keeps its buffers small
// would. A buffer grows only when a call makes no progress with it, and
// atEOF is set only when the source holds the rest of s.
func SmallBuffers(t transform.Transformer, s string, dstSize, srcChunk int) (string, error) {
	t.Reset()
	src := []byte(s)
	dst := make([]byte, max(dstSize, 1))
	var out []byte
	for {
		n := len(src)
		if srcChunk > 0 {
			n = min(n, srcChunk)
		}
		atEOF := n == len(src)
		nDst, nSrc, err := t.Transform(dst, src[:n], atEOF)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		switch {
		case err == nil:
			if atEOF {
				if len(src) > 0 {
					return string(out), errors.New("xtest: nil error before the end of the input")
				}
				return string(out), nil
			}
		case errors.Is(err, transform.ErrShortDst):
			if nDst == 0 && nSrc == 0 {
				dst = make([]byte, 2*len(dst))
			}
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return string(out), errors.New("xtest: ErrShortSrc at the end of the input")
			}
			if nSrc == 0 {
				srcChunk *= 2
			}
		default:
			return string(out), err
		}
	}
}

// EditDistance returns the Levenshtein distance between a and b counted
// in characters (runes): insertions, deletions and substitutions.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
