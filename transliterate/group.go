package transliterate

import (
	"bytes"
	"strings"

	"github.com/bntext/bntext/internal/bn"
)

// foreignThreshold is the log-odds of the origin model above which a
// group of unknown words is read as foreign: names in Bangladeshi news
// are mostly native, so the model has to be fairly sure (about 7 to 1).
const foreignThreshold = 2

// convertGroup converts the words of toks[g:end], a run of words joined
// by spaces, hyphens and dots.
func (t *Transliterator) convertGroup(nm *namesScratch, u []byte, g, end int) {
	toks := nm.toks
	first := len(nm.words)
	for i := g; i < end; i++ {
		if toks[i].kind == tkWord {
			nm.words = append(nm.words, wres{tok: i})
		}
	}
	ws := nm.words[first:]
	word := func(k int) []byte { tk := toks[ws[k].tok]; return u[tk.s:tk.e] }
	for k := range ws {
		r := &ws[k]
		r.ce = t.factsOf(nm, word(k))
		if r.ce.f.nLetters > 0 {
			w := word(k)
			n, v, _ := parseLetters(w[:len(w)-int(r.ce.f.genLen)], &r.letters)
			r.nLetters, r.nVowelLetters = int8(n), int8(v)
		}
	}

	// Lexicon: phrases, abbreviations, words.
	if cap(nm.flags) < 2*len(ws) {
		nm.flags = make([]bool, 2*len(ws))
	}
	nm.flags = nm.flags[:2*len(ws)]
	clear(nm.flags)
	abbr, cue := nm.flags[:len(ws)], nm.flags[len(ws):]
	for k := 0; k < len(ws); k++ {
		if nm.lex == nil {
			break
		}
		f := &ws[k].ce.f
		wi := f.wi
		if wi.start {
			if m := t.matchPhrase(nm, u, ws, k); m > 1 {
				k += m - 1
				continue
			}
		}
		tok := ws[k].tok
		if wi.abbr != nil && tok+1 < len(toks) && toks[tok+1].kind == tkDot {
			ws[k].e0 = wi.abbr
			abbr[k] = true
			continue
		}
		if f.visAbbr != nil {
			ws[k].e0 = f.visAbbr
			ws[k].dot = true
			abbr[k] = true
			continue
		}
		if wi.abbr != nil && colonAbbr(toks, u, tok) {
			// মো: written with an ASCII colon for ঃ.
			ws[k].e0 = wi.abbr
			ws[k].dot = true
			abbr[k] = true
			nm.drop[tok+1] = true
			continue
		}
		if wi.e != nil && (wi.e.kind != wkLower || betweenWords(toks, tok)) {
			ws[k].e0 = wi.e
			ws[k].origin = wi.e.origin()
		}
	}

	// Leading initials written as letter names: এ কে এম, এম সাইফুর; in a
	// run of two or more, also the bare letters of আ ক ম.
	initials := 0
	for initials < len(ws) && !abbr[initials] && !ws[initials].skip && !ws[initials].phrase {
		if ws[initials].nLetters != 1 && bareInitial(word(initials)) == 0 {
			break
		}
		initials++
	}
	if initials == len(ws) && (initials < 2 || ws[initials-1].nLetters != 1) {
		initials-- // the last word is a name, not an initial
	}
	for k := 0; k < initials; k++ {
		if ws[k].nLetters != 1 && initials < 2 {
			initials = k
			break
		}
	}
	for k := 0; k < initials; k++ {
		if r := &ws[k]; r.nLetters == 0 {
			r.letters[0], r.nLetters = bareInitial(word(k)), 1
		}
	}
	joined := initials >= 2 && t.joinInitials(nm, u, ws, initials)
	// The origin of the group: lexicon words vote; without votes, any
	// word that looks foreign makes the group foreign.
	nF, nN, nP, nI, nB, cues := 0, 0, 0, 0, 0, 0
	var score float32
	for k := range ws {
		switch ws[k].origin {
		case 'f':
			nF++
		case 'n':
			nN++
			switch tags := ws[k].e0.tags; {
			case tags&(tagBengali|tagIndian) == 0 && tags&tagPerso != 0:
				nP++
			case tags&tagIndian != 0:
				nI++
			case tags&tagBengali != 0:
				nB++
			}
		}
		if ws[k].e0 == nil && !ws[k].skip {
			t.analyze(nm, &ws[k], word(k))
			if ws[k].ce.f.cue {
				cue[k] = true
				cues++
			}
		}
	}
	// Without votes and cues, the origin model decides.
	if nF == 0 && nN == 0 && cues == 0 && nm.lex != nil {
		for k := range ws {
			if ws[k].e0 == nil && !ws[k].skip {
				score += nm.originScore(&ws[k].ce.f, word(k))
			}
		}
	}
	groupForeign := nF > 0 && nN == 0 || nF == 0 && nN == 0 && (cues > 0 || score > foreignThreshold)
	// An Indian name from outside Bengal: Indian words and no Bengali
	// ones, or an Indian surname (বিজয় মাল্য, রবি শাস্ত্রী).
	indian := nI > 0 && nB == 0
	if last := len(ws) - 1; nI > 0 && last > 0 && ws[last].e0 != nil && ws[last].e0.tags&tagIndian != 0 {
		indian = true
	}
	// Many words without punctuation are running text, not one name: there
	// each word has its own origin (a foreign name in a sentence does not
	// make its Bengali verbs foreign).
	nWords := 0
	for k := range ws {
		if !ws[k].skip {
			nWords++
		}
	}
	running := nWords > maxNameWords
	switch t.opts.origin {
	case OriginBengali:
		groupForeign = false
	case OriginForeign:
		groupForeign = true
	}

	for k := range ws {
		r := &ws[k]
		if r.skip {
			continue
		}
		w := word(k)
		if k == 0 && joined {
			// এ কে এম -> AKM, বি এন পি -> BNP.
			start := len(nm.buf)
			for j := 0; j < initials; j++ {
				nm.buf = append(nm.buf, ws[j].letters[0])
			}
			r.kind = wkAsIs
			r.e0 = nil
			r.s, r.e = start, len(nm.buf)
			if t.opts.variants {
				spaced := make([]byte, 0, 2*initials)
				for _, c := range nm.buf[start:] {
					if len(spaced) > 0 {
						spaced = append(spaced, ' ')
					}
					spaced = append(spaced, c)
				}
				r.alts = []string{string(nm.buf[start:]), string(spaced)}
			}
			continue
		}
		foreign := groupForeign || cue[k] && t.opts.origin == OriginAuto
		if running && t.opts.origin == OriginAuto {
			foreign = t.foreignInText(nm, ws, cue, k, w)
		}
		if k == 0 && afterDigit(toks, u, r.tok) {
			// A suffix written on a number (১২টি, ১০টায়): rules only.
			r.e0 = nil
			start := len(nm.buf)
			nm.buf = ruleWord(nm, nm.buf, w, style{}, false)
			r.kind = wkAsIs
			r.s, r.e = start, len(nm.buf)
			if t.opts.variants {
				r.alts = []string{string(nm.buf[start:])}
			}
			continue
		}
		st := style{foreign: foreign, perso: nP > 0 && nP == nN, indian: indian}
		start := len(nm.buf)
		switch {
		case !abbr[k] && r.e0 != nil && r.e0.tags&tagAbbr == 0 && (k < initials || r.isLetterAbbr(toks)):
			nm.buf = append(nm.buf, r.letters[:r.nLetters]...)
			r.kind = wkAsIs
			r.e0 = nil
			if t.opts.variants {
				r.alts = []string{string(nm.buf[start:])}
			}
		case r.e0 != nil:
			sp := r.e0.spell[0]
			if st.indian && r.e0.indian != "" {
				sp = r.e0.indian // বিজয় Vijay in an Indian name
			}
			nm.buf = append(nm.buf, sp...)
			r.kind = r.e0.kind
			if !r.phrase && r.ce.f.genLen > 0 && r.e0 == r.ce.f.wi.e {
				r.gen = true
			}
			if t.opts.variants {
				r.alts = r.e0.spell
				if sp != r.e0.spell[0] {
					r.alts = append([]string{sp}, without(r.e0.spell, sp)...)
				}
			}
		case k < initials || r.isLetterAbbr(toks) || k > 0 && k < len(ws)-1 && r.isMiddleInitial():
			nm.buf = append(nm.buf, r.letters[:r.nLetters]...)
			r.kind = wkAsIs
			if t.opts.variants {
				r.alts = []string{string(nm.buf[start:])}
			}
		case !abbr[k] && r.isAcronym(w):
			nm.buf = append(nm.buf, r.letters[:r.nLetters]...)
			r.kind = wkAsIs
			r.gen = r.ce.f.genLen > 0
			if t.opts.variants {
				r.alts = []string{string(nm.buf[start:])}
			}
		case followedByDot(toks, r.tok) && r.ce.f.nsyl <= 2:
			// An abbreviation: ম. -> M., মুহা. -> Muha.
			ss := parseWord(nm.syls[:0], w)
			for i := range ss {
				if ss[i].v == vInherent {
					ss[i].drop = true
				}
			}
			nm.buf = renderWord(nm.buf, ss, st)
			nm.syls = ss[:0]
			r.kind = wkTitle
			if t.opts.variants {
				r.alts = []string{string(nm.buf[start:])}
			}
		default:
			if out, ok := nm.cache.output(r.ce, st); ok {
				nm.buf = append(nm.buf, out...)
			} else {
				nm.buf = t.convertWordParsed(nm, nm.buf, w, st, nm.wsyl[r.sa:r.sb])
				nm.cache.setOutput(r.ce, st, nm.buf[start:])
			}
			r.kind = wkTitle
			if t.opts.variants {
				r.alts = t.wordVariants(nm, w, st, string(nm.buf[start:]))
			}
		}
		r.s, r.e = start, len(nm.buf)
	}
}

