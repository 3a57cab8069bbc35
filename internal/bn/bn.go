// Package bn holds the Bengali character tables shared by the bntext
// packages: a class for every code point of the Bengali block
// (U+0980..U+09FF), named runes, and byte-level helpers for the three-byte
// UTF-8 encoding E0 A6 xx / E0 A7 xx that every Bengali code point has.
//
// The tables are fixed arrays indexed by r-0x0980, so a lookup in a hot loop
// is one bounds-checked load.
package bn

// Block bounds.
const (
	First rune = 0x0980 // first code point of the Bengali block
	Last  rune = 0x09FF // last code point of the Bengali block
)

// Named runes used across packages.
const (
	Candrabindu rune = '\u0981' // ঁ
	Anusvara    rune = '\u0982' // ং
	Visarga     rune = '\u0983' // ঃ
	A           rune = '\u0985' // অ
	AA          rune = '\u0986' // আ
	I           rune = '\u0987' // ই
	U           rune = '\u0989' // উ
	VocalicR    rune = '\u098B' // ঋ
	VocalicL    rune = '\u098C' // ঌ
	E           rune = '\u098F' // এ
	O           rune = '\u0993' // ও
	Ka          rune = '\u0995' // ক
	Ga          rune = '\u0997' // গ
	Ja          rune = '\u099C' // জ
	Dda         rune = '\u09A1' // ড
	Ddha        rune = '\u09A2' // ঢ
	Nna         rune = '\u09A3' // ণ
	Ta          rune = '\u09A4' // ত
	Tha         rune = '\u09A5' // থ
	Da          rune = '\u09A6' // দ
	Na          rune = '\u09A8' // ন
	Pa          rune = '\u09AA' // প
	Ba          rune = '\u09AC' // ব
	Ma          rune = '\u09AE' // ম
	Ya          rune = '\u09AF' // য
	Ra          rune = '\u09B0' // র
	La          rune = '\u09B2' // ল
	Sha         rune = '\u09B6' // শ
	Ssa         rune = '\u09B7' // ষ
	Sa          rune = '\u09B8' // স
	Ha          rune = '\u09B9' // হ
	Nukta       rune = '\u09BC' // ় (combining class 7)
	Avagraha    rune = '\u09BD' // ঽ
	SignAA      rune = '\u09BE' // া (NFC_QC=Maybe)
	SignI       rune = '\u09BF' // ি (pre-base)
	SignII      rune = '\u09C0' // ী
	SignU       rune = '\u09C1' // ু
	SignUU      rune = '\u09C2' // ূ
	SignR       rune = '\u09C3' // ৃ
	SignRR      rune = '\u09C4' // ৄ
	SignE       rune = '\u09C7' // ে (pre-base)
	SignAI      rune = '\u09C8' // ৈ (pre-base)
	SignO       rune = '\u09CB' // ো = ে + া
	SignAU      rune = '\u09CC' // ৌ = ে + ৗ
	Virama      rune = '\u09CD' // ্ hasanta (combining class 9)
	KhandaTa    rune = '\u09CE' // ৎ
	AULength    rune = '\u09D7' // ৗ (NFC_QC=Maybe)
	Rra         rune = '\u09DC' // ড় precomposed, decomposed by NFC
	Rha         rune = '\u09DD' // ঢ় precomposed, decomposed by NFC
	Yya         rune = '\u09DF' // য় precomposed, decomposed by NFC
	VocalicRR   rune = '\u09E0' // ৠ
	VocalicLL   rune = '\u09E1' // ৡ
	SignL       rune = '\u09E2' // ৢ
	SignLL      rune = '\u09E3' // ৣ
	Zero        rune = '\u09E6' // ০
	Nine        rune = '\u09EF' // ৯
	AssameseRa  rune = '\u09F0' // ৰ
	AssameseWa  rune = '\u09F1' // ৱ
	Taka        rune = '\u09F3' // ৳
	Numerator4  rune = '\u09F7' // ৷ currency numerator four, often misused as dari
	SandhiMark  rune = '\u09FE' // ৾ (combining class 230)
	Dari        rune = '\u0964' // । (Devanagari block, shared by Bengali)
	DoubleDari  rune = '\u0965' // ॥
	ZWNJ        rune = '\u200C'
	ZWJ         rune = '\u200D'
)

// Class is the orthographic class of a Bengali code point.
type Class uint8

// The classes. Unassigned covers the holes in the block, including the
// reserved U+09E4 and U+09E5.
const (
	Unassigned       Class = iota
	Consonant              // ক..হ, ড় ঢ় য়, ৰ ৱ
	KhandaTaClass          // ৎ: a consonant that never takes a virama
	IndependentVowel       // অ..ঔ, ৠ ৡ
	VowelSign              // া..ৌ, ৗ, ৢ ৣ
	Modifier               // ঁ ং ঃ
	NuktaClass             // ়
	ViramaClass            // ্
	Digit                  // ০..৯
	Symbol                 // ঀ ঽ ৲..৽ and the other signs that stand alone
	SandhiClass            // ৾, the only other non-starter of the block
)

