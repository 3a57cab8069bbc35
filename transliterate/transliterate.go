package transliterate

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/transform"
)

// Scheme is a romanization scheme.
type Scheme uint8

// The schemes.
const (
	// SchemeNames writes names the way Bangladeshi and Indian
	// English-language newspapers print them: Bengali schwa rules, a
	// lexicon of accepted spellings, acronyms, abbreviations and title
	// case. Output is ASCII.
	SchemeNames Scheme = iota
	// SchemeISO15919 is ISO 15919 as ICU's Bengali-Latin writes it, with
	// a few documented marks that make it reversible.
	SchemeISO15919
	// SchemeASCII is the ISO 15919 form folded to lowercase ASCII with
	// the sh/ch/chh conventions, for slugs and keys.
	SchemeASCII

	numSchemes
)

var schemeNames = [numSchemes]string{
	SchemeNames:    "names",
	SchemeISO15919: "iso15919",
	SchemeASCII:    "ascii",
}

// String returns the name of s as the CLI spells it: names, iso15919 or
// ascii.
func (s Scheme) String() string {
	if s < numSchemes {
		return schemeNames[s]
	}
	return fmt.Sprintf("Scheme(%d)", uint8(s))
}

// ParseScheme returns the scheme called name (names, iso15919, ascii;
// "iso" is accepted for iso15919).
func ParseScheme(name string) (Scheme, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "names", "name":
		return SchemeNames, nil
	case "iso15919", "iso", "iso-15919":
		return SchemeISO15919, nil
	case "ascii":
		return SchemeASCII, nil
	}
	return 0, fmt.Errorf("unknown scheme %q (valid: names, iso15919, ascii)", name)
}

// Origin tells the names scheme where the names it reads come from.
type Origin uint8

// The origins.
const (
	// OriginAuto guesses per name from the lexicon and the spelling.
	OriginAuto Origin = iota
	// OriginBengali treats every unknown word as a Bengali (or other
	// South Asian) name: schwa rules, ব -> b, ভ -> bh.
	OriginBengali
	// OriginForeign treats every unknown word as a foreign name written
	// in Bengali: no schwa, ভ -> v, inherent vowel -> o.
	OriginForeign
)

type options struct {
	reverse   bool
	origin    Origin
	noLexicon bool
	variants  bool
}

// Option configures a Transliterator.
type Option func(*options)

// Reverse makes the Transliterator turn romanized text back into Bengali.
// Only SchemeISO15919 can be reversed.
func Reverse() Option { return func(o *options) { o.reverse = true } }

// WithOrigin sets the origin the names scheme assumes (default OriginAuto).
func WithOrigin(or Origin) Option { return func(o *options) { o.origin = or } }

// WithoutLexicon makes the names scheme use its rules only, without the
// lexicon of accepted spellings. Acronyms and abbreviations still work.
func WithoutLexicon() Option { return func(o *options) { o.noLexicon = true } }

// Transliterator romanizes Bengali text with one scheme, or turns ISO
// 15919 back into Bengali. It implements transform.SpanningTransformer and
// keeps no state between calls, so one Transliterator may be shared by
// many goroutines; Reset does nothing.
//
// Input is normalized with normalize.Default first, so either Unicode
// form of ড় ঢ় য় and stray joiners give the same result. Text is cut at
// ASCII whitespace (at line ends for the names scheme) and every piece is
// converted on its own, so the output for a line never depends on another
// line, and a streaming Transform gives the same bytes as String whatever
// the chunking.
type Transliterator struct {
	scheme Scheme
	opts   options
}

// lexicon returns the lexicon of the names scheme, loaded on first use,
// or nil.
func (t *Transliterator) lexicon() *lexicon {
	if t.scheme != SchemeNames || t.opts.noLexicon {
		return nil
	}
	return defaultLexicon()
}

// New returns a Transliterator for scheme s. It returns an error when the
// options do not fit the scheme (Reverse with a scheme other than
// SchemeISO15919).
func New(s Scheme, opts ...Option) (*Transliterator, error) {
	if s >= numSchemes {
		return nil, fmt.Errorf("transliterate: unknown scheme %d", s)
	}
	t := &Transliterator{scheme: s}
	for _, o := range opts {
		o(&t.opts)
	}
	if t.opts.reverse && s != SchemeISO15919 {
		return nil, fmt.Errorf("transliterate: scheme %s cannot be reversed (only iso15919 can)", s)
	}
	return t, nil
}

