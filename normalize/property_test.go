package normalize

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// alphabet is weighted towards the characters the ops act on.
var alphabet = []string{
	"ক", "ত", "ব", "র", "য", "এ", "অ", "ঋ", "ঌ", "ি", "ে", "া", "ৗ", "ৃ", "ৢ", "ৄ", "ো", "ৌ", "ী", "ু",
	"ঁ", "ং", "ঃ", "়", "্", "ৎ", "ড়", "য়", "ৰ", "ৱ", "১", "৯", "৷", "৴", "\u09e4", "৾",
	"\u200c", "\u200d", "\u200b", "\u00ad", "\u2060", "\ufeff", "\u00a0", "\u200e", "\u2003",
	" ", "  ", "\t", "\n", ":", "|", "।", "a", "é", "e\u0301", "\u0301", "‘", "”", "—", "…", "👩", "म", "\xff",
	"0000000000", "plain ascii words ", "abc:def",
}

func randomText(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(alphabet[r.IntN(len(alphabet))])
	}
	return b.String()
}

// TestRandomProperties checks the invariants of checkNormalizer on random
// Bengali-heavy text under random op sets.
func TestRandomProperties(t *testing.T) {
	iters, seed := 20000, uint64(1)
	if testing.Short() {
		iters = 2000
	}
	// BNTEXT_PROPERTY=iters,seed runs a longer or different sweep.
	if v := os.Getenv("BNTEXT_PROPERTY"); v != "" {
		fmt.Sscanf(v, "%d,%d", &iters, &seed)
	}
	r := rand.New(rand.NewPCG(seed, 2))
	for i := range iters {
		s := randomText(r, 1+r.IntN(24))
		var n *Normalizer
		switch i % 4 {
		case 0:
			n = Default
		case 1:
			n = NFC
		default:
			n = New(WithOps(Ops(r.Uint64()) & AllOps))
		}
		func() {
			defer func() {
				if t.Failed() {
					t.Logf("ops: %s", n.ops)
				}
			}()
			checkNormalizer(t, n, s)
			got, err := xtest.SmallBuffers(n, s, 1+i%9, 0)
			require.NoError(t, err)
			require.Equal(t, n.String(s), got, "dst of %d: %q", 1+i%9, s)
			if n == Default {
				// NFC first changes nothing (the CLI drops an NFC step
				// before normalize).
				require.Equal(t, n.String(s), n.String(norm.NFC.String(s)), "NFC first: %q", s)
			}
		}()
	}
}
