package transliterate

import "github.com/bntext/bntext/internal/bn"

// Letter values of the names scheme.

// style chooses among the letter values; the zero value is the press
// style for Bengali names. Variants come from the other styles.
type style struct {
	foreign    bool // foreign name: ভ -> v, inherent vowel -> o, no schwa
	colloquial bool // inherent vowel -> o (Bangladeshi colloquial: Polton)
	long       bool // ী -> ee, ূ -> oo
	indian     bool // ব -> v (Vijay), শ -> sh kept, ঐ -> ai
	perso      bool // Perso-Arabic name: জ after a vowel -> z
}

var (
	nameCons  [128]string // Bengali names
	nameNukta [128]string
	nameVowel [128]string // independent vowel codes
)

func init() {
	for r, s := range map[rune]string{
		'ক': "k", 'খ': "kh", 'গ': "g", 'ঘ': "gh", 'ঙ': "ng",
		'চ': "ch", 'ছ': "chh", 'জ': "j", 'ঝ': "jh", 'ঞ': "n",
		'ট': "t", 'ঠ': "th", 'ড': "d", 'ঢ': "dh", 'ণ': "n",
		'ত': "t", 'থ': "th", 'দ': "d", 'ধ': "dh", 'ন': "n",
		'প': "p", 'ফ': "f", 'ব': "b", 'ভ': "bh", 'ম': "m",
		'য': "j", 'র': "r", 'ল': "l", 'শ': "sh", 'ষ': "sh", 'স': "s", 'হ': "h",
		'ৰ': "r", 'ৱ': "w",
	} {
		nameCons[r-bn.First] = s
	}
	for r, s := range map[rune]string{
		'ক': "q", 'খ': "kh", 'গ': "gh", 'জ': "z", 'ড': "r", 'ঢ': "rh", 'ফ': "f", 'য': "y",
	} {
		nameNukta[r-bn.First] = s
	}
	for r, s := range map[rune]string{
		'অ': "a", 'আ': "a", 'ই': "i", 'ঈ': "i", 'উ': "u", 'ঊ': "u", 'ঋ': "ri", 'ৠ': "ri",
		'ঌ': "li", 'ৡ': "li", 'এ': "e", 'ঐ': "ai", 'ও': "o", 'ঔ': "ou",
	} {
		nameVowel[r-bn.First] = s
	}
}

// consLatin returns the letter value of consonant code c.
func consLatin(c uint8, st style) string {
	x := int(c &^ nuktaBit)
	if c&nuktaBit != 0 {
		if s := nameNukta[x]; s != "" {
			return s
		}
	}
	if st.foreign {
		switch x {
		case xBha:
			return "v"
		case xCha:
			return "ch"
		case xYa:
			return "y"
		}
	}
	if st.indian && x == xBa {
		return "v"
	}
	return nameCons[x]
}

func isYYa(c uint8) bool { return c == xYa|nuktaBit }

// aspirateOf reports whether b is the aspirate of a (দ ধ, ত থ, ...).
func aspirateOf(a, b int) bool {
	switch a {
	case xKa, xGa, xTta, xDda, xTa, xDa, xPa, xBa:
		return b == a+1
	}
	return false
}

