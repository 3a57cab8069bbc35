package mojibake

import "github.com/bntext/bntext/internal/bn"

// The repair of lost bytes chooses, among the characters a lost byte can
// have been, the sequence that makes the best-formed Bengali. The model is
// a small table of costs between orthographic classes (a vowel sign must
// follow a consonant, a virama must sit between consonants, ...), a prior
// per candidate and a list of the conjuncts Bengali writes.

// cls is the orthographic class of a character, as the cost model sees it.
type cls uint8

const (
	cOther  cls = iota // not Bengali: space, punctuation, Latin, start of text
	cCons              // consonant
	cVowel             // independent vowel but এ ঐ
	cVowelE            // এ ঐ, which a lost byte can be: priced apart
	cSign              // dependent vowel sign
	cVirama            // ্
	cMod               // ঁ ং ঃ
	cDigit             // digits and the other stand-alone signs
	cKhanda            // ৎ
	cNukta             // ়
	cJoiner            // ZWJ, ZWNJ
	cBad               // an unassigned code point of the Bengali block
	numCls
)

// Costs are in tenths; bad marks a sequence that Bengali never writes.
const bad = 100

// trans[a][b] is the cost of a character of class b after one of class a.
var trans = func() (t [numCls][numCls]int32) {
	for a := range numCls {
		for b := range numCls {
			t[a][b] = transCost(a, b)
		}
	}
	return t
}()

func transCost(a, b cls) int32 {
	if b == cBad {
		return bad
	}
	if a == cVirama {
		switch b {
		case cCons, cJoiner:
			return 0
		case cOther:
			return 30 // a word-final hasanta is rare
		}
		return bad
	}
	switch b {
	case cSign, cNukta:
		if a == cCons || a == cNukta {
			return 0
		}
		return bad
	case cVirama:
		switch a {
		case cCons, cNukta:
			return 0
		case cJoiner:
			return 5 // র‍্য
		}
		return bad
	case cMod:
		switch a {
		case cSign, cVowel, cVowelE:
			return 0
		case cCons, cNukta:
			return 8
		}
		return bad
	case cVowel:
		// ও after a word (যাও, হওয়া) is common, অ আ ই উ less so.
		switch a {
		case cOther, cDigit:
			return 0
		case cSign, cVowel, cVowelE, cCons, cNukta, cMod, cKhanda:
			return 3
		}
		return bad
	case cVowelE:
		switch a {
		case cOther, cDigit:
			return 0
		case cSign, cVowel, cVowelE:
			return 10 // acronyms: বিএনপি
		case cCons, cNukta, cMod, cKhanda:
			return 15
		}
		return bad
	case cJoiner:
		switch a {
		case cCons:
			return 5
		}
		return 20
	}
	return 0
}

// bnCls is classOf over the Bengali block.
var bnCls = func() (t [128]cls) {
	for i := range t {
		t[i] = blockClass(bn.First + rune(i))
	}
	return t
}()

// classOf returns the class of r.
func classOf(r rune) cls {
	if r >= bn.First && r <= bn.Last {
		return bnCls[r-bn.First]
	}
	if r == bn.ZWJ || r == bn.ZWNJ {
		return cJoiner
	}
	return cOther
}

func blockClass(r rune) cls {
	{
		switch bn.ClassOf(r) {
		case bn.Consonant:
			return cCons
		case bn.KhandaTaClass:
			return cKhanda
		case bn.IndependentVowel:
			if r == bn.E || r == bn.E+1 {
				return cVowelE
			}
			return cVowel
		case bn.VowelSign:
			return cSign
		case bn.Modifier:
			return cMod
		case bn.NuktaClass:
			return cNukta
		case bn.ViramaClass:
			return cVirama
		case bn.Digit, bn.Symbol, bn.SandhiClass:
			return cDigit
		}
		return cBad
	}
}

// isBengaliOut reports whether a decoded character counts as Bengali
// evidence: a code point of the block or a danda.
func isBengaliOut(r rune) bool {
	return (r >= bn.First && r <= bn.Last && bn.ClassOf(r) != bn.Unassigned) || r == bn.Dari || r == bn.DoubleDari
}

