package mojibake

import (
	"strings"

	"github.com/bntext/bntext/internal/bn"
)

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
	if r >= bn.First && r <= bn.Last {
		return bnCls[r-bn.First] != cBad
	}
	return r == bn.Dari || r == bn.DoubleDari
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

// commonConjuncts are the clusters frequent enough in Bengali to prefer
// a virama over ু for a lost byte between two consonants (প্র, ন্ত);
// rareConjuncts are clusters Bengali writes less often (ত্ন, প্ল), where
// ু (নতুন, পুলিশ) is the better guess. Ya-phala (্য) and reph (র্) are
// added in conj.
const commonConjuncts = "ক্ত ক্ষ ক্র ক্স ক্ট গ্র গ্ধ ঙ্ক ঙ্গ চ্চ চ্ছ জ্জ জ্ঞ ঞ্চ ঞ্জ ট্ট ট্র ড্ড ড্র " +
	"ণ্ড ণ্ঠ ণ্ট ত্ত ত্র ত্ম ত্ব দ্দ দ্ধ দ্ব দ্র দ্ভ ধ্ব ন্ত ন্দ ন্ধ ন্ন ন্ম ন্ট ন্ড ন্স প্র প্ত প্প " +
	"ফ্র ব্দ ব্ধ ব্র ব্ব ভ্র ম্ব ম্প ম্ভ ম্ম ল্প ল্ল শ্চ শ্র শ্ব ষ্ট ষ্ঠ ষ্ণ ষ্ক ষ্প " +
	"স্ত স্থ স্ক স্প স্ব স্ম স্ট স্র হ্ম " +
	"ঘ্ন ঙ্খ ঙ্ঘ জ্ব ঞ্ছ ঞ্ঝ ণ্ণ ত্থ ন্থ ম্ফ ল্গ ল্ট ষ্ম স্ফ"

const rareConjuncts = "ক্ক ক্ন ক্ম ক্ল ক্ব খ্র গ্গ গ্ন গ্ব গ্ম গ্ল ঘ্র ঙ্ম চ্ঞ ছ্র জ্ঝ জ্র " +
	"ট্ব ট্ম ঠ্র ড্ব ঢ্র ণ্ঢ ণ্ব ণ্ম ত্ন থ্র থ্ব দ্গ দ্ঘ দ্ম ধ্ন ধ্র ধ্ম " +
	"ন্ব ন্র ন্ক ন্জ প্ট প্ন প্ল প্স ফ্ল ব্জ ব্ল ম্ন ম্র ম্ল ল্ক ল্ড ল্ফ ল্ব ল্ম " +
	"শ্ছ শ্ন শ্ম শ্ল ষ্ফ স্খ স্ন স্ল হ্ণ হ্ন হ্ব হ্র হ্ল"

// medialConjuncts are rare clusters that, inside a word, are still more
// likely than ু between the same consonants (ধাক্কা, অগ্নি, পদ্মা; at the
// start of a word ু wins: কুক, গুন, দুম). The list is the rare clusters
// that the bn_BD Hunspell dictionary writes inside words at least twice
// as often as the consonants with ু between them, twenty times or more;
// ত্ন is left out, as নতুন alone outweighs it in running text.
const medialConjuncts = "ক্ক ক্ব গ্ন দ্গ দ্ম ন্ব প্ল ম্র ম্ল হ্ন হ্ব"

// initialConjuncts begin many words (প্রতি, স্থান, ব্যাংক); any other
// cluster at the start of a word is less likely than ু there (পুলিশ,
// শুরু, কুরআন).
const initialConjuncts = "প্র ক্র ত্র গ্র দ্র স্ত স্থ স্ব ক্ষ জ্ঞ স্প স্ক দ্ব ব্য ন্য ত্য স্ম স্ট স্ফ"

// Conjunct tiers.
const (
	conjNone uint8 = iota
	conjRare
	conjCommon
)

// conjSet parses a list of clusters into a table: t[i] has bit j set
// when consonant 0x980+i takes consonant 0x980+j after a virama (i, j <
// 64: every consonant but ড় ঢ় য় ৰ ৱ).
func conjSet(list string) (t [64]uint64) {
	var w []rune
	for _, r := range list + " " {
		if r != ' ' {
			w = append(w, r)
			continue
		}
		if len(w) == 3 && w[1] == bn.Virama {
			t[w[0]-bn.First] |= 1 << uint(w[2]-bn.First)
		}
		w = w[:0]
	}
	return t
}

var (
	conjCommonSet  = conjSet(commonConjuncts)
	conjRareSet    = conjSet(rareConjuncts)
	conjInitialSet = conjSet(initialConjuncts)
	conjMedialSet  = conjSet(medialConjuncts)
)

// rephCommon are the consonants most often under a reph (কর্ম, পর্যন্ত).
const rephCommon = "মযবতথদধনপভশষসগকজচটণ"

// conjTier returns how common the cluster c1 ্ c2 is.
func conjTier(c1, c2 rune) uint8 {
	i, j := c1-bn.First, c2-bn.First
	if i < 0 || i >= 64 || j < 0 || j >= 64 {
		return conjNone
	}
	bit := uint64(1) << uint(j)
	switch {
	case c1 == bn.Ra && strings.ContainsRune(rephCommon, c2):
		return conjCommon
	case conjCommonSet[i]&bit != 0, c2 == bn.Ya:
		return conjCommon
	case c1 == bn.Ra, conjRareSet[i]&bit != 0:
		return conjRare
	}
	return conjNone
}

// isPhala reports whether c is a consonant that joins most others as a
// phala (্র ্য ্ল ্ব), at the start of words too (ট্রাম্প, ল্যাভরভ).
func isPhala(c rune) bool { return c == bn.Ra || c == bn.Ya || c == bn.La || c == bn.Ba }

// isInitialConjunct reports whether many words begin with c1 ্ c2.
func isInitialConjunct(c1, c2 rune) bool {
	i, j := c1-bn.First, c2-bn.First
	if i < 0 || i >= 64 || j < 0 || j >= 64 {
		return false
	}
	return conjInitialSet[i]&(1<<uint(j)) != 0
}

// isMedialConjunct reports whether c1 ্ c2 is a rare cluster that is still
// the better guess inside a word.
func isMedialConjunct(c1, c2 rune) bool {
	i, j := c1-bn.First, c2-bn.First
	if i < 0 || i >= 64 || j < 0 || j >= 64 {
		return false
	}
	return conjMedialSet[i]&(1<<uint(j)) != 0
}
