package transliterate

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// The names scheme works on a line (or a piece of at most maxLineUnit
// bytes of one) at a time. The line is cut into tokens; runs of Bengali
// words separated only by spaces, hyphens and dots form a group, such as
// one name, in which the words vote on the origin of the name and
// phrases of the lexicon are matched.

type tokKind uint8

const (
	tkWord   tokKind = iota // Bengali letters
	tkSpace                 // spaces and tabs
	tkDot                   // .
	tkHyphen                // -
	tkOther                 // anything else: ends a group
)

type ntok struct {
	s, e int
	kind tokKind
}

// wordKind says how a converted word is cased.
type wordKind uint8

const (
	wkTitle    wordKind = iota // title case
	wkAsIs                     // lexicon spelling or acronym, as written
	wkParticle                 // lowercase unless the group starts with it
	wkLower                    // lowercase: and, of, for
)

// wres is the result for one word token.
type wres struct {
	s, e   int // the Latin in namesScratch.buf
	kind   wordKind
	skip   bool        // consumed by a phrase
	phrase bool        // starts a phrase of the lexicon
	dot    bool        // append a dot (abbreviation written with ঃ)
	gen    bool        // append 's: the word (or the phrase it starts) had a genitive ending
	e0     *entry      // lexicon entry, if any
	origin byte        // 'f' foreign, 'n' native, 0 unknown
	tok    int         // index of the word's token
	ce     *cacheEntry // the word's facts and cached renderings
	sa, sb int         // its syllables in namesScratch.wsyl, if parsed for this line

	letters       [maxLetters]byte // the letter names the word spells
	nLetters      int8             // how many, or 0
	nVowelLetters int8             // how many of them are vowels
	alts          []string         // variants mode: every spelling
}

type namesScratch struct {
	lex   *lexicon   // the lexicon, or nil
	wsyl  []syl      // syllables of the words parsed for this line
	cache *wordCache // facts and renderings of words seen before
	toks  []ntok
	drop  []bool // tokens a phrase consumed
	flags []bool // per word of a group: abbreviation, foreign cue
	words []wres
	syls  []syl
	buf   []byte
	tmp   []byte
}

// tokenize cuts a normalized line into tokens.
func tokenize(toks []ntok, u []byte) []ntok {
	for i := 0; i < len(u); {
		start := i
		c := u[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			for i < len(u) && (u[i] == ' ' || u[i] == '\t' || u[i] == '\r') {
				i++
			}
			toks = append(toks, ntok{start, i, tkSpace})
			continue
		case c == '.':
			toks = append(toks, ntok{i, i + 1, tkDot})
			i++
			continue
		case c == '-':
			toks = append(toks, ntok{i, i + 1, tkHyphen})
			i++
			continue
		case c < utf8.RuneSelf:
			toks = append(toks, ntok{i, i + 1, tkOther})
			i++
			continue
		}
		if isWordStart(u, i) {
			i = wordEnd(u, i)
			toks = append(toks, ntok{start, i, tkWord})
			continue
		}
		_, n := utf8.DecodeRune(u[i:])
		toks = append(toks, ntok{i, i + n, tkOther})
		i += n
	}
	return toks
}

// letterIdx marks the block indexes of the letters of a word: consonants,
// khanda ta, vowels, vowel signs, modifiers, nukta and virama.
var letterIdx = func() (t [128]bool) {
	for i := range t {
		t[i] = bn.IsLetter(bn.First + rune(i))
	}
	return
}()

// isWordStart reports whether a Bengali letter starts at u[i].
func isWordStart(u []byte, i int) bool {
	x, ok := bnIndex(u, i)
	return ok && letterIdx[x]
}

// wordEnd returns the end of the word that starts at u[i]: Bengali
// letters and the joiners between them.
func wordEnd(u []byte, i int) int {
	for i < len(u) {
		if x, ok := bnIndex(u, i); ok && letterIdx[x] {
			i += 3
			continue
		}
		if _, ok := joinerAt(u, i); ok && isWordStart(u, i+3) {
			i += 3
			continue
		}
		if _, ok := joinerAt(u, i); ok && i >= 3 {
			// A joiner after a virama at the end of the word (ক্‌).
			if x, ok := bnIndex(u, i-3); ok && x == xVirama {
				i += 3
				continue
			}
		}
		break
	}
	return i
}

// namesUnit converts a normalized line.
func (t *Transliterator) namesUnit(sc *scratch, u []byte) []byte {
	t.prepareNames(sc, u)
	if t.opts.variants {
		return t.assembleVariants(sc, u)
	}
	return t.assemble(sc.out[:0], &sc.nm, u, nil)
}

// prepareNames tokenizes a normalized line and converts its words.
func (t *Transliterator) prepareNames(sc *scratch, u []byte) {
	nm := &sc.nm
	nm.lex = t.lexicon()
	if nm.cache == nil {
		nm.cache = newWordCache()
	}
	nm.cache.prepare(nm.lex)
	nm.toks = tokenize(nm.toks[:0], u)
	nm.words = nm.words[:0]
	nm.buf = nm.buf[:0]
	nm.wsyl = nm.wsyl[:0]
	toks := nm.toks
	if cap(nm.drop) < len(toks) {
		nm.drop = make([]bool, len(toks))
	}
	nm.drop = nm.drop[:len(toks)]
	clear(nm.drop)
	for g := 0; g < len(toks); {
		if toks[g].kind != tkWord {
			g++
			continue
		}
		end := g
		for end < len(toks) && toks[end].kind != tkOther {
			end++
		}
		t.convertGroup(nm, u, g, end)
		g = end
	}
}

// assemble writes the line: converted words and the other tokens. choice,
// when not nil, picks a spelling for each word (variants mode).
func (t *Transliterator) assemble(dst []byte, nm *namesScratch, u []byte, choice []int) []byte {
	w := 0
	groupStart := true
	for i := 0; i < len(nm.toks); i++ {
		tk := nm.toks[i]
		if nm.drop[i] {
			if tk.kind == tkWord {
				w++
			}
			continue
		}
		if tk.kind != tkWord {
			if tk.kind == tkOther {
				groupStart = true
				dst = otherToken(dst, u[tk.s:tk.e])
			} else {
				dst = append(dst, u[tk.s:tk.e]...)
			}
			continue
		}
		r := &nm.words[w]
		w++
		start := len(dst)
		if choice != nil && len(r.alts) > 0 {
			dst = append(dst, r.alts[choice[w-1]]...)
		} else {
			dst = append(dst, nm.buf[r.s:r.e]...)
		}
		switch {
		case r.kind == wkTitle:
			titleCase(dst[start:])
		case r.kind == wkParticle:
			if groupStart {
				titleCase(dst[start:])
			}
		}
		if r.dot {
			dst = append(dst, '.')
		}
		if r.gen {
			dst = append(dst, "'s"...)
		}
		groupStart = false
	}
	return dst
}

// otherToken writes a token that is not part of a name.
func otherToken(dst, b []byte) []byte {
	if b[0] < utf8.RuneSelf {
		return append(dst, b...)
	}
	if x, ok := bnIndex(b, 0); ok {
		if bn.ClassAt(x) == bn.Digit {
			return append(dst, byte('0'+x-0x66))
		}
		if x == 0x73 { // ৳
			return append(dst, "Tk"...)
		}
		return dst
	}
	return foldString(dst, b)
}

// titleCase upper-cases the first ASCII letter of b, and the first letter
// after an internal hyphen or apostrophe is left alone.
func titleCase(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
			return
		}
		if c >= 'A' && c <= 'Z' {
			return
		}
	}
}
