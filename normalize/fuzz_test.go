package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds are inputs that exercise every op and the segment edges.
var fuzzSeeds = []string{
	"৳১\u09f7\u09f7\u09f9।\u09f7", "কম\u200cল می\u200c\u200cخ", "উইকিপিডিয়া:আলোচনা",
	"", "a", "বাংলা", "অাম", "ভা\u09dfা", "উদ্\u200cগম", "র\u200d্যাব", "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২",
	"দু:খ", "কা\u09c7ন", "যে\u09bc", "ত্\u200d", "a\u0301", "কঁা", "\ufeffবাংলা\u200bভাষা\u00a0১২",
	"ক্\u09bc", "ক\u09fe\u09bc্", "র\u200c্য", "ক\u200d্ষ", "কা\u200d", "\u200dক", "👩\u200d💻", "می\u200cخواهم",
	"ি\u0995", "েকমন", "গ্র্র", "এ্যা", "ৰৱ", "ৄ", "\u09e4\u09e5", "যায়৷", "৴৷", "সে যায়|", "।।", "ডা: রহমান",
	"নামঃ ১", "“ভাষা”—…", "a  \t b", "শীর্ষ ড়", "\xe0\xa6", "\xff\xfe", "ক\u0301\u09bc্",
	strings.Repeat("্", 70), strings.Repeat("ক্", 700), strings.Repeat("\u09bc\u09cd", 40),
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzNFC(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		want := norm.NFC.String(s)
		require.Equal(t, want, NFC.String(s), "String")
		got, err := xtest.OneByteReads(NFC, s)
		require.NoError(t, err)
		require.Equal(t, want, got, "stream")
		require.Equal(t, norm.NFC.IsNormalString(s), NFC.IsNormalString(s), "IsNormal")
	})
}

func checkNormalizer(t *testing.T, n *Normalizer, s string) {
	out := n.String(s)
	if utf8.ValidString(s) {
		require.True(t, utf8.ValidString(out), "valid UTF-8 in, invalid out: %q -> %q", s, out)
	}
	require.Equal(t, out, n.String(out), "not idempotent: %q -> %q", s, out)
	got, err := xtest.OneByteReads(n, s)
	require.NoError(t, err)
	require.Equal(t, out, got, "stream differs for %q", s)
	got, err = xtest.SmallBuffers(n, s, 5, 0)
	require.NoError(t, err)
	require.Equal(t, out, got, "tiny dst differs for %q", s)
	k, _ := n.Span([]byte(s), true)
	require.True(t, strings.HasPrefix(out, s[:k]), "span prefix %d changed for %q", k, s)
	if n.ops.Has(OpNFC) {
		require.True(t, norm.NFC.IsNormalString(out), "output not NFC: %q -> %q", s, out)
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			require.Equal(t, out, n.String(s[:i+1])+n.String(s[i+1:]), "not line-local at %d: %q", i, s)
			break
		}
	}
	exp, changes := n.Explain(s)
	require.Equal(t, out, exp, "Explain output")
	checkChanges(t, s, out, changes)
}

// checkChanges verifies that the changes map the input onto the output.
func checkChanges(t *testing.T, in, out string, changes []Change) {
	var rebuilt strings.Builder
	pos := 0
	for _, c := range changes {
		require.GreaterOrEqual(t, c.Start, pos, "changes overlap: %+v", changes)
		require.Equal(t, in[c.Start:c.End], c.Before)
		require.Equal(t, out[c.OutStart:c.OutEnd], c.After)
		rebuilt.WriteString(in[pos:c.Start])
		require.Equal(t, rebuilt.Len(), c.OutStart, "output offset of %+v", c)
		rebuilt.WriteString(c.After)
		pos = c.End
	}
	rebuilt.WriteString(in[pos:])
	require.Equal(t, out, rebuilt.String(), "changes do not rebuild the output")
}

func FuzzDefault(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkNormalizer(t, Default, s)
	})
}

func FuzzOps(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, uint64(i)*0x9E3779B97F4A7C15)
	}
	f.Fuzz(func(t *testing.T, s string, ops uint64) {
		checkNormalizer(t, New(WithOps(Ops(ops)&AllOps)), s)
	})
}

// TestShortDstASCII: the eight-byte ASCII skip must not pass the end of
// the room in dst (a fuzz finding of the transliterate package).
func TestShortDstASCII(t *testing.T) {
	src := []byte("0000000000\xb6:")
	dst := make([]byte, 6)
	nDst, nSrc, err := Default.Transform(dst, src, true)
	require.Equal(t, transform.ErrShortDst, err)
	require.Equal(t, nDst, nSrc)
	require.Equal(t, src[:nSrc], dst[:nDst])
	for c := 1; c < 16; c++ {
		got, err := xtest.SmallBuffers(Default, string(src), c, 0)
		require.NoError(t, err)
		require.Equal(t, string(src), got, "dst %d", c)
	}
}