// classes is indexed by r-First.
var classes = [128]Class{
	0x00: Symbol, // ঀ anji
	0x01: Modifier, 0x02: Modifier, 0x03: Modifier,
	0x05: IndependentVowel, 0x06: IndependentVowel, 0x07: IndependentVowel, 0x08: IndependentVowel,
	0x09: IndependentVowel, 0x0A: IndependentVowel, 0x0B: IndependentVowel, 0x0C: IndependentVowel,
	0x0F: IndependentVowel, 0x10: IndependentVowel, 0x13: IndependentVowel, 0x14: IndependentVowel,
	0x15: Consonant, 0x16: Consonant, 0x17: Consonant, 0x18: Consonant, 0x19: Consonant,
	0x1A: Consonant, 0x1B: Consonant, 0x1C: Consonant, 0x1D: Consonant, 0x1E: Consonant,
	0x1F: Consonant, 0x20: Consonant, 0x21: Consonant, 0x22: Consonant, 0x23: Consonant,
	0x24: Consonant, 0x25: Consonant, 0x26: Consonant, 0x27: Consonant, 0x28: Consonant,
	0x2A: Consonant, 0x2B: Consonant, 0x2C: Consonant, 0x2D: Consonant, 0x2E: Consonant,
	0x2F: Consonant, 0x30: Consonant, 0x32: Consonant,
	0x36: Consonant, 0x37: Consonant, 0x38: Consonant, 0x39: Consonant,
	0x3C: NuktaClass,
	0x3D: Symbol, // ঽ avagraha
	0x3E: VowelSign, 0x3F: VowelSign, 0x40: VowelSign, 0x41: VowelSign, 0x42: VowelSign,
	0x43: VowelSign, 0x44: VowelSign, 0x47: VowelSign, 0x48: VowelSign, 0x4B: VowelSign,
	0x4C: VowelSign,
	0x4D: ViramaClass,
	0x4E: KhandaTaClass,
	0x57: VowelSign, // ৗ au length mark
	0x5C: Consonant, 0x5D: Consonant, 0x5F: Consonant,
	0x60: IndependentVowel, 0x61: IndependentVowel,
	0x62: VowelSign, 0x63: VowelSign,
	0x66: Digit, 0x67: Digit, 0x68: Digit, 0x69: Digit, 0x6A: Digit,
	0x6B: Digit, 0x6C: Digit, 0x6D: Digit, 0x6E: Digit, 0x6F: Digit,
	0x70: Consonant, 0x71: Consonant,
	0x72: Symbol, 0x73: Symbol, 0x74: Symbol, 0x75: Symbol, 0x76: Symbol, 0x77: Symbol,
	0x78: Symbol, 0x79: Symbol, 0x7A: Symbol, 0x7B: Symbol, 0x7C: Symbol, 0x7D: Symbol,
	0x7E: SandhiClass,
}

// ClassOf returns the class of r, or Unassigned when r is outside the block.
func ClassOf(r rune) Class {
	if r < First || r > Last {
		return Unassigned
	}
	return classes[r-First]
}

// ClassAt returns the class of the Bengali code point whose index in the
// block is i (0..127). See Index.
func ClassAt(i int) Class { return classes[i&0x7F] }

// InBlock reports whether r is in the Bengali block U+0980..U+09FF.
func InBlock(r rune) bool { return r >= First && r <= Last }

// IsConsonant reports whether r is a consonant that can carry a vowel sign
// or a virama (khanda ta is not included).
func IsConsonant(r rune) bool { return ClassOf(r) == Consonant }

// IsLetter reports whether r belongs to a Bengali word: a consonant, khanda
// ta, an independent vowel, a vowel sign, a modifier, nukta or virama.
func IsLetter(r rune) bool {
	switch ClassOf(r) {
	case Consonant, KhandaTaClass, IndependentVowel, VowelSign, Modifier, NuktaClass, ViramaClass:
		return true
	}
	return false
}

// IsMark reports whether r is a Bengali combining mark: a vowel sign, a
// modifier, nukta, virama or the sandhi mark.
func IsMark(r rune) bool {
	switch ClassOf(r) {
	case VowelSign, Modifier, NuktaClass, ViramaClass, SandhiClass:
		return true
	}
	return false
}

// IsDigit reports whether r is a Bengali digit ০..৯.
func IsDigit(r rune) bool { return r >= Zero && r <= Nine }

// IsPreBase reports whether r is a vowel sign drawn before its consonant:
// ি, ে or ৈ.
func IsPreBase(r rune) bool { return r == SignI || r == SignE || r == SignAI }

// CCC returns the canonical combining class of a Bengali code point: 7 for
// nukta, 9 for virama, 230 for the sandhi mark and 0 for the rest.
func CCC(r rune) uint8 {
	switch r {
	case Nukta:
		return 7
	case Virama:
		return 9
	case SandhiMark:
		return 230
	}
	return 0
}

// Index returns the position in the block (0..127) of the code point whose
// UTF-8 encoding is E0 b1 b2, and ok=false when b1 b2 do not encode a
// Bengali code point. b1 must be A6 or A7 and b2 a continuation byte.
func Index(b1, b2 byte) (i int, ok bool) {
	if b1&^1 != 0xA6 || b2&0xC0 != 0x80 {
		return 0, false
	}
	return int(b1&1)<<6 | int(b2&0x3F), true
}

// Encode appends the UTF-8 encoding of the Bengali code point with block
// index i to dst. It is three bytes: E0 A6|A7 xx.
func Encode(dst []byte, i int) []byte {
	return append(dst, 0xE0, 0xA6|byte(i>>6&1), 0x80|byte(i&0x3F))
}

// DigitValue returns the value of a Bengali digit, or -1.
func DigitValue(r rune) int {
	if r >= Zero && r <= Nine {
		return int(r - Zero)
	}
	return -1
}
