package normalize

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

const (
	zwj  = "\u200d"
	zwnj = "\u200c"
)

type opCase struct {
	in, want string
}

// defaultCases lists, for every default op, inputs it repairs and inputs
// it must leave alone (want == in).
var defaultCases = map[Op][]opCase{
	OpNFC: {
		{"ভা\u09dfা", "ভায়া"},
		{"\u09dc\u09dd", "ড়ঢ়"},
		{"ক\u09c7\u09be", "কো"},
		{"ক\u09c7\u09d7", "কৌ"},
		{"ক্\u09bc", "ক\u09bc্"},
		{"ক\u09be", "কা"},
		{"বাংলা", "বাংলা"},
	},
	OpVowelOrder: {
		{"ক\u09be\u09c7", "কো"},
		{"ক\u09d7\u09c7", "কৌ"},
		{"ক\u09c7\u0981\u09be", "কোঁ"},
		{"ক\u09be\u0981\u09c7", "কোঁ"},
		{"কোন", "কোন"},
	},
	OpVowelCompose: {
		{"অাম", "আম"},
		{"\u098b\u09c3", "\u09e0"},
		{"\u098c\u09e2", "\u09e1"},
		{"আম", "আম"},
		{"অমর", "অমর"},
	},
	OpKhandaTa: {
		{"উত্" + zwj + "সব", "উৎসব"},
		{"হঠাত্" + zwj, "হঠাৎ"},
		{"উৎসব", "উৎসব"},
		{"উত্তর", "উত্তর"},
	},
	OpNuktaBaRa: {
		{"ব\u09bcাবা", "রাবা"},
		{"বাবা", "বাবা"},
	},
	OpNuktaOrder: {
		{"য\u09c7\u09bc", "য়ে"},
		{"ড\u09bf\u09bc", "ড়ি"},
		{"য়ে", "য়ে"},
	},
	OpDedupMarks: {
		{"কিি", "কি"},
		{"কুু", "কু"},
		{"ক্্ষ", "ক্ষ"},
		{"চাঁঁদ", "চাঁদ"},
		{"উদ্" + zwnj + zwnj + "গম", "উদ্" + zwnj + "গম"},
		{"কিতাব", "কিতাব"},
		// Doubled joiners away from Bengali are not ours to judge.
		{"می" + zwnj + zwnj + "خواهم", "می" + zwnj + zwnj + "خواهم"},
		{"👩" + zwj + zwj + "💻", "👩" + zwj + zwj + "💻"},
	},
	OpReorderModifier: {
		{"চ\u0981\u09beদ", "চাঁদ"},
		{"ব\u0982\u09beলা", "বাংলা"},
		{"চাঁদ", "চাঁদ"},
		{"বাংলা", "বাংলা"},
	},
	OpRyaZWJ: {
		{"র" + zwnj + "্যাব", "র" + zwj + "্যাব"},
		{"র" + zwj + "্যাব", "র" + zwj + "্যাব"},
		{"র্যাব", "র্যাব"},
	},
	OpZWIneffective: {
		{"কা" + zwj + "ল", "কাল"},
		{"আ" + zwnj + "ম", "আম"},
		{"ক" + zwj + "্ষ", "ক্ষ"},
		{"র" + zwj + "ক", "রক"},
		{"চাঁ" + zwnj + "দ", "চাঁদ"},
		// Between two letters with no virama there is no conjunct to break.
		{"কম" + zwnj + "ল", "কমল"},
		{"কমিশ" + zwj + "ন", "কমিশন"},
		{"ক" + zwnj + "আ", "কআ"},
		{"উদ্" + zwnj + "গম", "উদ্" + zwnj + "গম"},
		{"ক্" + zwj + "ষ", "ক্" + zwj + "ষ"},
		{"র" + zwj + "্য", "র" + zwj + "্য"},
	},
	OpZWEdge: {
		{zwj + "বাংলা", "বাংলা"},
		{"বাংলা" + zwnj + " ভাষা", "বাংলা ভাষা"},
		{"বাংলা" + zwj + "।", "বাংলা।"},
		{"বাংলা" + zwj + "👍", "বাংলা" + zwj + "👍"},
		{"👩" + zwj + "💻", "👩" + zwj + "💻"},
		{"বল্" + zwnj + "চ্" + zwnj, "বল্" + zwnj + "চ্" + zwnj},
	},
	OpStripBOM: {
		{"\ufeffবাংলা", "বাংলা"},
		{"English\ufeff", "English"},
	},
	OpStripZWSP: {
		{"বাংলা\u200bভাষা", "বাংলাভাষা"},
		{"বাংলা\u200b ভাষা", "বাংলা ভাষা"},
		{"ภาษา\u200bไทย", "ภาษา\u200bไทย"},
	},
	OpStripSHY: {
		{"বাং\u00adলা", "বাংলা"},
		{"Sil\u00adben", "Sil\u00adben"},
	},
	OpStripWJ: {
		{"বাং\u2060লা", "বাংলা"},
		{"a\u2060b", "a\u2060b"},
	},
	OpNBSPSpace: {
		{"১২\u00a0জুলাই", "১২ জুলাই"},
		{"বাংলা\u00a0\u00a0ভাষা", "বাংলা  ভাষা"},
		{"Mr.\u00a0Smith", "Mr.\u00a0Smith"},
	},
	OpDariConfusable: {
		{"যায়\u09f7", "যায়।"},
		{"\u09f4\u09f7", "\u09f4\u09f7"},
		// A run of ৷ next to a fraction sign is a fraction (৷৷৹ = 8/16).
		{"৳১\u09f7\u09f7\u09f9", "৳১\u09f7\u09f7\u09f9"},
		{"যায়\u09f7\u09f7", "যায়।।"},
		{"মূল্য \u09f7\u09f7০ আনা, ১\u09f7০ টাকা", "মূল্য \u09f7\u09f7০ আনা, ১\u09f7০ টাকা"},
		{"আসন ৩০০\u09f7 ভোট", "আসন ৩০০। ভোট"},
	},
	OpDariReserved: {
		{"যায়\u09e4", "যায়।"},
		{"যায়\u09e5", "যায়॥"},
	},
	OpVisargaInternal: {
		{"দু:খ", "দুঃখ"},
		{"অত:পর", "অতঃপর"},
		{"৯:০২", "৯:০২"},
		{"সংবাদ: খবর", "সংবাদ: খবর"},
		{"আপডেট:১২", "আপডেট:১২"},
		{"http://x.bd", "http://x.bd"},
		{"উচ্চৈ:স্বরে", "উচ্চৈঃস্বরে"},
		{"চক্ষু:শূল", "চক্ষুঃশূল"},
		{"ত্রয়:ষষ্টি", "ত্রয়ঃষষ্টি"},
		// Visarga never follows া ী ে inside a word: these colons separate.
		{"উইকিপিডিয়া:আলোচনা", "উইকিপিডিয়া:আলোচনা"},
		{"বিষয়শ্রেণী:বাংলাদেশ", "বিষয়শ্রেণী:বাংলাদেশ"},
	},
}

