package transliterate_test

import (
	"bytes"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/bntext/bntext/transliterate"
	"golang.org/x/text/transform"
)

// benchText is Bengali news text and benchNames a list of names, from
// testdata/translit, each repeated to about 1 MB.
func benchText(b *testing.B) []byte  { return repeatFile(b, "../testdata/translit/sample.txt") }
func benchNames(b *testing.B) []byte { return repeatFile(b, "../testdata/translit/names.txt") }

// repeatFile returns the file name repeated to at least 1 MiB; the
// benchmark is skipped when it cannot be read.
func repeatFile(b *testing.B, name string) []byte {
	b.Helper()
	src, err := os.ReadFile(name)
	if err != nil {
		b.Skip(err)
	}
	return bytes.Repeat(src, (1<<20)/len(src)+1)
}

func benchReader(b *testing.B, t *transliterate.Transliterator, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(in), t)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkISO15919Text(b *testing.B) { benchReader(b, transliterate.ISO15919, benchText(b)) }
func BenchmarkASCIIText(b *testing.B)    { benchReader(b, transliterate.ASCII, benchText(b)) }
func BenchmarkNamesText(b *testing.B)    { benchReader(b, transliterate.Names, benchText(b)) }
func BenchmarkNamesNames(b *testing.B)   { benchReader(b, transliterate.Names, benchNames(b)) }
func BenchmarkReverseISO15919(b *testing.B) {
	in := transliterate.ISO15919.Bytes(benchText(b))
	benchReader(b, transliterate.FromISO15919, in)
}

func BenchmarkNamesString(b *testing.B) {
	names := strings.Split(strings.TrimSpace(string(benchNames(b))), "\n")[:500]
	n := 0
	for _, s := range names {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range names {
			_ = transliterate.Names.String(s)
		}
	}
}

func BenchmarkASCIIOnly(b *testing.B) {
	in := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog.\n"), 20000)
	benchReader(b, transliterate.Names, in)
}

// benchBlocks runs t over the input in blocks of 1 MiB with a large
// destination, the way the bntext CLI calls it.
func benchBlocks(b *testing.B, t *transliterate.Transliterator, in []byte) {
	dst := make([]byte, 3*len(in)+1024)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		if _, _, err := t.Transform(dst, in, true); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkISO15919Blocks(b *testing.B) { benchBlocks(b, transliterate.ISO15919, benchText(b)) }
func BenchmarkNamesBlocks(b *testing.B)    { benchBlocks(b, transliterate.Names, benchText(b)) }

// BenchmarkNamesCorpus runs the names scheme, the way the CLI calls it,
// over the file named by $BNTEXT_BENCH_CORPUS (skipped when unset), e.g.
// a 20 MB news corpus.
func BenchmarkNamesCorpus(b *testing.B) {
	name := os.Getenv("BNTEXT_BENCH_CORPUS")
	if name == "" {
		b.Skip("BNTEXT_BENCH_CORPUS not set")
	}
	in, err := os.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	benchBlocks(b, transliterate.Names, in)
}