// renderWord appends the Latin of the syllables ss (schwa decided) to dst.
func renderWord(dst []byte, ss []syl, st style) []byte {
	inherent := "a"
	if st.foreign || st.colloquial {
		inherent = "o"
	}
	n := len(ss)
	pendingNasal := false // ঁ waits for the vowels that follow
	for k := 0; k < n; k++ {
		s := &ss[k]
		if s.kt {
			dst = append(dst, 't')
			continue
		}
		if s.nc == 1 && isYYa(s.c[0]) {
			dst = renderYYa(dst, ss, k, st)
		} else if s.nc > 0 {
			dst = renderCluster(dst, ss, k, st)
		}
		// The vowel.
		switch v := s.v; {
		case v == vNone:
		case v == vInherent:
			if !s.drop {
				if k+1 < n && ss[k+1].nc == 1 && isYYa(ss[k+1].c[0]) && !ss[k+1].hasVowel() && s.nc > 0 && !(st.indian && k > 0) {
					// জয় Joy, কয়রা Koyra (Indian names: Vijay, Sanjay).
					dst = append(dst, 'o')
				} else if k == 0 && s.nc > 0 && st.colloquial && !st.foreign {
					dst = append(dst, 'o')
				} else if k == 0 && !st.foreign {
					dst = append(dst, 'a')
				} else {
					dst = append(dst, inherent...)
				}
			}
		case v == vAE:
			dst = append(dst, 'a')
		default:
			dst = renderVowel(dst, ss, k, st)
		}
		if pendingNasal && (k+1 >= n || ss[k+1].nc > 0) {
			dst = append(dst, 'n')
			pendingNasal = false
		}
		if s.cand {
			switch {
			case k+1 < n && ss[k+1].nc == 0 && ss[k+1].v != vNone:
				pendingNasal = true
			case k+1 < n && ss[k+1].nc > 0 && isNasal(ss[k+1].cons(0)):
				// খাঁন Khan: the nasal is written once.
			default:
				dst = append(dst, 'n')
			}
		}
		if s.anus {
			if k+1 < n && ss[k+1].nc > 0 && isVelar(ss[k+1].cons(0)) {
				dst = append(dst, 'n')
			} else {
				dst = append(dst, 'n', 'g')
			}
		}
		if s.vis && k == n-1 {
			dst = append(dst, 'h')
		}
	}
	if pendingNasal {
		dst = append(dst, 'n')
	}
	return dst
}

// isNasal reports whether the consonant x is ন, ণ or ম.
func isNasal(x int) bool { return x == xNa || x == xNna || x == xMa }

// renderVowel appends the value of the explicit vowel of ss[k].
func renderVowel(dst []byte, ss []syl, k int, st style) []byte {
	s := &ss[k]
	v := int(s.v)
	// ও before য়া, য়ে: the w of ওয়া (Awami, Wazed).
	if k+1 < len(ss) && (v == xO) {
		nx := &ss[k+1]
		if nx.nc == 1 && isYYa(nx.c[0]) && (nx.v == xAA || nx.v == xE || nx.v == xI) {
			if s.nc == 0 || k > 0 {
				return dst // the y becomes w
			}
		}
	}
	// Word-initial ই before য়া: ইয়াসির -> Yasir.
	if s.nc == 0 && v == xI && k == 0 && k+1 < len(ss) && ss[k+1].nc == 1 && isYYa(ss[k+1].c[0]) && ss[k+1].v != vNone && ss[k+1].v != vInherent {
		return dst
	}
	// Word-initial ইউ: Yunus, Yusuf (u alone in foreign names: Ukraine).
	if s.nc == 0 && v == xI && k == 0 && k+1 < len(ss) && ss[k+1].nc == 0 && ss[k+1].v == xU {
		if st.foreign {
			return dst
		}
		return append(dst, 'y')
	}
	// Final -ার of English names is -er: Peter, Turner, Cooper.
	if st.foreign && v == xAA && k == len(ss)-2 && k > 0 && ss[k+1].nc == 1 && ss[k+1].cons(0) == xRa && !ss[k+1].hasVowel() {
		return append(dst, 'e')
	}
	switch v {
	case xII:
		if st.long {
			return append(dst, "ee"...)
		}
	case xUU:
		if st.long {
			return append(dst, "oo"...)
		}
	case xA:
		if st.foreign || st.colloquial {
			return append(dst, 'o')
		}
	case xAI:
		if !st.indian && !st.foreign && st.colloquial {
			return append(dst, "oi"...)
		}
	}
	return append(dst, nameVowel[v]...)
}

