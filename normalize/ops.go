package normalize

import (
	"fmt"
	"math/bits"
	"strings"
)

// Op is one named repair. The CLI and the library use the same names
// (Op.String), and ParseOp turns a name back into an Op.
type Op uint8

// The repairs that are on by default: they fix the encoding and never the
// spelling or what a reader sees.
const (
	OpNFC             Op = iota // Unicode NFC (ড় ঢ় য় decomposed, ো ৌ composed, nukta before virama)
	OpVowelOrder                // া+ে -> ো, ৗ+ে -> ৌ, also with ঁ between
	OpVowelCompose              // অ+া -> আ, ঋ+ৃ -> ৠ, ঌ+ৢ -> ৡ
	OpKhandaTa                  // ত+্+ZWJ -> ৎ
	OpNuktaBaRa                 // ব+় -> র
	OpNuktaOrder                // nukta typed after a vowel sign goes back to its consonant
	OpDedupMarks                // identical adjacent marks and joiners collapse to one
	OpReorderModifier           // ঁ ং ঃ typed before a vowel sign go after it
	OpRyaZWJ                    // র+ZWNJ+্+য -> র+ZWJ+্+য
	OpZWIneffective             // drop ZWJ/ZWNJ inside a Bengali word where they do nothing
	OpZWEdge                    // drop ZWJ/ZWNJ at the start or end of a Bengali word
	OpStripBOM                  // drop U+FEFF
	OpStripZWSP                 // drop U+200B next to Bengali
	OpStripSHY                  // drop soft hyphen U+00AD next to Bengali
	OpStripWJ                   // drop word joiner U+2060 next to Bengali
	OpNBSPSpace                 // NBSP next to Bengali -> space
	OpDariConfusable            // U+09F7 used as dari -> ।
	OpDariReserved              // reserved U+09E4/U+09E5 -> । ॥
	OpVisargaInternal           // ASCII colon between two Bengali letters -> ঃ (দু:খ)

	// The options: each guesses, so each must be asked for by name.

	OpKhandaTaHeuristic   // ত্ before a consonant other than ত থ ন ব ম য র, or word-final, -> ৎ
	OpStripNukta          // drop nukta except in ড় ঢ় য়
	OpSpaceFold           // other Unicode spaces (and NBSP anywhere) -> space
	OpStripBidi           // drop LRM, RLM, ALM and the bidi embedding/isolate controls
	OpPipeDari            // | after Bengali text -> ।
	OpDoubleDari          // ।। -> ॥
	OpColonVisargaFinal   // word-final : after a Bengali letter -> ঃ (ডা: -> ডাঃ)
	OpVisargaColon        // ঃ before a space or line end -> : (নামঃ -> নাম:)
	OpDropVowelAfterVowel // drop a vowel sign that follows an independent vowel
	OpDropOrphanMarks     // drop marks that start a word
	OpVisualOrder         // pre-base vowel sign typed before its consonant (েকমন -> কেমন)
	OpDedupFola           // repeated fola collapses (গ্র্র -> গ্র)
	OpRRSign              // ৄ -> ৃ
	OpAssameseToBengali   // ৰ -> র, ৱ -> ব
	OpAESpelling          // এ্যা -> অ্যা
	OpASCIIQuotes         // curly quotes -> ' and "
	OpASCIIDash           // en dash, em dash, minus and the like -> -
	OpEllipsis            // … -> ...
	OpNFKC                // Unicode NFKC (compatibility forms elsewhere in the text)
	OpSpaceCollapse       // runs of spaces and tabs -> one space
	OpSearchKey           // Lucene-style folding for search and dedup keys

	numOps
)

