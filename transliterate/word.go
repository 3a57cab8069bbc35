package transliterate

import (
	"github.com/bntext/bntext/internal/bn"
)

// A word of the names scheme is parsed into syllables (aksharas): a
// cluster of consonants with the vowel that follows, or an independent
// vowel. The schwa rules then decide which inherent vowels are said, and
// the letter values render each syllable.

const maxCluster = 6

// Vowel codes of a syllable: the block index of the independent vowel, or
// one of these.
const (
	vInherent = 0    // the inherent vowel, not decided yet
	vNone     = 0x7F // no vowel: virama, or a consonant at the end of the word
	vAE       = 0x7E // অ্যা / এ্যা: the English a of foreign words
)

// A consonant code is a block index; nuktaBit marks a nukta on it.
const nuktaBit = 0x80

type syl struct {
	c     [maxCluster]uint8
	nc    uint8
	v     uint8 // vowel code
	anus  bool  // ং
	cand  bool  // ঁ
	vis   bool  // ঃ
	kt    bool  // ৎ
	drop  bool  // the inherent vowel is not said
	yaPre bool  // the syllable follows an orphan virama (অ্য)
}

func (s *syl) cons(k int) int { return int(s.c[k] &^ nuktaBit) }

func (s *syl) nukta(k int) bool { return s.c[k]&nuktaBit != 0 }

// single reports whether the syllable starts with exactly one consonant.
func (s *syl) single() bool { return s.nc == 1 }

// hasVowel reports whether the syllable's vowel is said (after the schwa
// rules have run).
func (s *syl) hasVowel() bool {
	return s.v != vNone && !(s.v == vInherent && s.drop)
}

// signToVowel maps a vowel sign to its independent vowel.
var signToVowel = func() (t [128]uint8) {
	for s, v := range map[int]int{
		0x3E: 0x06, 0x3F: 0x07, 0x40: 0x08, 0x41: 0x09, 0x42: 0x0A, 0x43: 0x0B,
		0x44: 0x60, 0x47: 0x0F, 0x48: 0x10, 0x4B: 0x13, 0x4C: 0x14, 0x57: 0x14,
		0x62: 0x0C, 0x63: 0x61,
	} {
		t[s] = uint8(v)
	}
	return
}()

// parseWord parses a normalized Bengali word into syllables, appending
// them to ss.
func parseWord(ss []syl, w []byte) []syl {
	first := len(ss)
	open := false    // the last syllable's cluster continues after a virama
	orphanV := false // a virama followed a vowel (অ্যা)
	hasCons := false // the last syllable has consonants and no vowel yet
	for i := 0; i < len(w); {
		x, ok := bnIndex(w, i)
		if !ok {
			// A joiner: ZWNJ after a virama closes the cluster.
			if j, ok := joinerAt(w, i); ok && j == bn.ZWNJ && open {
				open = false
				ss[len(ss)-1].v = vNone
				hasCons = false
			}
			_, n := decodeRune(w[i:])
			i += n
			continue
		}
		i += 3
		switch bn.ClassAt(x) {
		case bn.Consonant:
			code := uint8(x)
			if y, ok := bnIndex(w, i); ok && y == xNukta {
				code |= nuktaBit
				i += 3
			}
			switch x {
			case xRra, xRha, xYya: // precomposed (not in NFC, kept for safety)
				code = uint8(map[int]int{xRra: xDda, xRha: xDdha, xYya: xYa}[x]) | nuktaBit
			}
			if open && len(ss) > first && ss[len(ss)-1].nc < maxCluster {
				s := &ss[len(ss)-1]
				s.c[s.nc] = code
				s.nc++
				s.v = vInherent
				open = false
				hasCons = true
				continue
			}
			if hasCons {
				ss[len(ss)-1].v = vInherent
			}
			ss = append(ss, syl{nc: 1, v: vInherent, yaPre: orphanV})
			ss[len(ss)-1].c[0] = code
			orphanV = false
			open = false
			hasCons = true
		case bn.ViramaClass:
			if hasCons {
				open = true
				ss[len(ss)-1].v = vNone
			} else if len(ss) > first && ss[len(ss)-1].nc == 0 {
				orphanV = true
			}
		case bn.VowelSign:
			v := signToVowel[x]
			if hasCons && !open {
				ss[len(ss)-1].v = v
				hasCons = false
				break
			}
			open, hasCons = false, false
			ss = append(ss, syl{v: v})
		case bn.IndependentVowel:
			open, hasCons, orphanV = false, false, false
			ss = append(ss, syl{v: uint8(x)})
		case bn.Modifier:
			if len(ss) == first {
				ss = append(ss, syl{v: vNone})
			}
			s := &ss[len(ss)-1]
			if open {
				open = false
			}
			switch x {
			case xAnusvara:
				s.anus = true
			case xCandrabindu:
				s.cand = true
			default:
				s.vis = true
			}
			hasCons = false
		case bn.KhandaTaClass:
			open, hasCons = false, false
			ss = append(ss, syl{kt: true, v: vNone})
		}
	}
	if open && len(ss) > first {
		ss[len(ss)-1].v = vNone
	}
	// অ্যা and এ্যা: the English a.
	for k := first; k+1 < len(ss); k++ {
		a, b := &ss[k], &ss[k+1]
		if a.nc == 0 && (a.v == xA || a.v == xE) && b.yaPre && b.nc == 1 && b.cons(0) == xYa && b.v == xAA {
			a.v = vAE
			copy(ss[k+1:], ss[k+2:])
			ss = ss[:len(ss)-1]
		}
	}
	return ss
}

