package transliterate

import "math"

// A naive Bayes model of letter trigrams tells foreign words from native
// ones when the lexicon does not know a word and its spelling has no
// telltale cluster. It is trained, when the lexicon is loaded, on the
// lexicon's own words: those tagged f against those tagged p, b, i and the
// places of Bangladesh.

const (
	ngramBits    = 16
	ngramBuckets = 1 << ngramBits
	boundary     = 128 // the symbol before and after a word
)

type originModel struct {
	logOdds [ngramBuckets]float32 // log P(g|foreign) - log P(g|native)
	prior   float32
}

func ngramHash(a, b, c int) uint32 {
	h := uint32(a)*16777619 ^ uint32(b)*2166136261 ^ uint32(c)*374761393
	h ^= h >> 15
	h *= 2246822519
	h ^= h >> 13
	return h & (ngramBuckets - 1)
}

// symbols appends the block indexes of the Bengali letters of w, framed by
// boundary symbols, to dst.
func symbols(dst []uint8, w string) []uint8 {
	dst = append(dst, boundary)
	b := []byte(w)
	for i := 0; i+2 < len(b); i += 3 {
		if x, ok := bnIndex(b, i); ok {
			dst = append(dst, uint8(x))
		}
	}
	return append(dst, boundary)
}

func trainOrigin(foreign, native []string) *originModel {
	var cnt [2][ngramBuckets]float64
	var tot [2]float64
	var buf []uint8
	for class, words := range [][]string{foreign, native} {
		for _, w := range words {
			s := symbols(buf[:0], w)
			for i := 0; i+2 < len(s); i++ {
				h := ngramHash(int(s[i]), int(s[i+1]), int(s[i+2]))
				cnt[class][h]++
				tot[class]++
			}
			for i := 0; i+1 < len(s); i++ {
				h := ngramHash(int(s[i]), int(s[i+1]), 256)
				cnt[class][h]++
				tot[class]++
			}
		}
	}
	m := &originModel{}
	const alpha = 0.5
	for h := range m.logOdds {
		pf := (cnt[0][h] + alpha) / (tot[0] + alpha*ngramBuckets)
		pn := (cnt[1][h] + alpha) / (tot[1] + alpha*ngramBuckets)
		m.logOdds[h] = float32(math.Log(pf / pn))
	}
	m.prior = float32(math.Log(float64(len(foreign)+1) / float64(len(native)+1)))
	return m
}

// score returns the log-odds that the syllables' word is foreign, from the
// letters of w.
func (m *originModel) score(w []byte) float32 {
	var s float32
	a, b := boundary, -1
	for i := 0; i+2 < len(w); i += 3 {
		x, ok := bnIndex(w, i)
		if !ok {
			continue
		}
		if b >= 0 {
			s += m.logOdds[ngramHash(a, b, x)]
			s += m.logOdds[ngramHash(b, x, 256)]
		} else {
			s += m.logOdds[ngramHash(a, x, 256)]
		}
		if b >= 0 {
			a = b
		}
		b = x
	}
	if b >= 0 {
		s += m.logOdds[ngramHash(a, b, boundary)]
		s += m.logOdds[ngramHash(b, boundary, 256)]
	}
	return s
}
