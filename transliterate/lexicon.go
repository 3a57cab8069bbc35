package transliterate

import (
	"bufio"
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
	tailsBy    [128][]tail     // tails by the block index of their last rune
	stemBy     [128][]tail     // stemTails by the block index of their last rune
	origin     *originModel    // foreign or native, for unknown words
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
	l := &lexicon{
		words:   map[string]*entry{},
		phrases: map[string]*entry{},
		abbrs:   map[string]*entry{},
		starts:  map[string]bool{},
	}
	for _, name := range files {
		data, err := read(name)
		if err != nil {
			return nil, err
		}
		if err := l.add(name, data); err != nil {
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
	l.info = map[string]wordInfo{}
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
	return l, nil
}

// setFolded indexes the words and phrases by their folded spellings
// (see foldSpelling). A folded key that two entries with different
// spellings share is left out, and so are entries whose usual spelling is
// a translation (বন্দর Port). The name of an organization of two or three
// words is also a word when written without spaces (আওয়ামীলীগ).
func (l *lexicon) setFolded() {
	keys := make([]string, 0, len(l.words))
	for k := range l.words {
		keys = append(keys, k)
	}
	sort.Strings(keys) // map order must not decide which entry wins
	pkeys := make([]string, 0, len(l.phrases))
	for k := range l.phrases {
		pkeys = append(pkeys, k)
	}
	sort.Strings(pkeys)
	l.fphrases = map[string]*entry{}
	for tier, loose := range []bool{false, true} {
		words := map[string]*entry{}
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
				addWord(string(foldSpelling(nil, []byte(k), loose)), e)
			}
		}
		fstarts := map[string]bool{}
		for _, k := range pkeys {
			e := l.phrases[k]
			fk := string(foldSpelling(nil, []byte(k), loose))
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
		fi := map[string]wordInfo{}
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
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || len(f) > 3 {
			return fmt.Errorf("%s:%d: want 2 or 3 tab-separated fields, got %d", name, n, len(f))
		}
		// A hyphen joins the words of a phrase like a space (আল-আসাদ).
		key := strings.Join(strings.Fields(strings.ReplaceAll(normalize.String(f[0]), "-", " ")), " ")
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
		}
	}
	return sc.Err()
}

// setParts chooses the spelling of every word entry as part of a
// compound: the spelling nearest to the rules' (Uttar for উত্তর, whose
// usual spelling is North), if it is near enough not to be a translation.
func (l *lexicon) setParts() {
	var nm namesScratch
	var buf []byte
	for k, e := range l.words {
		buf = ruleWord(&nm, buf[:0], []byte(k), style{foreign: e.tags&tagForeign != 0}, false)
		rule := strings.ToLower(string(buf))
		best, bestD := "", 1<<30
		for _, s := range e.spell {
			if strings.ContainsAny(s, " '") {
				continue
			}
			if d := editDistance(strings.ToLower(s), rule); d < bestD {
				best, bestD = s, d
			}
		}
		if bestD <= max(2, len(rule)/2) {
			e.part = best
		}
		if e.tags&tagBengali != 0 && len(e.spell) > 1 {
			buf = ruleWord(&nm, buf[:0], []byte(k), style{indian: true}, false)
			if s := nearest(e.spell, strings.ToLower(string(buf))); s != e.spell[0] {
				e.indian = s
			}
		}
	}
}

// nearest returns the spelling of spell nearest to rule (lowercase).
func nearest(spell []string, rule string) string {
	best, bestD := spell[0], 1<<30
	for _, s := range spell {
		if d := editDistance(strings.ToLower(s), rule); d < bestD {
			best, bestD = s, d
		}
	}
	return best
}

// editDistance returns the Levenshtein distance between a and b.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
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
	var foreign, native []string
	add := func(key string, e *entry) {
		for _, w := range strings.Fields(key) {
			switch {
			case e.tags&tagForeign != 0:
				foreign = append(foreign, w)
			case e.tags&(tagPerso|tagBengali|tagIndian|tagPlace) != 0:
				native = append(native, w)
			}
		}
	}
	for k, e := range l.words {
		add(k, e)
	}
	for k, e := range l.phrases {
		add(k, e)
	}
	sort.Strings(foreign) // map order must not change the model
	sort.Strings(native)
	return trainOrigin(foreign, native)
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
