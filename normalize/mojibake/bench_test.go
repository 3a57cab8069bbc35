package mojibake_test

import (
	"strings"
	"syscall"
	"testing"
	"time"

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

// cpuTime returns the CPU time the process has used. The benchmarks
// report MB per CPU-second besides MB/s: on a machine shared with other
// work, wall-clock MB/s understates what one core does.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// loop runs fn b.N times and reports cpu-MB/s.
func loop(b *testing.B, n int, fn func()) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		fn()
	}
	if d := cpuTime() - start; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

func benchString(b *testing.B, f *mojibake.Fixer, s string) {
	loop(b, len(s), func() { f.String(s) })
}

func benchTransform(b *testing.B, f *mojibake.Fixer, s string) {
	src := []byte(s)
	dst := make([]byte, len(src)+len(src)/8+64)
	loop(b, len(s), func() {
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
	loop(b, len(benchCP1252), func() {
		r := mojibake.Default.Reader(strings.NewReader(benchCP1252))
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	})
}
