package normalize

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// kind is the class the fast scanner gives every character. The scanner
// decides two things from the kinds of two neighbours (a, b): whether the
// pair may need a repair (trigger) and whether a segment may end between
// them (cut). Segments are the unit the rule engine works on.
type kind uint8

const (
	kBOT     kind = iota // nothing before: start of text or of a segment
	kBlank               // ' ' '\t'
	kNL                  // '\n' '\r' '\v' '\f'
	kASCII               // any other ASCII byte
	kColon               // ':'
	kPipe                // '|'
	kOther               // non-ASCII character that needs nothing on its own
	kTrig                // non-ASCII character that always goes to the rule engine
	kInvalid             // a byte that is not valid UTF-8: passed through as is
	kZWJ
	kZWNJ
	kDari // । (U+0964)
	kDari2
	// Bengali block.
	kCons
	kRa
	kTa
	kBa
	kNuktaCons // precomposed ড় ঢ় য়
	kAssam     // ৰ ৱ
	kKhanda    // ৎ
	kVowA      // অ
	kVowR      // ঋ
	kVowL      // ঌ
	kVowE      // এ
	kVow       // other independent vowels
	kSignAA    // া
	kSignE     // ে
	kSignAU    // ৗ
	kSignPre   // ি ৈ
	kSignR     // ৃ
	kSignL     // ৢ
	kSignRR    // ৄ
	kSign      // other vowel signs
	kMod       // ঁ ং
	kVisarga   // ঃ
	kNukta
	kVirama
	kDigit
	kSym     // other Bengali signs
	kNum4    // ৷ U+09F7
	kReserve // U+09E4 U+09E5
	kUnas    // unassigned
	kSandhi  // ৾
	numKinds
)

// asciiKinds gives the kind of every ASCII byte.
var asciiKinds = func() (t [128]kind) {
	for i := range t {
		t[i] = kASCII
	}
	t[' '], t['\t'] = kBlank, kBlank
	t['\n'], t['\r'], t['\v'], t['\f'] = kNL, kNL, kNL, kNL
	t[':'] = kColon
	t['|'] = kPipe
	return t
}()

// bengaliKinds gives the kind of every code point of the Bengali block.
var bengaliKinds = func() (t [128]kind) {
	for i := range t {
		r := bn.First + rune(i)
		switch bn.ClassOf(r) {
		case bn.Unassigned:
			t[i] = kUnas
		case bn.Consonant:
			t[i] = kCons
		case bn.KhandaTaClass:
			t[i] = kKhanda
		case bn.IndependentVowel:
			t[i] = kVow
		case bn.VowelSign:
			t[i] = kSign
		case bn.Modifier:
			t[i] = kMod
		case bn.NuktaClass:
			t[i] = kNukta
		case bn.ViramaClass:
			t[i] = kVirama
		case bn.Digit:
			t[i] = kDigit
		case bn.Symbol:
			t[i] = kSym
		case bn.SandhiClass:
			t[i] = kSandhi
		}
	}
	set := func(r rune, k kind) { t[r-bn.First] = k }
	set(bn.Ra, kRa)
	set(bn.Ta, kTa)
	set(bn.Ba, kBa)
	set(bn.Rra, kNuktaCons)
	set(bn.Rha, kNuktaCons)
	set(bn.Yya, kNuktaCons)
	set(bn.AssameseRa, kAssam)
	set(bn.AssameseWa, kAssam)
	set(bn.A, kVowA)
	set(bn.VocalicR, kVowR)
	set(bn.VocalicL, kVowL)
	set(bn.E, kVowE)
	set(bn.SignAA, kSignAA)
	set(bn.SignE, kSignE)
	set(bn.AULength, kSignAU)
	set(bn.SignI, kSignPre)
	set(bn.SignAI, kSignPre)
	set(bn.SignR, kSignR)
	set(bn.SignL, kSignL)
	set(bn.SignRR, kSignRR)
	set(bn.Visarga, kVisarga)
	set(bn.Numerator4, kNum4)
	set('\u09E4', kReserve)
	set('\u09E5', kReserve)
	return t
}()

func isBengaliKind(k kind) bool { return k >= kCons }