// maxNameWords is the most words a name has (শেখ মোহাম্মদ বিন রাশিদ আল
// মাকতুম); a longer run of words is running text.
const maxNameWords = 6

// foreignInText reports whether word k of running text is written in the
// foreign style: its lexicon entry is foreign, its spelling marks it, or
// the origin model leans foreign and a foreign word of the lexicon is next
// to it (ডোনাল্ড ট্রাম্প). The model alone does not decide here: common
// Bengali words are too many for it.
func (t *Transliterator) foreignInText(nm *namesScratch, ws []wres, cue []bool, k int, w []byte) bool {
	r := &ws[k]
	if r.origin == 'f' || cue[k] {
		return true
	}
	if r.e0 != nil || !r.ce.f.analyzed {
		return false
	}
	near := k > 0 && ws[k-1].origin == 'f' || k+1 < len(ws) && ws[k+1].origin == 'f'
	return near && nm.originScore(&r.ce.f, w) > 0
}

// joinInitials makes the first n words of ws, initials separated by
// single spaces and not followed by dots, one word: it marks the others
// and the spaces between them as consumed. It reports whether it did.
func (t *Transliterator) joinInitials(nm *namesScratch, u []byte, ws []wres, n int) bool {
	toks := nm.toks
	for j := 0; j < n; j++ {
		if followedByDot(toks, ws[j].tok) {
			return false
		}
		if j+1 < n {
			a, b := ws[j].tok, ws[j+1].tok
			if sp := toks[a+1]; b != a+2 || sp.kind != tkSpace || sp.e-sp.s != 1 {
				return false
			}
		}
	}
	for j := 1; j < n; j++ {
		ws[j].skip = true
		nm.drop[ws[j].tok-1] = true
		nm.drop[ws[j].tok] = true
	}
	return true
}

