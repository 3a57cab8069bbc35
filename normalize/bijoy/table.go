package bijoy

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// A Bijoy font draws Bengali glyphs at the positions of the bytes of a
// single-byte code page, so legacy text reaches Unicode as the Windows-1252
// (or Latin-1) reading of those bytes. The converter first turns every
// character back into its byte, the glyph code, and then looks the code up
// in glyphs.

// noCode marks a character that is not a Bijoy glyph code (real Unicode,
// invalid UTF-8): it passes through unchanged.
const noCode = -1

// cp1252Byte maps the code points that Windows-1252 puts at 0x80..0x9F back
// to their bytes. The C1 controls U+0080..U+009F (the Latin-1 reading, and
// the WHATWG reading of the undefined bytes) are handled by codeOf.
func cp1252Byte(r rune) (byte, bool) {
	switch r {
	case '€':
		return 0x80, true
	case '‚':
		return 0x82, true
	case 'ƒ':
		return 0x83, true
	case '„':
		return 0x84, true
	case '…':
		return 0x85, true
	case '†':
		return 0x86, true
	case '‡':
		return 0x87, true
	case 'ˆ':
		return 0x88, true
	case '‰':
		return 0x89, true
	case 'Š':
		return 0x8A, true
	case '‹':
		return 0x8B, true
	case 'Œ':
		return 0x8C, true
	case 'Ž':
		return 0x8E, true
	case '‘':
		return 0x91, true
	case '’':
		return 0x92, true
	case '“':
		return 0x93, true
	case '”':
		return 0x94, true
	case '•':
		return 0x95, true
	case '–':
		return 0x96, true
	case '—':
		return 0x97, true
	case '˜':
		return 0x98, true
	case '™':
		return 0x99, true
	case 'š':
		return 0x9A, true
	case '›':
		return 0x9B, true
	case 'œ':
		return 0x9C, true
	case 'ž':
		return 0x9E, true
	case 'Ÿ':
		return 0x9F, true
	}
	return 0, false
}

// codeOf returns the glyph code of r, or noCode. It is used off the hot
// path; decodeCode reads codes straight from UTF-8.
func codeOf(r rune) int {
	if r >= 0 && r <= 0xFF {
		return int(r)
	}
	if b, ok := cp1252Byte(r); ok {
		return int(b)
	}
	return noCode
}

// decodeCode reads one character from p (len(p) > 0) and returns its glyph
// code (or noCode) and its length in bytes. Invalid UTF-8 yields noCode and
// length 1. An incomplete sequence at the end of p yields size 0 when more
// input could complete it.
func decodeCode(p []byte) (code, size int) {
	c := p[0]
	if c < utf8.RuneSelf {
		return int(c), 1
	}
	switch c {
	case 0xC2: // U+0080..U+00BF
		if len(p) < 2 {
			return noCode, 0
		}
		if p[1]&0xC0 == 0x80 {
			return int(p[1]), 2
		}
	case 0xC3: // U+00C0..U+00FF
		if len(p) < 2 {
			return noCode, 0
		}
		if p[1]&0xC0 == 0x80 {
			return int(p[1]) + 0x40, 2
		}
	case 0xE2:
		if len(p) < 3 {
			if utf8.FullRune(p) {
				return noCode, 1
			}
			return noCode, 0
		}
		if p[1] == 0x80 && p[2]&0xC0 == 0x80 {
			return int(e280[p[2]&0x3F]), 3 // – — ‘ ’ ‚ “ ” „ † ‡ • … ‰ ‹ ›
		}
		r, n := utf8.DecodeRune(p)
		if b, ok := cp1252Byte(r); ok {
			return int(b), n
		}
		return noCode, n
	case 0xC5, 0xC6, 0xCB:
		if !utf8.FullRune(p) {
			return noCode, 0
		}
		r, n := utf8.DecodeRune(p)
		if b, ok := cp1252Byte(r); ok {
			return int(b), n
		}
		return noCode, n
	}
	if !utf8.FullRune(p) {
		return noCode, 0
	}
	_, n := utf8.DecodeRune(p)
	return noCode, n
}