// optionCases are the optional ops: positive and must-stay cases.
var optionCases = map[Op][]opCase{
	OpKhandaTaHeuristic: {
		{"উত্সব", "উৎসব"},
		{"জগত্", "জগৎ"},
		{"উত্তর", "উত্তর"},
		{"পত্র", "পত্র"},
		{"সত্য", "সত্য"},
	},
	OpStripNukta: {
		{"জ\u09bcেড", "জেড"},
		{"ফ\u09bcা", "ফা"},
		{"বাড়ি", "বাড়ি"},
		{"যায়", "যায়"},
	},
	OpSpaceFold: {
		{"a\u2003b", "a b"},
		{"a\u00a0b", "a b"},
		{"a\u202fb", "a b"},
	},
	OpStripBidi: {
		{"বাংলা\u200e", "বাংলা"},
		{"\u202bবাংলা\u202c", "বাংলা"},
	},
	OpPipeDari: {
		{"সে বাড়ি যায়|", "সে বাড়ি যায়।"},
		{"যায়| তারপর", "যায়। তারপর"},
		{"২০২৫ | ৯:০২", "২০২৫ | ৯:০২"},
		{"a|b", "a|b"},
		{"| নাম | বয়স |", "| নাম | বয়স |"},
	},
	OpDoubleDari: {
		{"যায়।।", "যায়॥"},
		{"যায়।", "যায়।"},
	},
	OpColonVisargaFinal: {
		{"ডা: রহমান", "ডাঃ রহমান"},
		{"৯:০২", "৯:০২"},
	},
	OpVisargaColon: {
		{"নামঃ রহিম", "নাম: রহিম"},
		{"দুঃখ", "দুঃখ"},
	},
	OpDropVowelAfterVowel: {
		{"আা", "আ"},
		{"এে", "এ"},
		{"আম", "আম"},
	},
	OpDropOrphanMarks: {
		{" িকছু", " কছু"},
		{"\u09beমি", "মি"},
		{"কিছু", "কিছু"},
	},
	OpVisualOrder: {
		{"েকমন", "কেমন"},
		{"েকান", "কোন"},
		{"িপ্রয়", "প্রিয়"},
		{"কেমন", "কেমন"},
	},
	OpDedupFola: {
		{"গ্র্র", "গ্র"},
		{"গ্র", "গ্র"},
	},
	OpRRSign: {
		{"কৄ", "কৃ"},
	},
	OpAssameseToBengali: {
		{"\u09f0াম", "রাম"},
		{"\u09f1া", "বা"},
	},
	OpAESpelling: {
		{"এ্যাপ", "অ্যাপ"},
		{"অ্যাপ", "অ্যাপ"},
	},
	OpASCIIQuotes: {
		{"“বাংলা”", "\"বাংলা\""},
		{"‘বাংলা’", "'বাংলা'"},
	},
	OpASCIIDash: {
		{"ঢাকা–খুলনা", "ঢাকা-খুলনা"},
		{"ঢাকা—খুলনা", "ঢাকা-খুলনা"},
	},
	OpEllipsis: {
		{"তারপর…", "তারপর..."},
	},
	OpNFKC: {
		{"ﬁ ２", "fi 2"},
		{"বাংলা", "বাংলা"},
	},
	OpSpaceCollapse: {
		{"বাংলা   ভাষা", "বাংলা ভাষা"},
		{"a \t b", "a b"},
		{"a\n\nb", "a\n\nb"},
	},
	OpSearchKey: {
		{"নীতি", "নিতি"},
		{"শিক্ষা", "সিকসা"},
		{"চাঁদ", "চাদ"},
		{"ব্যবসা", "ববসা"},
		{"বাড়ি", "বারি"},
		{"উৎসব", "উতসব"},
		{"কারণ", "কারন"},
	},
}