func mustNew(s Scheme, opts ...Option) *Transliterator {
	t, err := New(s, opts...)
	if err != nil {
		panic(err)
	}
	return t
}

// Ready-made transliterators. They are safe for concurrent use.
var (
	// Names writes names as the press spells them (SchemeNames).
	Names = mustNew(SchemeNames)
	// ISO15919 writes ISO 15919 (SchemeISO15919).
	ISO15919 = mustNew(SchemeISO15919)
	// ASCII writes lowercase ASCII (SchemeASCII).
	ASCII = mustNew(SchemeASCII)
	// FromISO15919 turns ISO 15919, as ISO15919 writes it, back into
	// Bengali.
	FromISO15919 = mustNew(SchemeISO15919, Reverse())
)

// Scheme returns the scheme of t.
func (t *Transliterator) Scheme() Scheme { return t.scheme }

// IsReverse reports whether t turns romanized text back into Bengali.
func (t *Transliterator) IsReverse() bool { return t.opts.reverse }

// Reset implements transform.Transformer. A Transliterator has no state.
func (t *Transliterator) Reset() {}

// String returns s transliterated. It returns s itself, without copying,
// when nothing changes.
func (t *Transliterator) String(s string) string {
	if n, err := t.Span(unsafeBytes(s), true); err == nil && n == len(s) {
		return s
	}
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// Bytes returns b transliterated, in a new slice.
func (t *Transliterator) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(t, b)
	return out
}

// Append appends src transliterated to dst and returns the result.
func (t *Transliterator) Append(dst, src []byte) []byte {
	out, _, _ := transform.Append(t, dst, src)
	return out
}

// Reader returns a reader that transliterates what it reads from r.
func (t *Transliterator) Reader(r io.Reader) io.Reader { return transform.NewReader(r, t) }

// Writer returns a writer that transliterates what is written to it before
// writing it to w. Close flushes the last bytes.
func (t *Transliterator) Writer(w io.Writer) io.WriteCloser { return transform.NewWriter(w, t) }

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that t leaves unchanged. Only text without Bengali (or,
// for the reverse direction, without Latin letters and digits) is left
// unchanged, so Span is a quick check for text with nothing to do. It
// stops at the start of the unit (word or line) that needs work, so that
// Transform always starts where it would have started on the whole text.
func (t *Transliterator) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		c := src[n]
		if spaceByte[c] && (t.scheme != SchemeNames || t.opts.reverse || c == '\n') {
			n++
			continue
		}
		end, complete := t.unitEnd(src[n:], atEOF)
		if !complete {
			return n, transform.ErrShortSrc
		}
		if !t.unchanged(src[n : n+end]) {
			return n, transform.ErrEndOfSpan
		}
		n += end
	}
	return n, nil
}

// unchanged reports whether t leaves unit as it is, without converting it.
func (t *Transliterator) unchanged(unit []byte) bool {
	if !t.opts.reverse {
		return isASCII(unit)
	}
	for _, c := range unit {
		if c >= utf8.RuneSelf || isASCIILetterOrDigit(c) || c == '\'' || c == '+' || c == '^' {
			return false
		}
	}
	return true
}

// Transform implements transform.Transformer.
func (t *Transliterator) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	sc := getScratch()
	defer putScratch(sc)
	wordUnits := t.scheme != SchemeNames || t.opts.reverse
	normEnd := 0 // src[:normEnd] is known to be normalized
	for nSrc < len(src) {
		c := src[nSrc]
		if spaceByte[c] && (wordUnits || c == '\n') {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		if wordUnits && !t.opts.reverse {
			if nSrc >= normEnd {
				k, _ := normalize.Default.Span(src[nSrc:], atEOF)
				normEnd = nSrc + k
			}
			// The fast path: a word inside the normalized text, written
			// straight into dst when dst has room for the longest result.
			if nSrc < normEnd && len(dst)-nDst >= 3*maxWordUnit+8 {
				win := src[nSrc:min(normEnd, nSrc+maxWordUnit)]
				out, n := t.word(dst[nDst:nDst], win)
				if n < len(win) || atEOF && nSrc+n == len(src) && len(win) < maxWordUnit {
					nDst += len(out)
					nSrc += n
					continue
				}
			}
		}
		end, complete := t.unitEnd(src[nSrc:], atEOF)
		if !complete {
			return nDst, nSrc, transform.ErrShortSrc
		}
		unit := src[nSrc : nSrc+end]
		if t.unchanged(unit) {
			if len(unit) > len(dst)-nDst {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], unit)
			nSrc += end
			continue
		}
		if !t.opts.reverse {
			// Normalize: one Span over the rest of src tells which units
			// are normal already.
			if nSrc+end > normEnd {
				k, _ := normalize.Default.Span(src[nSrc:], atEOF)
				normEnd = nSrc + k
			}
			if nSrc+end > normEnd {
				unit = sc.normalize(normalize.Default, unit)
			}
		}
		out := t.convertUnit(sc, unit)
		if len(out) > len(dst)-nDst {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += end
	}
	return nDst, nSrc, nil
}

