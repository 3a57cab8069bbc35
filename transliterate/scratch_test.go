package transliterate

import (
	"testing"

	"github.com/bntext/bntext/normalize"
	"github.com/stretchr/testify/assert"
)

// The unit to normalize may be the scratch buffer itself (or a part of
// it): the result must still be right.
func TestScratchNormalizeAliased(t *testing.T) {
	sc := &scratch{}
	in := "বাড\u09BCি \u200Dরহমান"
	want := normalize.String(in)
	for _, cut := range []int{0, 1, 3} {
		sc.norm = append(sc.norm[:0], "xyz"+in...)
		unit := sc.norm[cut : 3+len(in)]
		got := sc.normalize(normalize.Default, unit)
		assert.Equal(t, normalize.String("xyz"[cut:]+in), string(got))
	}
	// A unit elsewhere reuses the buffer.
	sc.norm = make([]byte, 0, 1024)
	p := &sc.norm[:1][0]
	got := sc.normalize(normalize.Default, []byte(in))
	assert.Equal(t, want, string(got))
	assert.Same(t, p, &got[0])
	assert.True(t, overlaps(sc.norm[:2], sc.norm[1:3]))
	assert.False(t, overlaps(sc.norm[:2], sc.norm[2:3]))
	assert.False(t, overlaps(nil, sc.norm))
}