// e280 maps the last byte (low six bits) of the characters E2 80 80..BF
// (U+2000..U+203F) to their Windows-1252 code, or noCode.
var e280 = func() (t [64]int16) {
	for i := range t {
		t[i] = noCode
		if b, ok := cp1252Byte(rune(0x2000 + i)); ok {
			t[i] = int16(b)
		}
	}
	return t
}()

// Glyph kinds.
const (
	gSame    uint8 = iota // a character the converter keeps as it is
	gText                 // a fixed expansion
	gReph                 // © reph, typed after the cluster it sits on
	gHasanta              // & explicit hasanta
	gCtx                  // resolved by the neighbours, see conv.context
)

// glyph describes one code.
type glyph struct {
	kind  uint8
	cons  bool   // the expansion starts with a consonant (or may: gCtx)
	half  bool   // the expansion ends with a virama (a half form or phala)
	lead  bool   // the expansion starts with a virama (a phala)
	word  bool   // a Bengali letter or sign: part of a word
	split bool   // a long token may be cut before this glyph
	text  string // the expansion, nukta forms decomposed (NFC)
	rs    []rune // text as runes
	r0    rune   // rs[0], or 0
	op    uint8  // for one-rune expansions: how the converter takes it
}

// Fast operations of one-rune glyphs.
const (
	opMulti uint8 = iota // anything else: through conv.push
	opCons
	opPost
	opPre
)

