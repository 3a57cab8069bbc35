package mojibake_test

import (
	"strings"
	"testing"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/normalize/mojibake"
	"golang.org/x/text/encoding/charmap"
)

// benchText is about 1 MB made from the corpus by f.
func benchText(f func(string) string) string {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(f(corpusLines[i%len(corpusLines)]))
		sb.WriteByte('\n')
	}
	return sb.String()
}

var (
	benchClean   = benchText(func(s string) string { return s })
	benchASCII   = strings.Repeat("The quick brown fox jumps over the lazy dog, 1234567890.\n", 1<<20/56)
	benchCP1252  = benchText(cp1252)
	benchDouble  = benchText(func(s string) string { return cp1252(cp1252(s)) })
	benchDropped = benchText(func(s string) string { return misdecode(s, charmap.Windows1252, dropIt) })
	benchMixed   = benchText(func(s string) string {
		w := strings.Split(s, " ")
		w[len(w)/2] = cp1252(w[len(w)/2])
		return strings.Join(w, " ")
	})
)

func benchString(b *testing.B, f *mojibake.Fixer, s string) {
	xtest.Loop(b, len(s), func() { f.String(s) })
}

func benchTransform(b *testing.B, f *mojibake.Fixer, s string) {
	src := []byte(s)
	dst := make([]byte, len(src)+len(src)/8+64)
	xtest.Loop(b, len(s), func() {
		if _, _, err := f.Transform(dst, src, true); err != nil {
			b.Fatal(err)
		}
	})
}

func BenchmarkSpanCleanBengali(b *testing.B) { benchString(b, mojibake.Default, benchClean) }
func BenchmarkSpanCleanASCII(b *testing.B)   { benchString(b, mojibake.Default, benchASCII) }
func BenchmarkFixCP1252(b *testing.B)        { benchTransform(b, mojibake.Default, benchCP1252) }
func BenchmarkFixDouble(b *testing.B)        { benchTransform(b, mojibake.Default, benchDouble) }
func BenchmarkFixDropped(b *testing.B)       { benchTransform(b, mojibake.Default, benchDropped) }
func BenchmarkFixOneWordPerLine(b *testing.B) {
	benchTransform(b, mojibake.Default, benchMixed)
}
func BenchmarkFixCP1252HTML(b *testing.B) {
	benchTransform(b, mojibake.New(mojibake.HTML(true)), benchCP1252)
}

// BenchmarkReaderCP1252 streams through transform.Reader and its 4 KiB
// buffers.
func BenchmarkReaderCP1252(b *testing.B) {
	buf := make([]byte, 32<<10)
	xtest.Loop(b, len(benchCP1252), func() {
		r := mojibake.Default.Reader(strings.NewReader(benchCP1252))
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	})
}