// prior is the cost of guessing that the lost byte b followed E0 b2.
func prior(b2, b byte) int32 {
	switch b2 {
	case 0xA6:
		switch b {
		case 0x81: // ঁ
			return 5
		case 0x8F: // এ
			return 5
		case 0x90: // ঐ
			return 30
		case 0x9D: // ঝ
			return 20
		}
	case 0xA7:
		switch b {
		case 0x81: // ু
			return 4
		case 0x8D: // ্
			return 3
		case 0x9D: // ঢ় (precomposed; NFC text never has it)
			return 40
		}
	case 0x80:
		switch b {
		case 0x9D: // ”
			return 2
		case 0x8D: // ZWJ
			return 12
		}
		return 30
	}
	return bad
}

// conjuncts lists the consonant clusters of Bengali common enough to
// prefer a virama over another reading of a lost byte. Any consonant also
// takes ya-phala (্য), and ra takes anything (reph).
const conjuncts = "ক্ক ক্ট ক্ত ক্ন ক্ম ক্র ক্ল ক্ষ ক্স ক্ব খ্র গ্গ গ্ধ গ্ন গ্ব গ্ম গ্র গ্ল " +
	"ঘ্ন ঘ্র ঙ্ক ঙ্খ ঙ্গ ঙ্ঘ ঙ্ম চ্চ চ্ছ চ্ঞ ছ্র জ্জ জ্ঝ জ্ঞ জ্ব জ্র ঞ্চ ঞ্ছ ঞ্জ ঞ্ঝ " +
	"ট্ট ট্ব ট্র ট্ম ঠ্র ড্ড ড্র ড্ব ঢ্র ণ্ট ণ্ঠ ণ্ড ণ্ঢ ণ্ণ ণ্ব ণ্ম " +
	"ত্ত ত্থ ত্ন ত্ব ত্ম ত্র থ্র থ্ব দ্গ দ্ঘ দ্দ দ্ধ দ্ব দ্ভ দ্ম দ্র ধ্ন ধ্ব ধ্র ধ্ম " +
	"ন্ট ন্ঠ ন্ড ন্ত ন্থ ন্দ ন্ধ ন্ন ন্ব ন্ম ন্স ন্র ন্ক ন্জ প্ট প্ত প্ন প্প প্র প্ল প্স " +
	"ফ্র ফ্ল ব্জ ব্দ ব্ধ ব্ব ব্র ব্ল ভ্র ম্ন ম্প ম্ফ ম্ব ম্ভ ম্ম ম্র ম্ল " +
	"ল্ক ল্গ ল্ট ল্ড ল্প ল্ফ ল্ব ল্ম ল্ল শ্চ শ্ছ শ্ন শ্ব শ্ম শ্র শ্ল " +
	"ষ্ক ষ্ট ষ্ঠ ষ্ণ ষ্প ষ্ফ ষ্ম স্ক স্খ স্ট স্ত স্থ স্ন স্প স্ফ স্ব স্ম স্র স্ল " +
	"হ্ণ হ্ন হ্ব হ্ম হ্র হ্ল"

// conj[i] has bit j set when consonant 0x980+i takes consonant 0x980+j
// after a virama (i, j < 64: every consonant but ড় ঢ় য় ৰ ৱ).
var conj = func() (t [64]uint64) {
	var w []rune
	for _, r := range conjuncts + " " {
		if r != ' ' {
			w = append(w, r)
			continue
		}
		if len(w) == 3 && w[1] == bn.Virama {
			t[w[0]-bn.First] |= 1 << uint(w[2]-bn.First)
		}
		w = w[:0]
	}
	for i := range t {
		t[i] |= 1 << uint(bn.Ya-bn.First)
	}
	t[bn.Ra-bn.First] = ^uint64(0)
	return t
}()

// isConjunct reports whether c1 ্ c2 is a cluster Bengali writes.
func isConjunct(c1, c2 rune) bool {
	i, j := c1-bn.First, c2-bn.First
	if i < 0 || i >= 64 || j < 0 || j >= 64 {
		return false
	}
	return conj[i]&(1<<uint(j)) != 0
}
