package transliterate

import "bytes"

// The names scheme looks at each word on its own first (lexicon entry,
// letter names, origin cues) and renders unknown words with the rules;
// both depend only on the word and, for the rendering, on the style of
// its group. Running text repeats its words, so a cache of these facts
// and renderings, one per scratch (and so per goroutine), saves most of
// the work.

// wordFacts is what the names scheme knows about a word by itself. It
// is kept small: a cache entry should fit a cache line.
type wordFacts struct {
	wi       wordInfo // lexicon entry (by exact or folded spelling), phrase start, abbreviation
	visAbbr  *entry   // abbreviation written with ঃ (মোঃ)
	nLetters int8     // letter names the word spells, or 0 (the letters are found again)
	analyzed bool     // cue and nsyl are set
	scored   bool     // score is set (only when the origin model is asked)
	cue      bool     // the spelling marks the word as foreign
	nsyl     uint8
	score    float32 // origin model: log-odds that the word is foreign
	genLen   uint8   // bytes of a genitive ending after an acronym or a place or organization (বিএনপির)
}

// styleKey numbers the styles whose renderings are cached (foreign,
// Perso-Arabic and Indian, on or off) from 1.
func styleKey(st style) uint8 {
	k := uint8(1)
	if st.foreign {
		k |= 2
	}
	if st.perso {
		k |= 4
	}
	if st.indian {
		k |= 8
	}
	return k
}

// A word is rendered in one style, rarely two: the cache keeps two.
const cachedStyles = 2

type cachedOut struct {
	style uint8 // styleKey, 0 for none
	n     uint8
	off   uint32
}

type cacheEntry struct {
	f    wordFacts
	out  [cachedStyles]cachedOut
	kOff uint32
	kLen uint32
}

// Sizes of the cache. It starts small and doubles, keeping its words,
// each time it fills up, to at most maxCacheEntries words (about 100,000
// words are needed to cover 95% of the words of a large Bengali corpus);
// when it is full at that size it is emptied. It is emptied or grown only
// before a line that might not fit, so entries stay put while a line is
// converted.
const (
	minCacheEntries = 1 << 12
	maxCacheEntries = 1 << 17          // below 1<<tagShift
	bytesPerEntry   = 24               // room in the key and output slabs per entry
	lineReserve     = maxLineUnit + 64 // keys (and words) one line can add
	outReserve      = 16 * maxLineUnit
)

type wordCache struct {
	lex   *lexicon // the lexicon the facts were found with
	slots []uint32 // tag<<tagShift | entry index + 1, or 0; twice as many as entries
	ents  []cacheEntry
	keys  []byte
	outs  []byte
}

func newWordCache() *wordCache {
	c := &wordCache{}
	c.alloc(minCacheEntries)
	return c
}

func (c *wordCache) alloc(n int) {
	c.slots = make([]uint32, 2*n)
	c.ents = make([]cacheEntry, 0, n)
	c.keys = make([]byte, 0, n*bytesPerEntry+lineReserve)
	c.outs = make([]byte, 0, n*bytesPerEntry+outReserve)
}

// grow moves the cache into room for n entries, keeping what it holds.
func (c *wordCache) grow(n int) {
	ents, keys, outs := c.ents, c.keys, c.outs
	c.alloc(n)
	c.ents = append(c.ents, ents...)
	c.keys = append(c.keys, keys...)
	c.outs = append(c.outs, outs...)
	mask := uint32(len(c.slots) - 1)
	for k := range c.ents {
		e := &c.ents[k]
		h := hashWord(c.keys[e.kOff : e.kOff+e.kLen])
		i := h & mask
		for c.slots[i] != 0 {
			i = (i + 1) & mask
		}
		c.slots[i] = h&tagMask | uint32(k+1)
	}
}

// prepare makes room for one more line converted with lexicon lex.
func (c *wordCache) prepare(lex *lexicon) {
	full := len(c.ents)+lineReserve > cap(c.ents) ||
		len(c.keys)+lineReserve > cap(c.keys) || len(c.outs)+outReserve > cap(c.outs)
	switch {
	case full && cap(c.ents) < maxCacheEntries && c.lex == lex:
		c.grow(2 * cap(c.ents))
	case full && cap(c.ents) < maxCacheEntries:
		c.alloc(2 * cap(c.ents))
	case full || c.lex != lex:
		clear(c.slots)
		c.ents = c.ents[:0]
		c.keys = c.keys[:0]
		c.outs = c.outs[:0]
	}
	c.lex = lex
}