// isLetterKind reports whether k is part of a Bengali word (not a digit or
// a sign that stands alone).
func isLetterKind(k kind) bool { return k >= kCons && k <= kVirama }

func isConsKind(k kind) bool { return k >= kCons && k <= kKhanda }

func isSignKind(k kind) bool { return k >= kSignAA && k <= kSign }

func isMarkKind(k kind) bool {
	return (k >= kSignAA && k <= kVirama) || k == kSandhi
}

// isBaseKind reports whether a segment may start with a character of kind
// k: it never takes part in a rule with the character before it.
func isBaseKind(k kind) bool {
	switch k {
	case kBlank, kNL, kASCII, kOther, kInvalid, kDari, kDari2,
		kCons, kRa, kTa, kBa, kNuktaCons, kAssam, kKhanda,
		kVowA, kVowR, kVowL, kVowE, kVow, kDigit, kSym, kUnas:
		return true
	}
	return false
}

const (
	fTrig  = 1 << iota // the pair may need a repair
	fNoCut             // a segment may not end between the two
)

// pairFlags computes the table entry for the pair (a, b) under ops.
func pairFlags(ops Ops, a, b kind) uint8 {
	trig := pairTrigger(ops, a, b)
	noCut := trig || !isBaseKind(b)
	switch a {
	case kVirama, kZWJ, kZWNJ, kColon, kPipe, kTrig, kNum4:
		noCut = true
	}
	switch b {
	case kColon, kPipe, kTrig, kNum4, kZWJ, kZWNJ:
		noCut = true
	}
	if ops.Has(OpPipeDari) && isLetterKind(a) && b == kBlank {
		noCut = true
	}
	if ops.Has(OpVisargaColon) && a == kVisarga {
		noCut = true
	}
	if ops.Has(OpVisualOrder) && (a == kSignE || a == kSignPre) && isConsKind(b) {
		noCut = true
	}
	if ops.Has(OpKhandaTaHeuristic) && a == kTa {
		noCut = true
	}
	if ops.Has(OpAESpelling) && a == kVowE {
		noCut = true
	}
	if a == kInvalid || b == kInvalid {
		// Invalid bytes are always a boundary, so that they are copied
		// unchanged and never reach the rule engine.
		trig, noCut = false, false
	}
	var f uint8
	if trig {
		f |= fTrig
	}
	if noCut {
		f |= fNoCut
	}
	return f
}

// pairTrigger reports whether the character b, coming after a, may be
// changed by one of ops. It may say yes too often (the rule engine then
// changes nothing) but never too rarely.
func pairTrigger(ops Ops, a, b kind) bool {
	if ops.Has(OpSearchKey) && isBengaliKind(b) {
		return true
	}
	switch b {
	case kTrig:
		return true
	case kZWJ, kZWNJ:
		// A ZWNJ after a virama (explicit hasanta) is always kept.
		return b == kZWJ || a != kVirama || ops.Has(OpSearchKey)
	case kNuktaCons:
		return ops.canonical()
	case kAssam:
		return ops.Has(OpAssameseToBengali)
	case kNum4:
		return ops.Has(OpDariConfusable)
	case kReserve:
		return ops.Has(OpDariReserved)
	case kColon:
		return (ops.Has(OpVisargaInternal) || ops.Has(OpColonVisargaFinal)) && isLetterKind(a)
	case kPipe:
		return ops.Has(OpPipeDari) && (isLetterKind(a) || a == kDari)
	case kDari:
		return ops.Has(OpDoubleDari) && a == kDari
	case kBlank:
		return ops.Has(OpSpaceCollapse) && a == kBlank
	}
	if !isMarkKind(b) {
		return false
	}
	// b is a mark. Canonical reordering: nukta (7) and virama (9) after a
	// mark of a higher combining class.
	if ops.canonical() && (b == kNukta || b == kVirama) && (a == kVirama || a == kSandhi) {
		return true
	}
	if !isLetterKind(a) {
		if a == kZWJ || a == kZWNJ {
			return true // a mark after a joiner: let the rules look
		}
		// A mark with no letter before it.
		return ops.Has(OpDropOrphanMarks) ||
			ops.Has(OpVisualOrder) && (b == kSignE || b == kSignPre) ||
			ops.Has(OpStripNukta) && b == kNukta ||
			ops.Has(OpVisargaColon) && b == kVisarga ||
			ops.Has(OpRRSign) && b == kSignRR
	}
	switch b {
	case kSignRR:
		if ops.Has(OpRRSign) {
			return true
		}
	case kVisarga:
		if ops.Has(OpVisargaColon) {
			return true
		}
	case kVirama:
		if ops.Has(OpKhandaTaHeuristic) && a == kTa ||
			ops.Has(OpAESpelling) && a == kVowE ||
			ops.Has(OpDedupFola) && isConsKind(a) {
			return true
		}
	}
	if ops.Has(OpVisualOrder) && (b == kSignE || b == kSignPre) && !isConsKind(a) && a != kNukta {
		return true
	}
	switch {
	case b == kNukta:
		switch a {
		case kCons, kRa, kTa:
			return ops.Has(OpStripNukta)
		case kBa:
			return ops.Has(OpNuktaBaRa) || ops.Has(OpStripNukta)
		}
		return true // after a vowel sign, a modifier, another nukta, ...
	case isSignKind(b):
		switch {
		case isSignKind(a), a == kMod, a == kVisarga:
			return true
		case a == kVowA && b == kSignAA, a == kVowR && b == kSignR, a == kVowL && b == kSignL:
			return ops.Has(OpVowelCompose)
		case a >= kVowA && a <= kVow:
			return ops.Has(OpDropVowelAfterVowel)
		}
		return false
	case b == kMod || b == kVisarga:
		return a == kMod || a == kVisarga
	case b == kVirama:
		return a == kVirama
	}
	return false
}

