package transliterate

import (
	"bytes"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/bntext/bntext/normalize"
)

// The lexicon of the names scheme: name tokens, whole names and
// abbreviations with their accepted spellings. See lexicon/README.md for
// the format and the sources.
//
//go:embed lexicon/*.tsv
var lexiconFS embed.FS

// tagSet holds the tags of a lexicon entry.
type tagSet uint16

// The tags, one letter each in the data files.
const (
	tagPerso    tagSet = 1 << iota // p: Perso-Arabic name component
	tagBengali                     // b: Bengali or Sanskrit name component
	tagForeign                     // f: foreign name as Bengali news writes it
	tagPlace                       // g: place
	tagOrg                         // o: organization or common word of one
	tagTitle                       // t: title or honorific
	tagParticle                    // l: particle written in lowercase (bin, al)
	tagSuffix                      // s: also the second part of a compound (-পুর -pur)
	tagAbbr                        // a: abbreviation, written before "." or with ঃ
	tagIndian                      // i: Indian name outside Bengal
)

const tagLetters = "pbfgotlsai"

func parseTags(s string) (tagSet, error) {
	var t tagSet
	for _, c := range s {
		i := strings.IndexRune(tagLetters, c)
		if i < 0 {
			return 0, fmt.Errorf("unknown tag %q", c)
		}
		t |= 1 << i
	}
	return t, nil
}

// entry is one lexicon entry: the accepted spellings, the usual one
// first.
type entry struct {
	spell []string
	tags  tagSet
	kind  wordKind // how spell[0] is cased
	// part is the spelling used when the word is part of a compound:
	// the one closest to what the rules write (Uttar, not North), or ""
	// when every spelling is a translation.
	part string
	// indian is the spelling of a Bengali name in an Indian name from
	// outside Bengal (বিজয় Vijay, not Bijoy), or "".
	indian string
}

// partOK reports whether the entry may spell a part of a compound word
// written in style st: it has a spelling close to the rules', and its
// origin is that of the style.
func (e *entry) partOK(st style) bool {
	return e.part != "" && (e.tags&tagForeign != 0) == st.foreign
}

// origin returns the origin the entry votes for: 'f' foreign, 'n' native
// (Bengali, Perso-Arabic, Indian), 0 none.
func (e *entry) origin() byte {
	switch {
	case e.tags&tagForeign != 0:
		return 'f'
	case e.tags&(tagPerso|tagBengali|tagIndian) != 0:
		return 'n'
	}
	return 0
}

type tail struct {
	key string
	e   *entry
}

// wordInfo is all the lexicon knows about one word.
type wordInfo struct {
	e     *entry // the word's entry
	abbr  *entry // the word as an abbreviation
	start bool   // the word starts a phrase
}

// lexicon is the parsed data.
type lexicon struct {
	info       map[string]wordInfo    // every word that is a key or starts one
	finfo      [2]map[string]wordInfo // the same by folded spelling, and by loosely folded spelling
	fphrases   map[string]*entry      // phrases by folded spelling
	words      map[string]*entry      // one word
	phrases    map[string]*entry      // several words joined by one space
	abbrs      map[string]*entry      // abbreviations, without the dot
	tails      []tail                 // second parts of compounds, longest first
	maxPhrase  int                    // words in the longest phrase
	stemTails  []tail                 // tails that start with a vowel sign (-ুল)
	maxTailLen int
	starts     map[string]bool // first words of phrases
	wordKeys   []string        // the keys of words, in the order of the files
	phraseKeys []string        // the keys of phrases, in the order of the files
	tailsBy    [128][]tail     // tails by the block index of their last rune
	stemBy     [128][]tail     // stemTails by the block index of their last rune
	origin     *originModel    // foreign or native, for unknown words
	filter     *keyFilter      // every word key, folded or not
}

var (
	lexOnce sync.Once
	lexData *lexicon
)

// defaultLexicon returns the embedded lexicon, parsed once.
func defaultLexicon() *lexicon {
	lexOnce.Do(func() {
		l, err := loadLexicon()
		if err != nil {
			panic("transliterate: " + err.Error())
		}
		lexData = l
	})
	return lexData
}

// lexiconFiles are read in this order; an entry of an earlier file wins.
var lexiconFiles = []string{"lexicon/names.tsv", "lexicon/world.tsv", "lexicon/bd_places.tsv"}

func loadLexicon() (*lexicon, error) {
	return parseLexicon(lexiconFiles, lexiconFS.ReadFile)
}

