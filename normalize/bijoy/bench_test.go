package bijoy_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/normalize/bijoy"
	"golang.org/x/text/transform"
)

// Benchmark corpora, built from the package's own sample text.
var (
	benchBijoy   = repeatTo(sampleBijoy, 1<<20)
	benchEnglish = repeatTo(sampleEnglish, 1<<20)
	benchBengali = repeatTo(sampleBengali, 1<<20)
	benchMixed   = repeatTo(sampleMixed, 1<<20)
)

const sampleBijoy = "Avwg evsjvq Mvb MvB| AvR XvKvq e„wó n‡q‡Q Ges ZvcgvÎv 30 wWwMÖ †mjwmqvm| " +
	"wbe©vPb Kwgkb Rvwb‡q‡Q, AvMvgx gv‡m RvZxq msm` wbe©vP‡bi Zdwmj †NvlYv Kiv n‡e|\n" +
	"we`¨yr mieivn ¯^vfvweK ivL‡Z miKvi bZyb cÖK‡íi KvR ïiæ K‡i‡Q| m‡e©v”P Av`vj‡Zi " +
	"ivq Abyhvqx Kywgjøv †Rjvi KvwË©K cy‡Rvi QzwU evwo‡q †`Iqv n‡q‡Q|\n"

const sampleEnglish = "The quick brown fox jumps over the lazy dog. Reuters reported on Monday " +
	"that the talks would resume next week, according to officials in Dhaka.\n" +
	"See https://example.com/news/2024/11/story.html for details; call fmt.Println(x) " +
	"when the value changes, and set MAX_SIZE = 4096 in config.yaml.\n"

const sampleBengali = "আমি বাংলায় গান গাই। আজ ঢাকায় বৃষ্টি হয়েছে এবং তাপমাত্রা ৩০ ডিগ্রি সেলসিয়াস।\n" +
	"নির্বাচন কমিশন জানিয়েছে, আগামী মাসে জাতীয় সংসদ নির্বাচনের তফসিল ঘোষণা করা হবে।\n"

const sampleMixed = "Reuters Rvbvq, XvKvq AvR 5 Rb wbnZ n‡q‡Qb| See https://example.com for more.\n" +
	"The Prime Minister ej‡jb, †`‡ki Dbœq‡b me©`jxq HK¨ cÖ‡qvRb|\n"

func repeatTo(s string, n int) []byte {
	return []byte(strings.Repeat(s, n/len(s)+1)[:n/len(s)*len(s)])
}

func benchTransform(b *testing.B, m bijoy.Mode, in []byte) {
	dst := make([]byte, 8*len(in))
	t := bijoy.New(m)
	xtest.Loop(b, len(in), func() {
		t.Reset()
		if _, _, err := t.Transform(dst, in, true); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkAllBijoy(b *testing.B)    { benchTransform(b, bijoy.All, benchBijoy) }
func BenchmarkAutoBijoy(b *testing.B)   { benchTransform(b, bijoy.Auto, benchBijoy) }
func BenchmarkAutoMixed(b *testing.B)   { benchTransform(b, bijoy.Auto, benchMixed) }
func BenchmarkAutoEnglish(b *testing.B) { benchTransform(b, bijoy.Auto, benchEnglish) }
func BenchmarkAutoBengali(b *testing.B) { benchTransform(b, bijoy.Auto, benchBengali) }

func BenchmarkSpanAutoEnglish(b *testing.B) {
	t := bijoy.New(bijoy.Auto)
	xtest.Loop(b, len(benchEnglish), func() {
		t.Reset()
		if n, err := t.Span(benchEnglish, true); n != len(benchEnglish) || err != nil {
			b.Fatal(n, err)
		}
	})
}

func benchReader(b *testing.B, m bijoy.Mode, in []byte) {
	xtest.Loop(b, len(in), func() {
		r := transform.NewReader(bytes.NewReader(in), bijoy.New(m))
		if _, err := io.Copy(io.Discard, r); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkReaderAllBijoy(b *testing.B)    { benchReader(b, bijoy.All, benchBijoy) }
func BenchmarkReaderAutoEnglish(b *testing.B) { benchReader(b, bijoy.Auto, benchEnglish) }

func BenchmarkToUnicodeWord(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = bijoy.ToUnicode("m‡e©v”P")
	}
}