// renderYYa appends the value of য় starting syllable k.
func renderYYa(dst []byte, ss []syl, k int, st style) []byte {
	s := &ss[k]
	if k == 0 {
		return append(dst, 'y')
	}
	p := &ss[k-1]
	if !p.hasVowel() || p.anus || p.vis {
		return append(dst, 'y')
	}
	pv := int(p.v)
	if p.v == vInherent {
		pv = xA
	}
	if s.v == vNone || (s.v == vInherent && s.drop) {
		// After a vowel, before a consonant: ai (Raihan, Haider); at the
		// end: y (Joy, Roy).
		if k+1 < len(ss) && pv == xAA {
			return append(dst, 'i')
		}
		return append(dst, 'y')
	}
	switch pv {
	case xO:
		if s.v == xAA || s.v == xE || s.v == xI {
			if p.nc == 0 || k-1 > 0 {
				return append(dst, 'w')
			}
			return dst // নোয়াখালী: Noakhali
		}
	case xI, xII, xU, xUU:
		if p.nc > 0 {
			return dst // মারিয়া Maria, কচুয়া Kachua
		}
	case xE:
		if s.v == xAA {
			return dst
		}
	}
	return append(dst, 'y')
}

// renderCluster appends the consonants of ss[k].
func renderCluster(dst []byte, ss []syl, k int, st style) []byte {
	s := &ss[k]
	n := int(s.nc)
	for j := 0; j < n; j++ {
		x := s.cons(j)
		nk := s.nukta(j)
		next := -1
		if j+1 < n {
			next = s.cons(j + 1)
		}
		switch {
		case nk:
			dst = append(dst, consLatin(s.c[j], st)...)
		case st.perso && x == xJa && j == 0 && n == 1 && k > 0 && ss[k-1].hasVowel():
			dst = append(dst, 'z')
		case st.perso && x == xCha && n == 1:
			// ছ writes the s of Arabic names: হাছান Hasan, ইউনুছ Yunus.
			dst = append(dst, 's')
		case st.foreign && x == xKa && j == 0 && (next == xLa || next == xRa || n == 1 && (s.v == vInherent && !s.drop || s.v == xAA || s.v == xO || s.v == xU || s.v == xUU || s.v == vAE)):
			// English c before a, o, u, l, r: Carter, Clinton, Cooper.
			dst = append(dst, 'c')
		case st.foreign && x == xJa && n == 1 && k == len(ss)-1 && !s.hasVowel() && k > 0 && ss[k-1].v == xE:
			// Spanish -ez: Lopez, Sanchez.
			dst = append(dst, 'z')
		case x == xKa && next == xSa && j+2 == n:
			dst = append(dst, 'x') // ক্স: Max, Cox
			j++
		case x == xKa && next == xSsa:
			dst = append(dst, "ksh"...)
			j++
		case x == xJa && next == xNya:
			dst = append(dst, "gy"...)
			j++
		case x == xNga && next >= 0 && isVelar(next):
			dst = append(dst, 'n')
		case x == xCa && next == xCha:
			dst = append(dst, 'c') // চ্ছ: cchh
		case j > 0 && x == xYa:
			// য-phala: y (Satya, Aditya); the English a of ক্যা in
			// foreign names.
			if st.foreign && s.v == xAA {
				break
			}
			dst = append(dst, 'y')
		case j > 0 && x == xBa:
			switch s.cons(j - 1) {
			case xMa, xRa, xLa, xBa, xNga:
				dst = append(dst, 'b')
			default:
				dst = append(dst, 'w')
			}
		case x == xBha && j == n-1 && k == len(ss)-1 && (!s.hasVowel() || s.v == xI || s.v == xII) && k > 0:
			// Final ভ: Sourav, Gourav; ভী in Rizvi, Naqvi, Dehlvi.
			dst = append(dst, 'v')
		default:
			dst = append(dst, consLatin(s.c[j], st)...)
		}
	}
	return dst
}