// parseLexicon builds a lexicon from the named files, read with read.
func parseLexicon(files []string, read func(string) ([]byte, error)) (*lexicon, error) {
	datas := make([][]byte, len(files))
	lines := 0
	for i, name := range files {
		data, err := read(name)
		if err != nil {
			return nil, err
		}
		datas[i] = data
		lines += bytes.Count(data, []byte{'\n'}) + 1
	}
	l := &lexicon{
		words:   make(map[string]*entry, lines),
		phrases: make(map[string]*entry, lines/4),
		abbrs:   map[string]*entry{},
		starts:  make(map[string]bool, lines/4),
	}
	for i, name := range files {
		if err := l.add(name, datas[i]); err != nil {
			return nil, err
		}
	}
	sort.Slice(l.tails, func(i, j int) bool { return len(l.tails[i].key) > len(l.tails[j].key) })
	sort.Slice(l.stemTails, func(i, j int) bool { return len(l.stemTails[i].key) > len(l.stemTails[j].key) })
	for _, tl := range l.tails {
		if x, ok := bnIndex([]byte(tl.key), len(tl.key)-3); ok {
			l.tailsBy[x] = append(l.tailsBy[x], tl)
		}
	}
	for _, tl := range l.stemTails {
		if x, ok := bnIndex([]byte(tl.key), len(tl.key)-3); ok {
			l.stemBy[x] = append(l.stemBy[x], tl)
		}
	}
	l.origin = l.trainOrigin()
	l.setParts()
	l.info = make(map[string]wordInfo, len(l.words)+len(l.starts))
	for k, e := range l.words {
		wi := l.info[k]
		wi.e = e
		l.info[k] = wi
	}
	for k, e := range l.abbrs {
		wi := l.info[k]
		wi.abbr = e
		l.info[k] = wi
	}
	for k := range l.starts {
		wi := l.info[k]
		wi.start = true
		l.info[k] = wi
	}
	l.setFolded()
	l.buildFilter()
	return l, nil
}

// setFolded indexes the words and phrases by their folded spellings
// (see foldSpelling). A folded key that two entries with different
// spellings share is left out, and so are entries whose usual spelling is
// a translation (বন্দর Port). The name of an organization of two or three
// words is also a word when written without spaces (আওয়ামীলীগ).
func (l *lexicon) setFolded() {
	// The keys in the order of the files, so that the order of a map
	// never decides which entry wins.
	keys, pkeys := l.wordKeys, l.phraseKeys
	l.fphrases = make(map[string]*entry, len(pkeys))
	var buf []byte
	for tier, loose := range []bool{false, true} {
		words := make(map[string]*entry, len(keys))
		ambiguous := map[string]bool{}
		addWord := func(fk string, e *entry) {
			if old, ok := words[fk]; ok && old.spell[0] != e.spell[0] {
				ambiguous[fk] = true
			} else if !ok {
				words[fk] = e
			}
		}
		for _, k := range keys {
			if e := l.words[k]; e.part == e.spell[0] && (!loose || e.tags&(tagPerso|tagBengali|tagIndian|tagForeign) != 0 && e.tags&(tagPlace|tagOrg) == 0) {
				buf = foldSpelling(buf[:0], []byte(k), loose)
				addWord(string(buf), e)
			}
		}
		fstarts := make(map[string]bool, len(pkeys))
		for _, k := range pkeys {
			e := l.phrases[k]
			fk := string(foldSpelling(buf[:0], []byte(k), loose))
			if _, ok := l.fphrases[fk]; !ok && !loose {
				l.fphrases[fk] = e
			}
			if !loose {
				fstarts[fk[:strings.IndexByte(fk, ' ')]] = true
			}
			if n := strings.Count(k, " "); n <= 2 && e.tags&tagOrg != 0 {
				if _, ok := l.words[strings.ReplaceAll(k, " ", "")]; !ok {
					addWord(strings.ReplaceAll(fk, " ", ""), e)
				}
			}
		}
		fi := make(map[string]wordInfo, len(words)+len(fstarts))
		for fk, e := range words {
			if !ambiguous[fk] {
				fi[fk] = wordInfo{e: e}
			}
		}
		for fk := range fstarts {
			wi := fi[fk]
			wi.start = true
			fi[fk] = wi
		}
		l.finfo[tier] = fi
	}
}

// add parses one data file: bengali TAB spellings separated by | [TAB
// tags]; # starts a comment line.
func (l *lexicon) add(name string, data []byte) error {
	n := 0
	for len(data) > 0 {
		n++
		var line string
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			line, data = string(data[:i]), data[i+1:]
		} else {
			line, data = string(data), nil
		}
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("%s:%d: want 2 or 3 tab-separated fields, got %d", name, n, len(f))
		}
		key := phraseKey(normalize.String(f[0]))
		if key == "" {
			return fmt.Errorf("%s:%d: empty Bengali", name, n)
		}
		if !isWordKey(key) {
			return fmt.Errorf("%s:%d: %q is not Bengali words separated by spaces", name, n, f[0])
		}
		e := &entry{}
		for _, s := range strings.Split(f[1], "|") {
			s = strings.TrimSpace(s)
			if s == "" {
				continue
			}
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return fmt.Errorf("%s:%d: spelling %q is not ASCII", name, n, s)
				}
			}
			e.spell = append(e.spell, s)
		}
		if len(e.spell) == 0 {
			return fmt.Errorf("%s:%d: no spelling", name, n)
		}
		if len(f) == 3 {
			t, err := parseTags(strings.TrimSpace(f[2]))
			if err != nil {
				return fmt.Errorf("%s:%d: %v", name, n, err)
			}
			e.tags = t
		}
		e.kind = entryKind(e, e.spell[0])
		switch {
		case e.tags&tagAbbr != 0:
			if _, ok := l.abbrs[key]; !ok {
				l.abbrs[key] = e
			}
			continue
		case strings.Contains(key, " "):
			if _, ok := l.phrases[key]; !ok {
				l.phrases[key] = e
				l.phraseKeys = append(l.phraseKeys, key)
				l.starts[key[:strings.IndexByte(key, ' ')]] = true
				if w := strings.Count(key, " ") + 1; w > l.maxPhrase {
					l.maxPhrase = w
				}
			}
			continue
		}
		if e.tags&tagSuffix != 0 {
			if startsWithSign(key) {
				l.stemTails = append(l.stemTails, tail{key, e})
			} else {
				l.tails = append(l.tails, tail{key, e})
			}
			if len(key) > l.maxTailLen {
				l.maxTailLen = len(key)
			}
			if startsWithSign(key) {
				continue
			}
		}
		if _, ok := l.words[key]; !ok {
			l.words[key] = e
			l.wordKeys = append(l.wordKeys, key)
		}
	}
	return nil
}