func decodeRune(b []byte) (rune, int) {
	if len(b) == 0 {
		return 0, 0
	}
	if b[0] < 0x80 {
		return rune(b[0]), 1
	}
	n := 1
	for n < len(b) && n < 4 && b[n]&0xC0 == 0x80 {
		n++
	}
	return 0xFFFD, n
}

// finalKeep lists the final clusters whose inherent vowel is said in
// names of Bengali and Sanskrit origin (চন্দ্র Chandra, সত্য Satya, দত্ত
// Dutta); other final clusters lose it (গঞ্জ ganj, স্ট st, ন্ট nt).
func clusterKeepsFinal(s *syl) bool {
	last := s.cons(int(s.nc) - 1)
	first := s.cons(0)
	switch last {
	case xYa, xRa, xBa, xMa, xNa, xNna, xLa:
		// Phala: য র ব ম ন ণ ল after a consonant (Satya, Chandra, Padma,
		// Ratna, Krishna) keep it, except ল after a consonant other than
		// a stop (English -ld, -lt are not here: ল is last).
		return true
	}
	if first == xRa && s.nc == 2 {
		// Repha: Sanskrit keeps it (Karma, Partha, Surya), English words
		// drop it (Mark, Ford, George, Hamburg).
		switch last {
		case xMa, xTha, xNna, xBa, xYa, xDha, xSsa, xSha, xGha, xBha, xTa:
			return true
		}
		return false
	}
	if s.nc == 2 {
		switch {
		case first == xNa && (last == xTta || last == xSa || last == xJa):
			return false // ন্ট ন্স ন্জ (ন্ড keeps it: কুন্ড Kunda, খন্ড Khanda)
		case first == xLa && (last == xDda || last == xTta || last == xSa || last == xPha):
			return false
		case first == xSa && (last == xTta || last == xKa || last == xPa):
			return false // স্ট স্ক স্প
		case first == xKa && (last == xSa || last == xTta):
			return false // ক্স ক্ট
		case first == xPa && last == xTta, first == xPha && last == xTta:
			return false
		case first == xMa && (last == xPa || last == xSa):
			return false
		case first == xNya && last == xJa:
			return false // -ganj
		}
	}
	return true
}

// phalaKeepsFinal reports whether a final cluster keeps its inherent
// vowel in Indian names from outside Bengal, which drop it after most
// clusters (Prashant, Anand, Arvind, Hemant) but not after a phala
// (Chandra, Satya, Krishna, Padma).
func phalaKeepsFinal(s *syl) bool {
	switch s.cons(int(s.nc) - 1) {
	case xYa, xRa, xBa, xMa, xNa, xNna:
		return s.cons(0) != xRa || s.nc > 2 // but not after a repha (Dharm)
	}
	return false
}

// applySchwa decides which inherent vowels of ss are said.
func applySchwa(ss []syl, st style) {
	foreign := st.foreign
	n := len(ss)
	vowels := 0
	for k := range ss {
		if ss[k].v != vNone {
			vowels++
		}
	}
	// The final inherent vowel.
	if last := &ss[n-1]; last.nc > 0 && last.v == vInherent && !last.anus && !last.cand && !last.vis && vowels > 1 {
		if foreign || last.single() || !clusterKeepsFinal(last) || st.indian && !phalaKeepsFinal(last) {
			last.drop = true
		}
	}
	// In foreign names a consonant before an independent vowel has no
	// vowel of its own (এডওয়ার্ড Edward).
	if foreign {
		for k := 0; k+1 < n; k++ {
			if ss[k].nc > 0 && ss[k].v == vInherent && ss[k+1].nc == 0 && ss[k+1].v != vNone && !ss[k].anus && !ss[k].cand {
				ss[k].drop = true
			}
		}
	}
	// Medial inherent vowels, right to left: V C _ C V.
	for k := n - 2; k >= 1; k-- {
		s := &ss[k]
		if s.v != vInherent || s.anus || s.cand || s.vis || s.nc == 0 {
			continue
		}
		if !s.single() && !foreign {
			continue
		}
		p, q := &ss[k-1], &ss[k+1]
		if !p.hasVowel() || p.anus || p.vis || p.kt {
			continue
		}
		if !q.hasVowel() || q.nc != 1 && !foreign {
			continue
		}
		// য় and হ after the vowel keep it (রহিম, not rhim, is not at
		// stake here; কয়েক-type hiatus is).
		if q.nukta(0) && q.cons(0) == xYa {
			continue
		}
		s.drop = true
	}
}