var opNames = [numOps]string{
	OpNFC:                 "nfc",
	OpVowelOrder:          "vowel-order",
	OpVowelCompose:        "vowel-compose",
	OpKhandaTa:            "khanda-ta",
	OpNuktaBaRa:           "nukta-ba-ra",
	OpNuktaOrder:          "nukta-order",
	OpDedupMarks:          "dedup-marks",
	OpReorderModifier:     "reorder-modifier",
	OpRyaZWJ:              "rya-zwj",
	OpZWIneffective:       "zw-ineffective",
	OpZWEdge:              "zw-edge",
	OpStripBOM:            "strip-bom",
	OpStripZWSP:           "strip-zwsp",
	OpStripSHY:            "strip-shy",
	OpStripWJ:             "strip-wj",
	OpNBSPSpace:           "nbsp-space",
	OpDariConfusable:      "dari-confusable",
	OpDariReserved:        "dari-reserved",
	OpVisargaInternal:     "visarga-internal",
	OpKhandaTaHeuristic:   "khanda-ta-heuristic",
	OpStripNukta:          "strip-nukta",
	OpSpaceFold:           "space-fold",
	OpStripBidi:           "strip-bidi",
	OpPipeDari:            "pipe-dari",
	OpDoubleDari:          "double-dari",
	OpColonVisargaFinal:   "colon-visarga-final",
	OpVisargaColon:        "visarga-colon",
	OpDropVowelAfterVowel: "drop-vowel-after-vowel",
	OpDropOrphanMarks:     "drop-orphan-marks",
	OpVisualOrder:         "visual-order",
	OpDedupFola:           "dedup-fola",
	OpRRSign:              "rr-sign",
	OpAssameseToBengali:   "assamese-to-bengali",
	OpAESpelling:          "ae-spelling",
	OpASCIIQuotes:         "ascii-quotes",
	OpASCIIDash:           "ascii-dash",
	OpEllipsis:            "ellipsis",
	OpNFKC:                "nfkc",
	OpSpaceCollapse:       "space-collapse",
	OpSearchKey:           "search-key",
}

var opHelp = [numOps]string{
	OpNFC:                 "Unicode NFC: ড় ঢ় য় decomposed, ে+া and ে+ৗ composed, nukta before virama",
	OpVowelOrder:          "two-part vowels typed in reverse: া+ে -> ো, ৗ+ে -> ৌ, also with ঁ between",
	OpVowelCompose:        "vowel sign on its own vowel: অ+া -> আ, ঋ+ৃ -> ৠ, ঌ+ৢ -> ৡ",
	OpKhandaTa:            "the old encoding of khanda ta: ত+্+ZWJ -> ৎ",
	OpNuktaBaRa:           "ব+় -> র (they look alike)",
	OpNuktaOrder:          "nukta typed after a vowel sign goes back to its consonant",
	OpDedupMarks:          "identical adjacent vowel signs, ঁ ং ঃ, virama, nukta, ZWJ, ZWNJ collapse to one",
	OpReorderModifier:     "ঁ ং ঃ typed before a vowel sign go after it",
	OpRyaZWJ:              "র+ZWNJ+্+য -> র+ZWJ+্+য (র‍্য)",
	OpZWIneffective:       "drop ZWJ/ZWNJ inside a Bengali word where they do nothing",
	OpZWEdge:              "drop ZWJ/ZWNJ at the start or end of a Bengali word",
	OpStripBOM:            "drop the byte order mark U+FEFF",
	OpStripZWSP:           "drop zero width space U+200B next to Bengali",
	OpStripSHY:            "drop soft hyphen U+00AD next to Bengali",
	OpStripWJ:             "drop word joiner U+2060 next to Bengali",
	OpNBSPSpace:           "no-break space next to Bengali -> space (no collapsing)",
	OpDariConfusable:      "U+09F7 (currency numerator four) used as dari -> । (not in fraction sequences such as ৷৷৹ or ১৷০)",
	OpDariReserved:        "reserved U+09E4/U+09E5 -> । ॥",
	OpVisargaInternal:     "ASCII colon between two Bengali letters, after a consonant or ি ু ৈ -> ঃ (দু:খ -> দুঃখ); never after digits, া ী ে (উইকিপিডিয়া:)",
	OpKhandaTaHeuristic:   "ত্ before a consonant other than ত থ ন ব ম য র, or at the end of a word -> ৎ",
	OpStripNukta:          "drop nukta except in ড় ঢ় য়",
	OpSpaceFold:           "other Unicode spaces, and NBSP anywhere -> space",
	OpStripBidi:           "drop LRM, RLM, ALM and the bidi embedding and isolate controls",
	OpPipeDari:            "| ending a Bengali sentence -> ।",
	OpDoubleDari:          "।। -> ॥",
	OpColonVisargaFinal:   "word-final : after a Bengali letter -> ঃ (ডা: -> ডাঃ)",
	OpVisargaColon:        "ঃ before a space or the end of a line -> : (নামঃ -> নাম:)",
	OpDropVowelAfterVowel: "drop a vowel sign that follows an independent vowel (আা -> আ)",
	OpDropOrphanMarks:     "drop vowel signs and other marks that start a word",
	OpVisualOrder:         "pre-base vowel sign typed before its consonant: েকমন -> কেমন",
	OpDedupFola:           "repeated fola collapses: গ্র্র -> গ্র",
	OpRRSign:              "ৄ -> ৃ",
	OpAssameseToBengali:   "Assamese letters in Bengali text: ৰ -> র, ৱ -> ব",
	OpAESpelling:          "এ্যা -> অ্যা",
	OpASCIIQuotes:         "curly quotes -> ' and \"",
	OpASCIIDash:           "en dash, em dash, minus and the like -> -",
	OpEllipsis:            "… -> ...",
	OpNFKC:                "Unicode NFKC: compatibility forms elsewhere in the text (fullwidth, ligatures)",
	OpSpaceCollapse:       "runs of spaces and tabs -> one space (newlines kept)",
	OpSearchKey:           "Lucene-style search key: ী->ি ূ->ু শ/ষ->স ণ->ন ড়/ঢ়->র ৎ->ত, no ঁ, no hasanta, no ya-phala",
}