// glyphs is indexed by code. The SutonnyMJ family; codes that differ between
// font versions are gCtx.
var glyphs = func() (t [256]glyph) {
	for c := range t {
		t[c] = glyph{kind: gSame}
	}
	set := func(c byte, s string) { t[c] = glyph{kind: gText, text: s} }
	ctx := func(cs string) {
		for _, r := range cs {
			t[codeOf(r)] = glyph{kind: gCtx}
		}
	}
	// Independent vowels.
	for i, s := range []string{"অ", "ই", "ঈ", "উ", "ঊ", "ঋ", "এ", "ঐ", "ও", "ঔ"} {
		set(byte('A'+i), s)
	}
	// Consonants K..Z.
	for i, s := range []string{"ক", "খ", "গ", "ঘ", "ঙ", "চ", "ছ", "জ", "ঝ", "ঞ",
		"ট", "ঠ", "ড", "ঢ", "ণ", "ত"} {
		set(byte('K'+i), s)
	}
	set('_', "থ")
	set('`', "দ")
	for i, s := range []string{"ধ", "ন", "প", "ফ", "ব", "ভ", "ম", "য", "র", "ল",
		"শ", "ষ", "স", "হ", "ড\u09BC", "ঢ\u09BC", "য\u09BC", "ৎ", "ং", "ঃ", "ঁ",
		"া", "ি", "ী", "ু", "ু"} {
		set(byte('a'+i), s)
	}
	set('~', "ূ")
	for i := 0; i < 10; i++ {
		set(byte('0'+i), string(rune('০'+i)))
	}
	set('|', "।")
	set('\\', "॥")
	set('$', "৳")
	set('^', "্ব")
	t['&'] = glyph{kind: gHasanta}
	t[0xA9] = glyph{kind: gReph}
	ctx("\"'")

	// Windows-1252 range 0x80..0x9F.
	set(0x82, "ূ")    // ‚
	set(0x83, "ূ")    // ƒ
	set(0x84, "ৃ")    // „
	set(0x86, "ে")    // † (word-initial form)
	set(0x87, "ে")    // ‡
	set(0x88, "ৈ")    // ˆ (word-initial form)
	set(0x89, "ৈ")    // ‰
	set(0x8A, "ৗ")    // Š au length mark
	set(0x8B, "্ক")   // ‹
	set(0x8C, "্ক্র") // Œ
	set(0x98, "দ্")   // ˜
	set(0x99, "দ্")   // ™
	set(0x9A, "ন্")   // š
	set(0x9B, "ন্")   // ›
	set(0x9F, "্ব")   // Ÿ
	ctx("…‘’“”•–—œ")

	// Latin-1 range.
	for c, s := range map[byte]string{
		0xA1: "্ব", 0xA2: "্ভ", 0xA3: "্ভ্র", 0xA4: "ম্", 0xA5: "্ম", 0xA6: "্ব",
		0xA7: "্ম", 0xAA: "্র", 0xAB: "্র", 0xAC: "্ল", 0xAD: "্ল", 0xAE: "ষ্",
		0xAF: "স্",
		0xB0: "ক্ক", 0xB1: "ক্ট", 0xB2: "ক্ষ্ম", 0xB3: "ক্ত", 0xB4: "ক্ম", 0xB5: "ক্র",
		0xB6: "ক্ষ", 0xB7: "ক্স", 0xB8: "গু", 0xB9: "গ্গ", 0xBA: "গ্দ", 0xBB: "গ্ধ",
		0xBC: "ঙ্ক", 0xBD: "ঙ্গ", 0xBE: "জ্জ", 0xBF: "্ত্র",
		0xC0: "জ্ঝ", 0xC1: "জ্ঞ", 0xC2: "ঞ্চ", 0xC3: "ঞ্ছ", 0xC4: "ঞ্জ", 0xC5: "ঞ্ঝ",
		0xC6: "ট্ট", 0xC7: "ড্ড", 0xC8: "ণ্ট", 0xC9: "ণ্ঠ", 0xCA: "ণ্ড", 0xCB: "ত্ত",
		0xCC: "ত্থ", 0xCE: "ত্র", 0xCF: "দ্দ",
		0xD0: "–", 0xD1: "—", 0xD2: "“", 0xD3: "”", 0xD4: "‘", 0xD5: "’",
		0xD6: "্র", 0xD7: "দ্ধ", 0xD8: "দ্ব", 0xD9: "দ্ম", 0xDA: "ন্ঠ", 0xDB: "ন্ড",
		0xDC: "ন্ধ", 0xDD: "ন্স", 0xDE: "প্ট", 0xDF: "প্ত",
		0xE0: "প্প", 0xE1: "প্স", 0xE2: "ব্জ", 0xE3: "ব্দ", 0xE4: "ব্ধ", 0xE5: "ভ্র",
		0xE7: "ম্ফ", 0xE9: "ল্ক", 0xEA: "ল্গ", 0xEB: "ল্ট", 0xEC: "ল্ড", 0xED: "ল্প",
		0xEE: "ল্ফ", 0xEF: "শু",
		0xF0: "শ্চ", 0xF1: "শ্ছ", 0xF2: "ষ্ণ", 0xF3: "ষ্ট", 0xF4: "ষ্ঠ", 0xF5: "ষ্ফ",
		0xF6: "স্খ", 0xF7: "স্ট", 0xF9: "স্ফ", 0xFA: "্প", 0xFB: "হু", 0xFC: "হৃ",
		0xFD: "হ্ন", 0xFE: "হ্ম", 0xFF: "ক্ষ",
	} {
		set(c, s)
	}
	ctx("¨Íæèø")

	for c := range t {
		g := &t[c]
		g.rs = []rune(g.text)
		if len(g.rs) > 0 {
			g.r0 = g.rs[0]
		}
		if g.kind == gText && len(g.rs) == 1 {
			switch r := g.rs[0]; {
			case isConsonant(r):
				g.op = opCons
			case bn.IsPreBase(r):
				g.op = opPre
			case bn.ClassOf(r) == bn.VowelSign:
				g.op = opPost
			}
		}
		switch g.kind {
		case gText:
			r, _ := utf8.DecodeRuneInString(g.text)
			g.cons = isConsonant(r)
			last, _ := utf8.DecodeLastRuneInString(g.text)
			g.half = last == bn.Virama
			g.lead = r == bn.Virama
			g.word = bn.IsLetter(r)
			g.split = g.cons || bn.IsPreBase(r) || bn.ClassOf(r) == bn.IndependentVowel
		case gCtx:
			g.cons = c != '"' && c != '\'' && c != 0x85 && c != 0x91 && c != 0x92 &&
				c != 0x93 && c != 0x96 && c != 0x97 && c != 0x9C && c != 0xA8 && c != 0xE8
			g.word = c != '"' && c != '\''
		case gReph, gHasanta:
			g.word = true
		}
	}
	return t
}()

// isConsonant reports whether r starts a cluster: a consonant or khanda ta.
func isConsonant(r rune) bool { return bn.IsConsonant(r) || r == bn.KhandaTa }