// word converts the word at the start of src with the iso15919 or ascii
// scheme.
func (t *Transliterator) word(dst, src []byte) ([]byte, int) {
	if t.scheme == SchemeISO15919 {
		return isoWord(dst, src)
	}
	return asciiWord(dst, src)
}

// spaceByte marks the ASCII whitespace bytes that end a word unit.
var spaceByte = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// Limits on how much one unit may hold. A unit longer than these is cut
// at a place chosen from its own bytes, so the result never depends on how
// the input was chunked; real text never gets there.
const (
	maxWordUnit = 256  // iso15919, ascii and reverse: one whitespace-delimited word
	maxLineUnit = 1024 // names: (part of) one line
)

// unitEnd returns the length of the unit at the start of src. complete is
// false when more input is needed to find its end.
func (t *Transliterator) unitEnd(src []byte, atEOF bool) (end int, complete bool) {
	limit := maxWordUnit
	lineUnit := t.scheme == SchemeNames && !t.opts.reverse
	if lineUnit {
		limit = maxLineUnit
	}
	i := 0
	if lineUnit {
		if j := bytes.IndexByte(src[:min(len(src), limit)], '\n'); j >= 0 {
			return j, true
		}
		i = min(len(src), limit)
	}
	for i < len(src) && i < limit {
		if spaceByte[src[i]] {
			return i, true
		}
		i++
	}
	if i < limit {
		// Ran out of input before the end of the unit.
		if !atEOF {
			return 0, false
		}
		return len(src), true
	}
	// The unit is too long: cut it.
	if t.opts.reverse {
		return latinCutPoint(src[:limit]), true
	}
	return cutPoint(src[:limit], lineUnit), true
}

// cutPoint returns where an over-long unit is cut: after the last space
// for line units, else before the last Bengali consonant that follows a
// vowel sign or an ASCII byte, else at a rune boundary.
func cutPoint(b []byte, lineUnit bool) int {
	if lineUnit {
		for i := len(b) - 1; i > len(b)/2; i-- {
			if b[i] == ' ' || b[i] == '\t' {
				return i + 1
			}
		}
	}
	for i := len(b) - 3; i > len(b)/2; i-- {
		if b[i] == 0xE0 && i >= 3 {
			x, ok := bnIndex(b, i)
			if !ok || !isConsIdx(x) {
				continue
			}
			p, ok := bnIndex(b, i-3)
			if ok && isSignIdx(p) && p != 0x4D {
				return i
			}
		}
	}
	i := len(b)
	for i > 0 && !utf8.RuneStart(b[i-1]) {
		i--
	}
	if i > 0 {
		i--
	}
	if i == 0 {
		return len(b)
	}
	return i
}

// latinCutPoint returns where an over-long unit of romanized text is cut:
// before the last ASCII consonant that follows an ASCII vowel, where no
// letter of ISO 15919 spans the cut, else at a rune boundary.
func latinCutPoint(b []byte) int {
	for i := len(b) - 1; i > len(b)/2; i-- {
		if strings.IndexByte("kgcjtdnpbmyrlshqzfw", b[i]) >= 0 && strings.IndexByte("aiueo", b[i-1]) >= 0 {
			return i
		}
	}
	i := len(b)
	for i > 0 && !utf8.RuneStart(b[i-1]) {
		i--
	}
	if i > 1 {
		return i - 1
	}
	return len(b)
}

func isASCIILetterOrDigit(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// convertUnit returns the output for one normalized unit. The result may
// alias scratch memory and is valid until the next call.
func (t *Transliterator) convertUnit(sc *scratch, unit []byte) []byte {
	if t.unchanged(unit) {
		return unit
	}
	if t.opts.reverse {
		return reverseUnit(sc, unit)
	}
	if t.scheme == SchemeNames {
		return t.namesUnit(sc, unit)
	}
	out, _ := t.word(sc.out[:0], unit)
	return out
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