// bareInitials maps the block index of a consonant written alone (আ ক ম:
// A K M) to its initial.
var bareInitials = func() (t [128]byte) {
	for r, c := range map[rune]byte{
		'আ': 'A', 'ক': 'K', 'খ': 'K', 'গ': 'G', 'ঘ': 'G', 'চ': 'C', 'জ': 'J', 'ঝ': 'J',
		'ট': 'T', 'ঠ': 'T', 'ড': 'D', 'ত': 'T', 'থ': 'T', 'দ': 'D', 'ধ': 'D', 'ন': 'N',
		'প': 'P', 'ফ': 'F', 'ব': 'B', 'ভ': 'B', 'ম': 'M', 'র': 'R', 'ল': 'L', 'শ': 'S',
		'ষ': 'S', 'স': 'S', 'হ': 'H',
	} {
		t[r-bn.First] = c
	}
	return
}()

// bareInitial returns the initial a word of one bare letter stands for,
// or 0.
func bareInitial(w []byte) byte {
	if len(w) != 3 {
		return 0
	}
	x, ok := bnIndex(w, 0)
	if !ok {
		return 0
	}
	return bareInitials[x]
}

// without returns the strings of ss other than s, in a new slice.
func without(ss []string, s string) []string {
	out := make([]string, 0, len(ss))
	for _, x := range ss {
		if x != s {
			out = append(out, x)
		}
	}
	return out
}

// betweenWords reports whether toks[i] has a space and a word on either
// side: a connective (ও and) is one only there, not in ও’নীল O'Neil or
// চান-ও-চা Chan-o-cha.
func betweenWords(toks []ntok, i int) bool {
	return i >= 2 && i+2 < len(toks) && toks[i-1].kind == tkSpace && toks[i+1].kind == tkSpace &&
		toks[i-2].kind == tkWord && toks[i+2].kind == tkWord
}