// String returns the stable name of the op, such as "vowel-order".
func (o Op) String() string {
	if o < numOps {
		return opNames[o]
	}
	return fmt.Sprintf("Op(%d)", uint8(o))
}

// Description returns a one-line description of what the op changes.
func (o Op) Description() string {
	if o < numOps {
		return opHelp[o]
	}
	return ""
}

// IsDefault reports whether the op is part of DefaultOps.
func (o Op) IsDefault() bool { return o <= OpVisargaInternal }

// ParseOp returns the Op named name.
func ParseOp(name string) (Op, error) {
	for i, n := range opNames {
		if n == name {
			return Op(i), nil
		}
	}
	return 0, fmt.Errorf("unknown normalize op %q (valid: %s)", name, strings.Join(OpNames(), ", "))
}

// OpNames returns the names of all ops: the defaults first, then the options.
func OpNames() []string {
	return append([]string(nil), opNames[:]...)
}

// Ops is a set of Ops.
type Ops uint64

// DefaultOps is the set of repairs applied by default.
const DefaultOps Ops = 1<<(OpVisargaInternal+1) - 1

// AllOps is every op, options included.
const AllOps Ops = 1<<numOps - 1

// OpsOf returns the set holding ops.
func OpsOf(ops ...Op) Ops {
	var s Ops
	for _, o := range ops {
		s |= 1 << o
	}
	return s
}

// Has reports whether o is in the set.
func (s Ops) Has(o Op) bool { return s&(1<<o) != 0 }

// With returns the set with ops added.
func (s Ops) With(ops ...Op) Ops { return s | OpsOf(ops...) }

// Without returns the set with ops removed.
func (s Ops) Without(ops ...Op) Ops { return s &^ OpsOf(ops...) }

// canonical reports whether the set composes text (NFC or NFKC).
func (s Ops) canonical() bool { return s.Has(OpNFC) || s.Has(OpNFKC) }

// List returns the ops of the set in pipeline order.
func (s Ops) List() []Op {
	var out []Op
	for v := uint64(s & AllOps); v != 0; v &= v - 1 {
		out = append(out, Op(bits.TrailingZeros64(v)))
	}
	return out
}

// String returns the names of the ops in the set, separated by commas.
func (s Ops) String() string {
	names := make([]string, 0, bits.OnesCount64(uint64(s)))
	for _, o := range s.List() {
		names = append(names, o.String())
	}
	return strings.Join(names, ",")
}

// ParseOps reads a comma-separated list of op names, as given to the CLI's
// --with and --without flags. Spaces around names and empty items are
// ignored.
func ParseOps(list string) (Ops, error) {
	var s Ops
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		o, err := ParseOp(name)
		if err != nil {
			return 0, err
		}
		s |= 1 << o
	}
	return s, nil
}
