package bijoy_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// Short inputs in Auto mode, each on its own line: the hard cases of
// detection. Written by hand.
var shortInputs = []pair{
	// One common word: the lexicon settles what the model cannot.
	{"Ges", "এবং"},
	{"Zvi", "তার"},
	{"Avi", "আর"},
	{"bq", "নয়"},
	{"Kiv", "করা"},
	{"nq", "হয়"},
	{"bv", "না"},
	{"Gi", "এর"},
	{"IB", "ওই"},
	{"GKwU", "একটি"},
	{"wZwb", "তিনি"},
	{"kni", "শহর"},
	{"†_‡K", "থেকে"},
	{"Rb¨", "জন্য"},
	// One word the model knows.
	{"evsjv‡`k", "বাংলাদেশ"},
	{"mieivn", "সরবরাহ"},
	{"wbe©vPb", "নির্বাচন"},
	{"we`¨yr", "বিদ্যুৎ"},
	// With punctuation and digits.
	{"Ges,", "এবং,"},
	{"(K)", "(K)"}, // one letter alone stays
	{"MvB|", "গাই।"},
	{"ÒAvwgÓ", "“আমি”"},
	{"12wU", "১২টি"},
	{"30Rb", "৩০জন"},
	{"i¨ve-11", "র‍্যাব-১১"},
	{"XvKv-PÆMÖvg", "ঢাকা-চট্টগ্রাম"},
	// Two or three words.
	{"Avwg fvZ LvB", "আমি ভাত খাই"},
	{"Zvi bvg Kx?", "তার নাম কী?"},
	{"G eQi", "এ বছর"},
	{"I Zvi fvB", "ও তার ভাই"},
	{"BD Gm evsjv", "ইউ এস বাংলা"},
	{"2025 mv‡j", "২০২৫ সালে"},
	{"15 Rvbyqvwi", "১৫ জানুয়ারি"},
	{"mKvj 9Uv", "সকাল ৯টা"},
	{"(K) cÖkœ", "(ক) প্রশ্ন"},
	// Numbers and punctuation inside Bijoy lines.
	{"Avwg 5 wU Kjv wK‡bwQ|", "আমি ৫ টি কলা কিনেছি।"},
	{"Avwg evsjvq Mvb MvB |", "আমি বাংলায় গান গাই ।"},
	{"†dvb: 01711-000000", "ফোন: ০১৭১১-০০০০০০"},
	{"g~j¨ 500 UvKv - GK `vg", "মূল্য ৫০০ টাকা - এক দাম"},
	{"`ycyi 2Uv - 3Uv", "দুপুর ২টা - ৩টা"},
	{"AvR 27/11/2025 ZvwiL", "আজ ২৭/১১/২০২৫ তারিখ"},
	// Acronym-like words between Bijoy words.
	{"UN Ges WHO †hŠ_fv‡e KvR Ki‡Q|", "UN এবং WHO যৌথভাবে কাজ করছে।"},
	{"†m GB K_v e‡j‡Q", "সে এই কথা বলেছে"},
	{"wKš‘ BD Gb-Gi Kg©KZ©v", "কিন্তু ইউ এন-এর কর্মকর্তা"},
}

// Short English that Auto must leave alone, each on its own line.
var shortEnglish = []string{
	"I", "G", "K", "a", "GB", "BD", "me", "So", "Ask", "Nov", "Nov 27", "Rs 500", "Tk 500",
	"AKM", "A.K.", "Devi", "Kiev", "Anwar", "Anwar Hossain", "Obaidul Quader",
	"Sheikh Hasina", "Khaleda Zia", "Dhaka", "Reuters", "AFP", "UNB", "bdnews24.com",
	"Dhaka, Nov 27 (UNB) -", "Mirpur-10", "Gulshan-2", "Hello", "OK", "Yes", "No",
	"abbé", "crème brûlée", "Ångström", "naïve café", "São Paulo", "Zürich", "Málaga",
	"dv = f(x)", "return dv", "`g`", "fmt.Printf(\"%d\\n\", n)", "x_i", "a[k]", "//go:build",
	"README.md", "main.go", "go.mod", "v1.2.3", "e.g.", "i.e.", "etc.", "U.S.", "Ph.D.",
	"12", "2025", "9:02", "6,000", "36.5%", "|", "-", "(1)",
}

func TestShortInputs(t *testing.T) {
	ok := 0
	for _, p := range shortInputs {
		want := norm.NFC.String(p.want)
		if assert.Equal(t, want, bijoy.String(bijoy.Auto, p.in), "Auto %q", p.in) {
			ok++
		}
		if !strings.ContainsAny(want, "KUNWHO") { // All converts the Latin letters too
			assert.Equal(t, want, bijoy.ToUnicode(p.in), "All %q", p.in)
		}
	}
	t.Logf("short inputs: Auto %d/%d", ok, len(shortInputs))
}

func TestShortEnglish(t *testing.T) {
	for _, s := range shortEnglish {
		assert.Equal(t, s, bijoy.String(bijoy.Auto, s))
	}
	text := strings.Join(shortEnglish, "\n") + "\n"
	assert.Equal(t, text, bijoy.String(bijoy.Auto, text))
}

// mis1252 returns the Windows-1252 reading of the UTF-8 bytes of s (the
// undefined bytes as C1 controls, as WHATWG decoders do).
func mis1252(s string) string {
	const hi = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ"
	table := []rune(hi)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 && c < 0xA0 {
			b.WriteRune(table[c-0x80])
		} else {
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// TestMojibakeIsNotBijoy: UTF-8 Bengali read as Windows-1252 is made of the
// same characters as Bijoy; Auto must leave it for the mojibake repair.
func TestMojibakeIsNotBijoy(t *testing.T) {
	assert.Equal(t, "à¦¬à¦¾à¦‚à¦²à¦¾", bijoy.String(bijoy.Auto, "à¦¬à¦¾à¦‚à¦²à¦¾"))
	for _, p := range append(sentences, mixedLines...) {
		uni := norm.NFC.String(p.want)
		for _, m := range []string{mis1252(uni), mis1252(mis1252(uni))} {
			assert.Equal(t, m, bijoy.String(bijoy.Auto, m), "mojibake of %q", uni)
			assert.Equal(t, 0.0, bijoy.Score(m), "%q", m)
		}
	}
	// One mojibake word inside a Bijoy line: only the Bijoy converts.
	moji := mis1252("বাংলা")
	assert.Equal(t, "আমি "+moji+" ভালোবাসি।", bijoy.String(bijoy.Auto, "Avwg "+moji+" fv‡jvevwm|"))
	assert.True(t, utf8.ValidString(moji))
}