// followedByDot reports whether the token after toks[i] is a dot.
func followedByDot(toks []ntok, i int) bool {
	return i+1 < len(toks) && toks[i+1].kind == tkDot
}

// isMiddleInitial reports whether the word, inside a name, is the name of
// one consonant letter (সালমান এফ রহমান -> Salman F Rahman). Vowel letters
// and কে, which are also words, are not.
func (r *wres) isMiddleInitial() bool {
	return r.nLetters == 1 && r.nVowelLetters == 0 && r.letters[0] != 'K' && r.letters[0] != 'R'
}

// isAcronym reports whether the word w is an acronym spelled with letter
// names: two letters or more, not all vowels, and not a common word.
func (r *wres) isAcronym(w []byte) bool {
	return r.nLetters >= 2 && r.nVowelLetters < r.nLetters && !notAcronyms[string(w)]
}

// afterDigit reports whether the token before toks[i] is a digit written
// right before it.
func afterDigit(toks []ntok, u []byte, i int) bool {
	if i == 0 || toks[i-1].kind != tkOther {
		return false
	}
	p := toks[i-1]
	c := u[p.e-1]
	if c >= '0' && c <= '9' {
		return true
	}
	if p.e-p.s < 3 {
		return false
	}
	x, ok := bnIndex(u, p.e-3)
	return ok && x >= 0x66 && x <= 0x6F
}

// isLetterAbbr reports whether the word is one letter name written as an
// initial, before a dot (এ. কে. এম.).
func (r *wres) isLetterAbbr(toks []ntok) bool {
	return r.nLetters == 1 && followedByDot(toks, r.tok)
}

// entryKind returns how a lexicon spelling is cased.
func entryKind(e *entry, s string) wordKind {
	if e.tags&tagParticle != 0 {
		switch s {
		case "and", "of", "for":
			return wkLower
		}
		return wkParticle
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			return wkAsIs
		}
	}
	return wkTitle
}