// otherKind returns the kind and size of the non-ASCII, non-Bengali
// character at the start of p. size is 0 when p holds only the start of a
// character and more input may follow.
func (n *Normalizer) otherKind(p []byte, atEOF bool) (kind, int) {
	r, size := utf8.DecodeRune(p)
	if r == utf8.RuneError && size <= 1 {
		if !atEOF && !utf8.FullRune(p) {
			return 0, 0
		}
		return kInvalid, 1
	}
	switch r {
	case bn.ZWJ:
		return kZWJ, size
	case bn.ZWNJ:
		return kZWNJ, size
	case bn.Dari:
		return kDari, size
	case bn.DoubleDari:
		return kDari2, size
	}
	if n.special(r) {
		return kTrig, size
	}
	if !n.ops.canonical() {
		return kOther, size
	}
	props := n.form.Properties(p[:size])
	if props.BoundaryAfter() {
		return kOther, size
	}
	if props.BoundaryBefore() && n.form.IsNormal(p[:size]) {
		return kOther, size
	}
	return kTrig, size
}

// special reports whether an op of n acts on the non-Bengali rune r.
func (n *Normalizer) special(r rune) bool {
	ops := n.ops
	switch r {
	case '\uFEFF':
		return ops.Has(OpStripBOM)
	case '\u200B':
		return ops.Has(OpStripZWSP)
	case '\u00AD':
		return ops.Has(OpStripSHY)
	case '\u2060':
		return ops.Has(OpStripWJ)
	case '\u00A0':
		return ops.Has(OpNBSPSpace) || ops.Has(OpSpaceFold)
	}
	if ops.Has(OpSpaceFold) && isFoldSpace(r) {
		return true
	}
	if ops.Has(OpStripBidi) && isBidi(r) {
		return true
	}
	if ops.Has(OpASCIIQuotes) && asciiQuote(r) != 0 {
		return true
	}
	if ops.Has(OpASCIIDash) && isDash(r) {
		return true
	}
	if ops.Has(OpEllipsis) && r == '\u2026' {
		return true
	}
	return false
}

func isFoldSpace(r rune) bool {
	switch {
	case r == '\u00A0', r == '\u1680', r >= '\u2000' && r <= '\u200A', r == '\u202F', r == '\u205F', r == '\u3000':
		return true
	}
	return false
}

func isBidi(r rune) bool {
	switch {
	case r == '\u200E', r == '\u200F', r == '\u061C', r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

func asciiQuote(r rune) byte {
	switch r {
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032':
		return '\''
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033':
		return '"'
	}
	return 0
}

func isDash(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D':
		return true
	}
	return false
}
