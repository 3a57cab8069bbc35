package transliterate

// Most words the names scheme looks up are not in the lexicon. A Bloom
// filter over the lexicon's keys answers most of those questions with two
// bit tests, before a map is asked.

const (
	filterBits  = 1 << 19
	filterWords = filterBits / 64
)

type keyFilter [filterWords]uint64

const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// fnv64 returns the FNV-1a hash of b.
func fnv64(b []byte) uint64 {
	h := uint64(fnvOffset64)
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime64
	}
	return h
}

func (f *keyFilter) add(h uint64) {
	a, b := h&(filterBits-1), (h>>32)&(filterBits-1)
	f[a/64] |= 1 << (a % 64)
	f[b/64] |= 1 << (b % 64)
}

// mayHave reports whether a key with hash h may have been added.
func (f *keyFilter) mayHave(h uint64) bool {
	a, b := h&(filterBits-1), (h>>32)&(filterBits-1)
	return f[a/64]&(1<<(a%64)) != 0 && f[b/64]&(1<<(b%64)) != 0
}

// buildFilter adds every key the lookups below may ask for.
func (l *lexicon) buildFilter() {
	l.filter = new(keyFilter)
	for k := range l.info {
		l.filter.add(fnv64([]byte(k)))
	}
	for k := range l.words {
		l.filter.add(fnv64([]byte(k)))
	}
	for k := range l.abbrs {
		l.filter.add(fnv64([]byte(k)))
	}
	for _, fi := range l.finfo {
		for k := range fi {
			l.filter.add(fnv64([]byte(k)))
		}
	}
}

// wordEntry returns the entry of the word w, or nil.
func (l *lexicon) wordEntry(w []byte) *entry {
	return l.wordEntryHash(w, fnv64(w))
}

// wordEntryHash is wordEntry for a word whose hash h is known.
func (l *lexicon) wordEntryHash(w []byte, h uint64) *entry {
	if !l.filter.mayHave(h) {
		return nil
	}
	return l.words[string(w)]
}

// infoOf returns what the lexicon knows about the word w.
func (l *lexicon) infoOf(w []byte) (wordInfo, bool) {
	if !l.filter.mayHave(fnv64(w)) {
		return wordInfo{}, false
	}
	wi, ok := l.info[string(w)]
	return wi, ok
}

// abbrOf returns the abbreviation entry of w, or nil.
func (l *lexicon) abbrOf(w []byte) *entry {
	if !l.filter.mayHave(fnv64(w)) {
		return nil
	}
	return l.abbrs[string(w)]
}

// foldedInfo looks the folded spelling fk up in tier 0 or 1.
func (l *lexicon) foldedInfo(tier int, fk []byte) (wordInfo, bool) {
	if !l.filter.mayHave(fnv64(fk)) {
		return wordInfo{}, false
	}
	wi, ok := l.finfo[tier][string(fk)]
	return wi, ok
}