// phraseKey returns s with its words separated by single spaces; a
// hyphen joins the words of a phrase like a space (আল-আসাদ).
func phraseKey(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '-' || c == '\t' || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' || c == ' ' || c == '\t' {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return string(b)
}

// setParts chooses the spelling of every word entry as part of a
// compound: the spelling nearest to the rules' (Uttar for উত্তর, whose
// usual spelling is North), if it is near enough not to be a translation.
func (l *lexicon) setParts() {
	var nm namesScratch
	var buf []byte
	for _, k := range l.wordKeys {
		e := l.words[k]
		buf = ruleWord(&nm, buf[:0], []byte(k), style{foreign: e.tags&tagForeign != 0}, false)
		lowerASCII(buf)
		best, bestD := "", 1<<30
		for _, s := range e.spell {
			if strings.ContainsAny(s, " '") {
				continue
			}
			if d := editDistanceFold(s, buf); d < bestD {
				best, bestD = s, d
			}
		}
		if bestD <= max(2, len(buf)/2) {
			e.part = best
		}
		if e.tags&tagBengali != 0 && len(e.spell) > 1 {
			buf = ruleWord(&nm, buf[:0], []byte(k), style{indian: true}, false)
			lowerASCII(buf)
			if s := nearest(e.spell, buf); s != e.spell[0] {
				e.indian = s
			}
		}
	}
}

// lowerASCII lower-cases the ASCII letters of b.
func lowerASCII(b []byte) {
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
}

// nearest returns the spelling of spell nearest to rule (lowercase).
func nearest(spell []string, rule []byte) string {
	best, bestD := spell[0], 1<<30
	for _, s := range spell {
		if d := editDistanceFold(s, rule); d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// editDistanceFold returns the Levenshtein distance between a, with its
// ASCII letters lower-cased, and b.
func editDistanceFold(a string, b []byte) int {
	var rows [2][64]int
	if len(b) >= len(rows[0]) {
		b = b[:len(rows[0])-1]
	}
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		ca := a[i-1]
		if ca >= 'A' && ca <= 'Z' {
			ca += 'a' - 'A'
		}
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if ca != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// trainOrigin trains the origin model on the words of the lexicon.
func (l *lexicon) trainOrigin() *originModel {
	t := new(originTrainer)
	add := func(key string, e *entry) {
		class := -1
		switch {
		case e.tags&tagForeign != 0:
			class = 0
		case e.tags&(tagPerso|tagBengali|tagIndian|tagPlace) != 0:
			class = 1
		}
		if class < 0 {
			return
		}
		for key != "" {
			w := key
			if i := strings.IndexByte(key, ' '); i >= 0 {
				w, key = key[:i], key[i+1:]
			} else {
				key = ""
			}
			t.add(class, w)
		}
	}
	for _, k := range l.wordKeys {
		add(k, l.words[k])
	}
	for _, k := range l.phraseKeys {
		add(k, l.phrases[k])
	}
	return t.model()
}

// isWordKey reports whether key holds only Bengali letters, the joiners
// between them, and single spaces: what a text can match.
func isWordKey(key string) bool {
	b := []byte(key)
	for i := 0; i < len(b); {
		if b[i] == ' ' {
			i++
			continue
		}
		if x, ok := bnIndex(b, i); ok && letterIdx[x] {
			i += 3
			continue
		}
		if _, ok := joinerAt(b, i); ok {
			i += 3
			continue
		}
		return false
	}
	return true
}

// startsWithSign reports whether s starts with a Bengali vowel sign.
func startsWithSign(s string) bool {
	x, ok := bnIndex([]byte(s), 0)
	return ok && isSignIdx(x)
}

// Len returns the number of entries (for tests and documentation).
func (l *lexicon) Len() int {
	return len(l.words) + len(l.phrases) + len(l.abbrs) + len(l.stemTails)
}
