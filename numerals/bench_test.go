package numerals

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/transform"
)

// benchCorpus returns about 1 MB of Bengali news text: the shared seed
// article when it is there, else the package's own sample.
func benchCorpus(b *testing.B) []byte {
	b.Helper()
	src, err := os.ReadFile("../../shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		src, err = os.ReadFile(filepath.Join(goldenDir, "sample.txt"))
		if err != nil {
			b.Skip("no corpus")
		}
	}
	return bytes.Repeat(src, (1<<20)/len(src)+1)
}

func benchMapper(b *testing.B, m DigitMapper, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	dst := make([]byte, 0, 3*len(in))
	b.ResetTimer()
	for range b.N {
		dst = m.Append(dst[:0], in)
	}
}

func BenchmarkToASCIIBengali(b *testing.B) { benchMapper(b, ToASCII, benchCorpus(b)) }

func BenchmarkToBengaliASCII(b *testing.B) { benchMapper(b, ToBengali, ToASCII.Bytes(benchCorpus(b))) }

// BenchmarkToASCIISpanClean: text without Bengali digits, the no-change
// path of String.
func BenchmarkToASCIISpanClean(b *testing.B) {
	in := string(ToASCII.Bytes(benchCorpus(b)))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if ToASCII.String(in) != in {
			b.Fatal("changed")
		}
	}
}

// BenchmarkToASCIITransform: Transform into a 64 KiB buffer, the path the
// CLI and transform.NewReader take.
func BenchmarkToASCIITransform(b *testing.B) {
	in := benchCorpus(b)
	dst := make([]byte, 64<<10)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		src := in
		for len(src) > 0 {
			_, nSrc, err := ToASCII.Transform(dst, src, true)
			if err != nil && err != transform.ErrShortDst {
				b.Fatal(err)
			}
			src = src[nSrc:]
		}
	}
}

func BenchmarkToASCIIReader(b *testing.B) {
	in := benchCorpus(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := io.Copy(io.Discard, ToASCII.Reader(bytes.NewReader(in))); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatchNumberScan: MatchNumber at every position it lets a scan
// stop at, over news text.
func BenchmarkMatchNumberScan(b *testing.B) {
	in := benchCorpus(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for i := 0; i < len(in); {
			n, _, _ := MatchNumber(in, i)
			i += n
		}
	}
}

var benchPhrases = []string{
	"দেড় লাখ", "এক হাজার দুই শত চৌত্রিশ", "২.৫ কোটি টাকা", "৩৬.৫%", "১২,৩৪,৫৬৭", "উনিশশো একাত্তর", "তিনটি", "কয়েক হাজার",
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := range b.N {
		Parse(benchPhrases[i%len(benchPhrases)])
	}
}

func BenchmarkWords(b *testing.B) {
	v := IntValue(123456789)
	buf := make([]byte, 0, 256)
	b.ReportAllocs()
	for range b.N {
		buf = Style{}.AppendWords(buf[:0], v)
	}
}

func BenchmarkFormat(b *testing.B) {
	v := MustParseDecimal("123456789.75")
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for range b.N {
		buf = Formatter{}.Append(buf[:0], v)
	}
}