func hashWord(w []byte) uint32 {
	h := uint32(2166136261)
	for _, b := range w {
		h = (h ^ uint32(b)) * 16777619
	}
	return h
}

// A slot holds the index of an entry plus one in its low bits and the
// top bits of the word's hash above them, so that most probes of other
// words stop at the slot.
const (
	tagShift = 18 // maxCacheEntries+1 fits below
	tagMask  = uint32(1<<32 - 1<<tagShift)
)

// entry returns the entry of w, and whether it was there already; a new
// entry has its facts still to be filled in.
func (c *wordCache) entry(w []byte) (*cacheEntry, bool) {
	h := hashWord(w)
	tag := h & tagMask
	mask := uint32(len(c.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := c.slots[i]
		if s == 0 {
			c.slots[i] = tag | uint32(len(c.ents)+1)
			c.ents = append(c.ents, cacheEntry{kOff: uint32(len(c.keys)), kLen: uint32(len(w))})
			c.keys = append(c.keys, w...)
			return &c.ents[len(c.ents)-1], false
		}
		if s&tagMask != tag {
			continue
		}
		e := &c.ents[s&^tagMask-1]
		if int(e.kLen) == len(w) && bytes.Equal(c.keys[e.kOff:e.kOff+e.kLen], w) {
			return e, true
		}
	}
}

// output returns the rendering of e in style st, if it is cached.
func (c *wordCache) output(e *cacheEntry, st style) ([]byte, bool) {
	k := styleKey(st)
	for _, o := range e.out {
		if o.style == k {
			return c.outs[o.off : o.off+uint32(o.n)], true
		}
	}
	return nil, false
}

// setOutput caches the rendering of e in style st, if there is room.
func (c *wordCache) setOutput(e *cacheEntry, st style, out []byte) {
	if len(c.outs)+len(out) > cap(c.outs) || len(out) > 255 {
		return
	}
	for i := range e.out {
		if e.out[i].style == 0 {
			e.out[i] = cachedOut{style: styleKey(st), n: uint8(len(out)), off: uint32(len(c.outs))}
			c.outs = append(c.outs, out...)
			return
		}
	}
}

// factsOf returns the cache entry of the word w, its facts found.
func (t *Transliterator) factsOf(nm *namesScratch, w []byte) *cacheEntry {
	e, ok := nm.cache.entry(w)
	if ok {
		return e
	}
	f := &e.f
	var letters [maxLetters]byte
	if n, _, ok := parseLetters(w, &letters); ok {
		f.nLetters = int8(n)
	}
	if nm.lex == nil {
		return e
	}
	wi, known := nm.lex.infoOf(w)
	if (!known || wi.e == nil) && f.nLetters == 0 {
		// A spelling variant of a known word (ব্যানার্জী, আব্দুল).
		if fi, ok := nm.lex.lookupFolded(nm, w); ok {
			wi.e = fi.e
			wi.start = wi.start || fi.start
		}
	}
	f.wi = wi
	if (!known || wi.e == nil) && f.nLetters == 0 {
		genitiveFacts(nm, f, w)
	}
	if vw, ok := trimVisarga(w); ok {
		f.visAbbr = nm.lex.abbrOf(vw)
	}
	return e
}

// analyze sets the facts about the spelling of r's word w that only
// unknown words need: foreign cues and syllables. When it parses the word,
// the syllables stay in nm.wsyl for rendering.
func (t *Transliterator) analyze(nm *namesScratch, r *wres, w []byte) {
	f := &r.ce.f
	if f.analyzed {
		return
	}
	a := len(nm.wsyl)
	nm.wsyl = parseWord(nm.wsyl, w)
	ss := nm.wsyl[a:]
	r.sa, r.sb = a, len(nm.wsyl)
	f.cue = foreignCue(ss)
	f.nsyl = uint8(min(len(ss), 255))
	f.analyzed = true
}

// originScore returns the origin model's log-odds that the word w of f
// is foreign, computed the first time it is asked for: most groups are
// decided by the lexicon without it.
func (nm *namesScratch) originScore(f *wordFacts, w []byte) float32 {
	if !f.scored {
		if nm.lex != nil {
			f.score = nm.lex.origin.score(w)
		}
		f.scored = true
	}
	return f.score
}
