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

// originTrainer counts the letter n-grams of foreign (class 0) and
// native (class 1) words.
type originTrainer struct {
	cnt   [2][ngramBuckets]uint32
	tot   [2]float64
	words [2]int
	buf   []uint8
}

func (t *originTrainer) add(class int, w string) {
	s := symbols(t.buf[:0], w)
	t.buf = s
	for i := 0; i+2 < len(s); i++ {
		t.cnt[class][ngramHash(int(s[i]), int(s[i+1]), int(s[i+2]))]++
		t.tot[class]++
	}
	for i := 0; i+1 < len(s); i++ {
		t.cnt[class][ngramHash(int(s[i]), int(s[i+1]), 256)]++
		t.tot[class]++
	}
	t.words[class]++
}

// model returns the log-odds of every bucket, smoothed.
func (t *originTrainer) model() *originModel {
	m := &originModel{}
	const alpha = 0.5
	nf := t.tot[0] + alpha*ngramBuckets
	nn := t.tot[1] + alpha*ngramBuckets
	base := math.Log(nn / nf)
	for h := range m.logOdds {
		// log(pf/pn) = log((cf+a)/(cn+a)) + log(nn/nf)
		m.logOdds[h] = float32(math.Log((float64(t.cnt[0][h])+alpha)/(float64(t.cnt[1][h])+alpha)) + base)
	}
	m.prior = float32(math.Log(float64(t.words[0]+1) / float64(t.words[1]+1)))
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