// matchPhrase matches the longest lexicon phrase that starts at word k,
// marks the words and separators it consumes and returns its length in
// words (0 or 1 when there is none).
func (t *Transliterator) matchPhrase(nm *namesScratch, u []byte, ws []wres, k int) int {
	toks := nm.toks
	if len(ws)-k < 2 {
		return 0
	}
	maxW := min(nm.lex.maxPhrase, len(ws)-k)
	for m := maxW; m >= 2; m-- {
		// The words must be separated by one space or one hyphen.
		ok := true
		for j := k; j < k+m-1; j++ {
			a, b := ws[j].tok, ws[j+1].tok
			if b != a+2 {
				ok = false
				break
			}
			sp := toks[a+1]
			if !(sp.kind == tkHyphen || sp.kind == tkSpace && sp.e-sp.s == 1 && u[sp.s] == ' ') {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		key := nm.tmp[:0]
		for j := k; j < k+m; j++ {
			if j > k {
				key = append(key, ' ')
			}
			tk := toks[ws[j].tok]
			key = append(key, u[tk.s:tk.e]...)
		}
		nm.tmp = key
		e := nm.lex.lookupPhrase(key)
		gen := false
		if g := genitiveLen(key[bytes.LastIndexByte(key, ' ')+1:]); e == nil && g > 0 {
			// শেখ হাসিনার: the phrase with a genitive ending.
			e = nm.lex.lookupPhrase(key[:len(key)-g])
			gen = e != nil
		}
		if e == nil {
			continue
		}
		ws[k].gen = gen
		ws[k].e0 = e
		ws[k].origin = e.origin()
		ws[k].phrase = true
		for j := k + 1; j < k+m; j++ {
			ws[j].skip = true
		}
		for i := ws[k].tok + 1; i <= ws[k+m-1].tok; i++ {
			nm.drop[i] = true
		}
		return m
	}
	return 0
}

// lookupPhrase finds the phrase key by its spelling or its folded
// spelling.
func (l *lexicon) lookupPhrase(key []byte) *entry {
	if e := l.phrases[string(key)]; e != nil {
		return e
	}
	fk := foldSpelling(key[len(key):], key, false)
	return l.fphrases[string(fk)]
}

// colonAbbr reports whether the word token i is followed by an ASCII
// colon and a space, as an abbreviation typed with : for ঃ is (মো: ).
func colonAbbr(toks []ntok, u []byte, i int) bool {
	if i+2 >= len(toks) {
		return false
	}
	c, sp := toks[i+1], toks[i+2]
	return c.kind == tkOther && c.e-c.s == 1 && u[c.s] == ':' && sp.kind == tkSpace
}

// trimVisarga returns w without a final ঃ.
func trimVisarga(w []byte) ([]byte, bool) {
	if len(w) > 3 {
		if x, ok := bnIndex(w, len(w)-3); ok && x == xVisarga {
			return w[:len(w)-3], true
		}
	}
	return nil, false
}

// convertWord appends the spelling of an unknown word: compound of known
// parts, or the rules.
func (t *Transliterator) convertWord(nm *namesScratch, dst []byte, w []byte, st style) []byte {
	return t.convertWordParsed(nm, dst, w, st, nil)
}

// convertWordParsed is convertWord for a word whose syllables pre are
// known already (or nil). The rules may change them.
func (t *Transliterator) convertWordParsed(nm *namesScratch, dst []byte, w []byte, st style, pre []syl) []byte {
	// ম্যাক + name: McMillan, McGregor.
	if len(w) > len(mcPrefix)+6 && string(w[:len(mcPrefix)]) == mcPrefix {
		if x, ok := bnIndex(w, len(mcPrefix)); ok && x != xVirama && x != xNukta && !isSignIdx(x) {
			dst = append(dst, 'M', 'c')
			start := len(dst)
			dst = t.convertWord(nm, dst, w[len(mcPrefix):], style{foreign: true})
			titleCase(dst[start:])
			return dst
		}
	}
	if nm.lex != nil {
		if out, ok := t.compound(nm, dst, w, st); ok {
			return out
		}
	}
	if len(pre) > 0 {
		applySchwa(pre, st)
		return renderWord(dst, pre, st)
	}
	return ruleWord(nm, dst, w, st, false)
}

const mcPrefix = "ম\u09CD\u09AF\u09BEক" // ম্যাক

// ruleWord appends the rule spelling of w. With open, the word is the
// first part of a compound whose second part starts with a vowel sign:
// its last consonant is followed by a vowel.
func ruleWord(nm *namesScratch, dst []byte, w []byte, st style, open bool) []byte {
	ss := parseWord(nm.syls[:0], w)
	if len(ss) == 0 {
		return dst
	}
	if open {
		last := &ss[len(ss)-1]
		if last.nc > 0 && last.v == vInherent {
			last.v = xU // stands for the vowel of the second part
			applySchwa(ss, st)
			last.v = vNone
		} else {
			applySchwa(ss, st)
		}
	} else {
		applySchwa(ss, st)
	}
	dst = renderWord(dst, ss, st)
	nm.syls = ss[:0]
	return dst
}

// maxCompoundDepth bounds how many parts compound splits a word into.
const maxCompoundDepth = 3

// compound spells w as parts the lexicon knows: a first part and a known
// second part (পুর, গঞ্জ, উদ্দিন ...), or a known first part (সাগর, আলম)
// and the rest. Parts the lexicon does not know are spelled by the rules.
func (t *Transliterator) compound(nm *namesScratch, dst []byte, w []byte, st style) ([]byte, bool) {
	start := len(dst)
	dst, ok := t.splitWord(nm, dst, w, st, 0)
	if ok {
		lowerRest(dst[start:])
	}
	return dst, ok
}

// splitWord appends the spelling of w split into parts, if it splits.
func (t *Transliterator) splitWord(nm *namesScratch, dst []byte, w []byte, st style, depth int) ([]byte, bool) {
	if len(w) < 9 || depth >= maxCompoundDepth {
		return dst, false
	}
	last, ok := bnIndex(w, len(w)-3)
	if !ok {
		return dst, false
	}
	for _, tl := range nm.lex.tailsBy[last] {
		if len(w) < len(tl.key)+6 || string(w[len(w)-len(tl.key):]) != tl.key {
			continue
		}
		stem := w[:len(w)-len(tl.key)]
		if !endsClean(stem) || letters(stem) < 2 {
			continue
		}
		dst = t.spellPart(nm, dst, stem, st, depth+1)
		return appendLower(dst, tl.e.spell[0]), true
	}
	for _, tl := range nm.lex.stemBy[last] {
		if len(w) < len(tl.key)+3 || string(w[len(w)-len(tl.key):]) != tl.key {
			continue
		}
		stem := w[:len(w)-len(tl.key)]
		if e := nm.lex.wordEntry(stem); e != nil && !strings.HasSuffix(e.part, "a") {
			dst = append(dst, e.part...)
		} else {
			dst = ruleWord(nm, dst, stem, st, true)
		}
		return appendLower(dst, tl.e.spell[0]), true
	}
	// A known first part: the longest that leaves a rest of two letters.
	var hs [maxWordUnit/3 + 1]uint64 // hs[i/3]: the hash of w[:i]
	h := uint64(fnvOffset64)
	for i := 0; i < len(w) && i/3 < len(hs); i++ {
		if i%3 == 0 {
			hs[i/3] = h
		}
		h = (h ^ uint64(w[i])) * fnvPrime64
	}
	for i := min(len(w)-6, 3*(len(hs)-1)); i >= 6; i -= 3 {
		x, ok := bnIndex(w, i)
		if !ok || !startsSyllable(x) || !endsClean(w[:i]) {
			continue
		}
		e := nm.lex.wordEntryHash(w[:i], hs[i/3])
		if e == nil || !e.partOK(st) || letters(w[i:]) < 2 {
			continue
		}
		// Heads of two letters only when they are places (চর Char): the
		// others are mostly verbs and common words (কর, রাজ) or the
		// beginnings of longer foreign names (জেন, হাস).
		if n := letters(w[:i]); n < 2 || n == 2 && e.tags&tagPlace == 0 {
			continue
		}
		dst = append(dst, e.part...)
		return t.spellPart(nm, dst, w[i:], st, depth+1), true
	}
	return dst, false
}

// spellPart appends the spelling of one part of a compound: the
// lexicon's, a further split, or the rules'.
func (t *Transliterator) spellPart(nm *namesScratch, dst []byte, w []byte, st style, depth int) []byte {
	if e := nm.lex.wordEntry(w); e != nil && e.partOK(st) {
		dst = append(dst, e.part...)
	} else if out, ok := t.splitWord(nm, dst, w, st, depth); ok {
		dst = out
	} else {
		dst = ruleWord(nm, dst, w, st, false)
	}
	return dst
}

// startsSyllable reports whether the letter x starts a syllable: a
// consonant or an independent vowel.
func startsSyllable(x int) bool {
	switch bn.ClassAt(x) {
	case bn.Consonant, bn.IndependentVowel:
		return true
	}
	return false
}

// letters counts the consonants and independent vowels of b.
func letters(b []byte) int {
	n := 0
	for i := 0; i+2 < len(b); i += 3 {
		if x, ok := bnIndex(b, i); ok {
			switch bn.ClassAt(x) {
			case bn.Consonant, bn.IndependentVowel, bn.KhandaTaClass:
				n++
			}
		}
	}
	return n
}

// endsClean reports whether a first part may end at the end of b: not on
// a virama, nukta or a joiner.
func endsClean(b []byte) bool {
	x, ok := bnIndex(b, len(b)-3)
	return ok && x != xVirama && x != xNukta
}

func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lowerRest lower-cases b after its first letter.
func lowerRest(b []byte) {
	for i := 1; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// foreignCue reports whether the spelling of a word marks it as foreign:
// অ্যা, ক্যা and the like, st sk sp tr dr fr fl vl bl, English final
// clusters (nt nd rk rt rd ks ns), ৎস, or a final োঁ.
func foreignCue(ss []syl) bool {
	for k := range ss {
		s := &ss[k]
		if s.v == vAE {
			return true
		}
		for j := 0; j+1 < int(s.nc); j++ {
			a, b := s.cons(j), s.cons(j+1)
			switch {
			case a == xSa && (b == xTta || b == xKa && j == 0):
				return true
			case (a == xTta || a == xDda || a == xPha) && b == xRa:
				return true
			case (a == xPha || a == xBha || a == xBa || a == xGa) && b == xLa && j == 0:
				return true
			case a == xRa && b == xBha:
				return true // Harvey, Marvin
			case b == xYa && s.v == xAA && !s.nukta(j+1):
				switch a {
				case xKa, xGa, xTta, xDda, xPa, xPha, xBa, xBha, xMa, xLa, xSa, xHa, xRa, xCa:
					return true
				}
			}
		}
		if k == len(ss)-1 && s.nc == 2 && !clusterKeepsFinal(s) && s.cons(0) != xNya {
			return true
		}
		if s.kt && k+1 < len(ss) && ss[k+1].nc > 0 && ss[k+1].cons(0) == xSa {
			return true
		}
		if k == len(ss)-1 && s.cand && s.v == xO {
			return true
		}
	}
	return false
}
