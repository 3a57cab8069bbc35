package bijoy

import (
	"bytes"
	"testing"
)

func BenchmarkClassifyEnglish(b *testing.B) {
	text := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. Reuters reported on Monday that the talks would resume next week, according to officials in Dhaka. "), 100)
	toks := bytes.Fields(text)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		for _, t := range toks {
			classify(t)
		}
	}
}

func BenchmarkTokenEnd(b *testing.B) {
	text := bytes.Repeat([]byte("The quick brown fox jumps over the lazy dog. Reuters reported on Monday that the talks would resume next week, according to officials in Dhaka. "), 100)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		for p := 0; p < len(text); {
			n, _ := tokenEnd(text[p:], true)
			p += n + 1
		}
	}
}

func BenchmarkAppendToken(b *testing.B) {
	toks := bytes.Fields([]byte("Avwg evsjvq Mvb MvB| AvR XvKvq e„wó n‡q‡Q Ges ZvcgvÎv 30 wWwMÖ †mjwmqvm| wbe©vPb Kwgkb Rvwb‡q‡Q"))
	n := 0
	for _, t := range toks {
		n += len(t)
	}
	b.SetBytes(int64(n))
	var c conv
	buf := make([]byte, 0, 4096)
	for i := 0; i < b.N; i++ {
		for _, t := range toks {
			buf = c.appendToken(buf[:0], t)
		}
	}
}
