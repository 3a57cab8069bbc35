package xtest

import "testing"

// Loop runs fn b.N times over n bytes of input, with b.SetBytes and
// b.ReportAllocs, and reports cpu-MB/s besides MB/s: the bytes per
// second of CPU time the process used, which a machine shared with other
// work does not understate as it does wall-clock MB/s.
func Loop(b *testing.B, n int, fn func()) {
	b.SetBytes(int64(n))
	b.ReportAllocs()
	start := CPUTime()
	for b.Loop() {
		fn()
	}
	if d := CPUTime() - start; d > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}
