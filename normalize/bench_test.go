package normalize

import (
	"bufio"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Benchmark corpora, about 4 MB each:
//   - clean: NFC Bengali (the bundled sample and, when installed, the
//     bn_BD hunspell word list), nothing to repair;
//   - dirty: the same text as typed in the wild: the word list spells
//     ড় ঢ় য় precomposed, and the sample has the repairs of testdata;
//   - ascii: English.
var corpora = sync.OnceValue(func() map[string][]byte {
	sample, err := os.ReadFile("../testdata/sample.txt")
	if err != nil {
		panic(err)
	}
	raw := string(sample) + "\n"
	if f, err := os.Open("/usr/share/hunspell/bn_BD.dic"); err == nil {
		var b strings.Builder
		sc := bufio.NewScanner(f)
		sc.Scan() // word count
		for sc.Scan() {
			w, _, _ := strings.Cut(sc.Text(), "/")
			b.WriteString(w)
			b.WriteString(" ")
		}
		f.Close()
		raw += b.String() + "\n"
	}
	const size = 4 << 20
	grow := func(s string) []byte {
		t := strings.Repeat(s, size/len(s)+1)[:size]
		return []byte(t[:strings.LastIndexByte(t, ' ')+1])
	}
	ascii := "The quick brown fox jumps over the lazy dog; prices rose 2.5% on 12 July 2025.\n"
	return map[string][]byte{
		"clean": grow(norm.NFC.String(Default.String(raw))),
		"dirty": grow(raw),
		"ascii": grow(ascii),
	}
})

func benchTransform(b *testing.B, t transform.Transformer, name string) {
	src := corpora()[name]
	dst := make([]byte, 3*len(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		t.Reset()
		if _, _, err := t.Transform(dst, src, true); err != nil {
			b.Fatal(err)
		}
	}
}

func benchReader(b *testing.B, t transform.Transformer, name string) {
	src := corpora()[name]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	buf := make([]byte, 64<<10)
	for b.Loop() {
		r := transform.NewReader(strings.NewReader(string(src)), t)
		for {
			if _, err := r.Read(buf); err != nil {
				break
			}
		}
	}
}

func BenchmarkDefaultClean(b *testing.B)       { benchTransform(b, Default, "clean") }
func BenchmarkDefaultDirty(b *testing.B)       { benchTransform(b, Default, "dirty") }
func BenchmarkDefaultASCII(b *testing.B)       { benchTransform(b, Default, "ascii") }
func BenchmarkDefaultReaderClean(b *testing.B) { benchReader(b, Default, "clean") }
func BenchmarkNFCClean(b *testing.B)           { benchTransform(b, NFC, "clean") }
func BenchmarkNFCDirty(b *testing.B)           { benchTransform(b, NFC, "dirty") }
func BenchmarkXTextNFCClean(b *testing.B)      { benchTransform(b, norm.NFC, "clean") }
func BenchmarkXTextNFCDirty(b *testing.B)      { benchTransform(b, norm.NFC, "dirty") }

func BenchmarkIsNormalClean(b *testing.B) {
	src := corpora()["clean"]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if !Default.IsNormal(src) {
			b.Fatal("clean corpus is not normal")
		}
	}
}

func BenchmarkXTextIsNormalClean(b *testing.B) {
	src := corpora()["clean"]
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if !norm.NFC.IsNormal(src) {
			b.Fatal("clean corpus is not NFC")
		}
	}
}

func BenchmarkAllOpsDirty(b *testing.B) {
	benchTransform(b, New(WithOps(AllOps&^OpsOf(OpSearchKey))), "dirty")
}

// BenchmarkUTF8ValidClean is the floor: touching every byte once.
func BenchmarkUTF8ValidClean(b *testing.B) {
	src := corpora()["clean"]
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if !utf8.Valid(src) {
			b.Fatal("invalid")
		}
	}
}