func TestDefaultOps(t *testing.T) {
	for op, cases := range defaultCases {
		require.True(t, op.IsDefault(), op.String())
		for _, c := range cases {
			assert.Equal(t, c.want, Default.String(c.in), "%s: %q", op, c.in)
			// The op alone does the repair, NFC aside.
			only := New(WithOps(OpsOf(op, OpNFC)))
			assert.Equal(t, c.want, only.String(c.in), "%s alone: %q", op, c.in)
			if c.want == c.in {
				continue
			}
			// Plain NFC (nothing for the nfc op itself) does not.
			base := NFC
			if op == OpNFC {
				base = New(WithOps(0))
			}
			assert.NotEqual(t, c.want, base.String(c.in), "%s: repaired without the op: %q", op, c.in)
		}
	}
}

func TestOptionalOps(t *testing.T) {
	for op, cases := range optionCases {
		require.False(t, op.IsDefault(), op.String())
		n := New(With(op))
		for _, c := range cases {
			assert.Equal(t, c.want, n.String(c.in), "%s: %q", op, c.in)
			if c.want != c.in {
				assert.NotEqual(t, c.want, Default.String(c.in), "%s: repaired by default: %q", op, c.in)
			}
		}
	}
}

func TestEveryOpHasCases(t *testing.T) {
	for _, name := range OpNames() {
		op, err := ParseOp(name)
		require.NoError(t, err)
		_, d := defaultCases[op]
		_, o := optionCases[op]
		assert.True(t, d || o, "no test cases for %s", name)
	}
}

