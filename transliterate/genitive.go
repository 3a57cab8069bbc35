package transliterate

import "github.com/bntext/bntext/internal/bn"

// Names in running text carry the genitive ending: বিএনপির, ঢাকার,
// শেখ হাসিনার. When the word without it is an acronym or a place or an
// organization of the lexicon (or, at the end of a phrase, a name of the
// lexicon), the names scheme writes the name as it is spelled and the
// ending as English does: BNP's, Dhaka's, Sheikh Hasina's. Only those: a
// person's name that ends in র may be a name itself (জাকির is not জাকি's).

// genitiveLen returns the length in bytes of the genitive ending of the
// normalized word w, or 0: য়ের after a vowel (জুলাইয়ের), ের after a
// consonant (রংপুরের), এর (আইএমএফএর), and র after a vowel (ঢাকার).
func genitiveLen(w []byte) int {
	n := len(w)
	if n < 9 {
		return 0
	}
	last, ok := bnIndex(w, n-3)
	if !ok || last != xRa {
		return 0
	}
	prev, _ := bnIndex(w, n-6)
	if prev == xE {
		return 6 // এর
	}
	if prev == xSignE {
		// ের: after য় it is য়ের, after another consonant ের.
		if n >= 15 {
			if a, ok := bnIndex(w, n-12); ok && a == xYa {
				if b, _ := bnIndex(w, n-9); b == xNukta {
					return 12
				}
			}
		}
		if c, ok := bnIndex(w, n-9); ok && bn.ClassAt(c) == bn.Consonant {
			return 6
		}
		return 0
	}
	switch bn.ClassAt(prev) {
	case bn.VowelSign, bn.IndependentVowel:
		return 3
	}
	return 0
}

// genitiveFacts looks at the word w, unknown to the lexicon and not an
// acronym, for a genitive ending on an acronym or on a place or
// organization of the lexicon, and records it in f.
func genitiveFacts(nm *namesScratch, f *wordFacts, w []byte) {
	g := genitiveLen(w)
	if g == 0 {
		return
	}
	stem := w[:len(w)-g]
	var letters [maxLetters]byte
	if n, v, ok := parseLetters(stem, &letters); ok {
		if n >= 2 && v < n && !notAcronyms[string(stem)] {
			f.nLetters = int8(n)
			f.genLen = uint8(g)
		}
		return
	}
	if nm.lex == nil {
		return
	}
	wi, ok := nm.lex.infoOf(stem)
	if !ok || wi.e == nil {
		wi, ok = nm.lex.lookupFolded(nm, stem)
	}
	if ok && wi.e != nil && wi.e.tags&(tagPlace|tagOrg) != 0 && wi.e.kind != wkLower {
		f.wi.e = wi.e
		f.genLen = uint8(g)
	}
}
