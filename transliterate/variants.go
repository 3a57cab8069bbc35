package transliterate

// Variants for search and matching: every word's accepted spellings (the
// lexicon's, or the rules' in their other styles), combined one word at a
// time after the usual spelling.

const (
	maxWordAlts     = 6    // spellings of one word
	maxVariants     = 16   // spellings of one line
	maxVariantBytes = 3000 // output of one line in AllSpellings mode
)

// AllSpellings makes the names scheme write every accepted spelling of
// each line, the usual one first, separated by " | ". The other schemes
// have one spelling per line and are not changed.
func AllSpellings() Option { return func(o *options) { o.variants = true } }

// Variants returns the accepted spellings of name, the usual one (that of
// Names.String) first, for search and matching: রহমান gives Rahman,
// Rahaman, Rehman.
func Variants(name string) []string { return Names.Variants(name) }

// Variants returns the spellings of s: for the names scheme every
// accepted spelling, the usual one first; for the other schemes the one
// spelling.
func (t *Transliterator) Variants(s string) []string {
	if t.scheme != SchemeNames || t.opts.reverse {
		return []string{t.String(s)}
	}
	vt := t
	if !t.opts.variants {
		c := *t
		c.opts.variants = true
		vt = &c
	}
	sc := getScratch()
	defer putScratch(sc)
	u := normalizeUnit(sc, []byte(s))
	if isASCII(u) {
		return []string{string(u)}
	}
	vt.prepareNames(sc, u)
	return vt.variantLines(&sc.nm, u, 1<<20)
}

// wordVariants returns the spellings of an unknown word: primary, then
// the other styles of the rules.
func (t *Transliterator) wordVariants(nm *namesScratch, w []byte, st style, primary string) []string {
	out := []string{primary}
	alts := []style{
		{foreign: st.foreign, colloquial: true},
		{foreign: st.foreign, long: true},
		{foreign: st.foreign, indian: true},
		{foreign: !st.foreign},
	}
	for _, a := range alts {
		if len(out) >= maxWordAlts {
			break
		}
		s := string(t.convertWord(nm, nil, w, a))
		dup := false
		for _, o := range out {
			if o == s {
				dup = true
				break
			}
		}
		if !dup && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// variantLines returns the spellings of a prepared line, at most
// maxVariants of them and about limit bytes in all.
func (t *Transliterator) variantLines(nm *namesScratch, u []byte, limit int) []string {
	choice := make([]int, len(nm.words))
	var res []string
	seen := map[string]bool{}
	size := 0
	emit := func() bool {
		s := string(t.assemble(nil, nm, u, choice))
		if seen[s] {
			return true
		}
		if len(res) > 0 && (len(res) >= maxVariants || size+len(s)+3 > limit) {
			return false
		}
		seen[s] = true
		res = append(res, s)
		size += len(s) + 3
		return true
	}
	emit()
	// One word at a time, then all words at their second spelling.
	for i := range nm.words {
		for j := 1; j < len(nm.words[i].alts); j++ {
			choice[i] = j
			if !emit() {
				return res
			}
			choice[i] = 0
		}
	}
	any := false
	for i := range nm.words {
		if len(nm.words[i].alts) > 1 {
			choice[i] = 1
			any = true
		}
	}
	if any {
		emit()
	}
	return res
}

// assembleVariants writes all spellings of a prepared line joined by " | ".
func (t *Transliterator) assembleVariants(sc *scratch, u []byte) []byte {
	out := sc.out[:0]
	for i, l := range t.variantLines(&sc.nm, u, maxVariantBytes) {
		if i > 0 {
			out = append(out, " | "...)
		}
		out = append(out, l...)
	}
	return out
}
