package transliterate

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The cache keeps its words, facts and renderings when it grows, finds
// each word again, and starts over when the lexicon changes.
func TestWordCacheGrowKeepsWords(t *testing.T) {
	lex := &lexicon{}
	c := newWordCache()
	st := style{foreign: true}
	n := 5 * minCacheEntries
	for i := range n {
		c.prepare(lex)
		w := []byte(fmt.Sprintf("শব্দ%d", i))
		e, ok := c.entry(w)
		require.False(t, ok, "word %d new", i)
		e.f.nsyl = uint8(i % 200)
		c.setOutput(e, st, fmt.Appendf(nil, "w%d", i))
	}
	assert.Greater(t, cap(c.ents), minCacheEntries, "grew")
	for i := range n {
		w := []byte(fmt.Sprintf("শব্দ%d", i))
		e, ok := c.entry(w)
		require.True(t, ok, "word %d kept", i)
		assert.Equal(t, uint8(i%200), e.f.nsyl)
		out, ok := c.output(e, st)
		require.True(t, ok)
		assert.Equal(t, fmt.Sprintf("w%d", i), string(out))
		_, ok = c.output(e, style{})
		assert.False(t, ok, "other style not cached")
	}
	c.prepare(&lexicon{})
	_, ok := c.entry([]byte("শব্দ1"))
	assert.False(t, ok, "a new lexicon empties the cache")
}