// mustStay is text that is already normal: every byte must come back.
var mustStay = []string{
	"উদ্" + zwnj + "গম",
	"র" + zwj + "্যাব",
	"র" + zwj + "্যালি",
	"👩" + zwj + "👩" + zwj + "👧 ❤️ ✌🏽",
	"می" + zwnj + "خواهم",
	"क्" + zwj + "ष हिन्दी",
	"আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২",
	"সংবাদ:",
	"শীর্ষ সংবাদ:\n\n",
	"English text, 12 July 2025, café, naïve, Zürich.",
	"১২৩৪৫৬৭৮৯০ 1234567890 ৳৫০০",
	"“উষ্ণ অভ্যর্থনা” – ‘বীর সেনাদের’ … (৩৬.৫%)",
	"line one\r\nline two\n",
	"ভ্লাদিমির পুতিন",
	"অ্যাপ এ্যাপ",
	"বাড়ি ঢাকায় আষাঢ়",
	"\t indented\t\ttext  with  spaces ",
}

func TestMustStay(t *testing.T) {
	for _, s := range mustStay {
		assert.Equal(t, s, Default.String(s), "%q", s)
		assert.True(t, Default.IsNormalString(s), "%q", s)
	}
}

// TestSeedArticle: the scraped article, once NFC, needs nothing else.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		t.Skip("seed article not present")
	}
	s := norm.NFC.String(string(b))
	assert.Equal(t, s, Default.String(s))
	_, changes := Default.Explain(string(b))
	for _, c := range changes {
		assert.Equal(t, OpNFC, c.Op, "%+v", c)
	}
}

// TestHunspellDamage: the words of the bn_BD hunspell dictionary must not
// change beyond plain NFC (the issue allows 0.1%).
func TestHunspellDamage(t *testing.T) {
	f, err := os.Open("/usr/share/hunspell/bn_BD.dic")
	if err != nil {
		t.Skip("hunspell-bn not installed")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	words, damaged := 0, 0
	var examples []string
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		words++
		if got, want := Default.String(w), norm.NFC.String(w); got != want {
			damaged++
			if len(examples) < 10 {
				examples = append(examples, w+" -> "+got)
			}
		}
	}
	t.Logf("%d of %d words changed beyond NFC: %v", damaged, words, examples)
	assert.LessOrEqual(t, float64(damaged), 0.001*float64(words))
}

func TestParseOps(t *testing.T) {
	s, err := ParseOps("pipe-dari, nfkc,,")
	require.NoError(t, err)
	assert.Equal(t, OpsOf(OpPipeDari, OpNFKC), s)
	assert.Equal(t, "pipe-dari,nfkc", s.String())
	_, err = ParseOps("nfc,no-such-op")
	require.ErrorContains(t, err, "no-such-op")
	require.ErrorContains(t, err, "vowel-order")
	assert.Len(t, OpNames(), int(numOps))
	assert.Equal(t, 19, len(DefaultOps.List()))
}

func TestExplain(t *testing.T) {
	out, changes := Default.Explain("\ufeffঅাম দু:খ")
	assert.Equal(t, "আম দুঃখ", out)
	require.Len(t, changes, 3)
	assert.Equal(t, Change{Op: OpStripBOM, Start: 0, End: 3, OutStart: 0, OutEnd: 0, Before: "\ufeff"}, changes[0])
	assert.Equal(t, Change{Op: OpVowelCompose, Start: 3, End: 9, OutStart: 0, OutEnd: 3, Before: "অা", After: "আ"}, changes[1])
	assert.Equal(t, OpVisargaInternal, changes[2].Op)
	assert.Equal(t, ":", changes[2].Before)
	assert.Equal(t, "ঃ", changes[2].After)
}

// TestInvariantsOfTables checks what the scanner relies on: at a cut the
// kind before counts as kBOT, so a cut never hides a trigger.
func TestInvariantsOfTables(t *testing.T) {
	for _, ops := range []Ops{DefaultOps, AllOps, OpsOf(OpNFC), AllOps &^ OpsOf(OpNFC)} {
		for a := kind(0); a < numKinds; a++ {
			for b := kind(0); b < numKinds; b++ {
				if a == kInvalid || b == kInvalid {
					continue // invalid bytes are always a boundary
				}
				f := pairFlags(ops, a, b)
				if f&fNoCut == 0 {
					assert.False(t, pairTrigger(ops, a, b), "%d %d cut with trigger", a, b)
					assert.True(t, isBaseKind(b) || b == kInvalid, "%d %d: cut before a non-base", a, b)
				}
			}
		}
	}
}
