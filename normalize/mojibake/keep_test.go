package mojibake_test

import (
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
)

// keepLatin is real text in Latin scripts, much of it looking like
// mojibake to a generic fixer. Not one byte of it may change.
var keepLatin = []string{
	"café", "café, SÃO PAULO, § 12", "SÃO PAULO", "the Â key", "Press the Â (A-circumflex) key",
	"§ 12", "§12 Abs. 3", "col1 ¦ col2", "a ¦ b ¦ c", "voilà §3", "à §", "déjà vu",
	"Größe: 5 µm", "Straße, Übermaß, Ärger", "Müller & Söhne GmbH", "Ça va? Très bien, merci.",
	"L'été à Paris coûte cher.", "Où est la bibliothèque?", "naïve façade, crème brûlée",
	"¿Qué tal? ¡Muy bien!", "Año nuevo en España", "São João, Conceição", "Ñandú",
	"Zażółć gęślą jaźń", "Łódź, Kraków, Gdańsk", "Dvořák, Škoda, Žižkov",
	"İstanbul'da güzel bir gün", "Şişli, Üsküdar, Çankaya, Ağrı", "ığüşöç ĞÜŞİÖÇ",
	"Ærøskøbing, Åland", "Þórður Guðmundsson", "Ÿ ÿ Œuvre œuf", "½ cup, ¼ tsp, ¾ lb",
	"30°C, 86°F", "x² + y³ = z¹", "€100, £20, ¥500, ¢5", "© 2025 ACME™ — all rights reserved®",
	"‰ per mille; ‹single› «double»", "“quoted” and ‘single’ — dash – en", "… and so on",
	"Ã la carte (sic)", "Â£ in an old price list", "Ã©tÃ© is what broken é looks like",
	"mÃ¼ller (intentionally written)", "·middle dot· ¬not ±plusminus",
	"Ã\u00a0 la maison", "MacRoman ‡ dagger ¶ pilcrow ß", "‡¶ alone", "¦§¨©ª«¬",
	"ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß", "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ",
	"\u0081\u008d\u008f\u0090\u009d C1 controls", "tab\tand\r\ncrlf", "",
}

// keepBengali is clean Unicode Bengali, with the punctuation, digits and
// joiners real text has.
var keepBengali = []string{
	"আমি বাংলায় গান গাই।", "রুশ পররাষ্ট্রমন্ত্রীকে কিম জং উনের ‘উষ্ণ অভ্যর্থনা’ – ইউ এস বাংলা নিউজ",
	"আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২ 25 ভিউ", "র\u200d্যাব", "উদ্\u200cগম", "ক্ষ্ম জ্ঞ ঙ্ক",
	"“আমার সোনার বাংলা”…", "কুঁড়েঘর, ঝুঁকি, ঐতিহ্য", "দৃঢ় গাঢ় আষাঢ়", "বাংলা\u00a0ভাষা",
	"বাংলা � ভাষা", "মূল্য ৳১০০", "বাংলা (Bangla) is spoken by 230 million people.",
}

// keepBijoy is legacy Bijoy (SutonnyMJ) text: ASCII-range glyph codes that
// generic fixers decode as UTF-8. With Bijoy conversion off, it must stay
// as it is.
var keepBijoy = []string{
	"Avwg evsjvq Mvb MvB|", "mÜ¨v", "KvwË©K", "ag©", "m‡e©v”P", "we`¨yr", "Pvu`", "Kywgjøv",
	"‡¶Î", "evsjv‡`k miKvi", "XvKv wek¦we`¨vjq", "cÖ_g Av‡jvPbv", "†mvbvi evsjv", "ÔAvgvi †mvbvi evsjvÕ",
	"`~iwkÿY", "Òfvlv Av‡›`vjbÓ", "¯^vaxbZv w`em 26 gvP©", "gyw³hy‡×i BwZnvm", "KZ©„c‡ÿi Aby‡iv‡a",
	"Kg©KZ©v", "wkÿv_©x", "AvšÍR©vwZK", "cwi‡ek Awa`ßi", "¯^v¯’¨ gš¿Yvjq",
}

func TestKeep(t *testing.T) {
	sets := map[string][]string{"latin": keepLatin, "bengali": keepBengali, "bijoy": keepBijoy}
	if seed := seedLines(); seed != nil {
		sets["seed"] = seed
	}
	for name, cases := range sets {
		for _, html := range []bool{false, true} {
			f := mojibake.New(mojibake.HTML(html))
			kept := 0
			for _, s := range cases {
				got := f.String(s)
				if assert.Equal(t, s, got, "%s", name) {
					kept++
				}
				require.True(t, f.IsCleanString(s), "%q", s)
			}
			t.Logf("%-8s html=%-5v kept %d/%d byte-identical", name, html, kept, len(cases))
		}
	}
	// Many cases on one line, with and without mojibake next to them.
	all := strings.Join(keepLatin, " ")
	assert.Equal(t, all, mojibake.String(all))
}

// TestKeepNextToMojibake: Latin text on a line with Bengali mojibake stays
// as it is while the mojibake is repaired.
func TestKeepNextToMojibake(t *testing.T) {
	for _, s := range keepLatin {
		if strings.ContainsAny(s, "\r\n") {
			continue
		}
		in := s + " — " + cp1252("বাংলা ভাষা") + " — " + s
		want := s + " — বাংলা ভাষা — " + s
		if strings.Contains(s, "Ã") || strings.Contains(s, "Â") {
			// Within a few bytes of Bengali mojibake these read as
			// mojibake of Latin letters; far from it they stay.
			in = s + strings.Repeat(" ", 80) + cp1252("বাংলা ভাষা") + strings.Repeat(" ", 80) + s
			want = s + strings.Repeat(" ", 80) + "বাংলা ভাষা" + strings.Repeat(" ", 80) + s
		}
		assert.Equal(t, want, mojibake.String(in))
	}
}

// leadForms are the ways the first two bytes of a Bengali character (E0
// A6, E0 A7) look after one, two or three layers of mojibake, in every
// combination of the code pages. Without one of them no text can spell a
// Bengali character.
var leadForms = func() []string {
	cms := []*charmap.Charmap{charmap.Windows1252, charmap.Macintosh}
	layer := []string{"\xe0\xa6", "\xe0\xa7"}
	var forms []string
	for range 3 {
		var next []string
		for _, s := range layer {
			for _, cm := range cms {
				d := misdecode(s, cm, keepC1)
				next = append(next, d, strings.ReplaceAll(d, "\u00a0", " "))
			}
		}
		forms = append(forms, next...)
		layer = next
	}
	return forms
}()

// FuzzLatinText: text made of ASCII and Windows-1252 characters (what
// Latin-1 text, Windows text and Bijoy text are all made of) comes out
// unchanged unless it holds the mojibake of a Bengali character.
func FuzzLatinText(f *testing.F) {
	for _, s := range append(append([]string{}, keepLatin...), keepBijoy...) {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		s := misdecode(string(b), charmap.Windows1252, keepC1)
		for _, form := range leadForms {
			if strings.Contains(s, form) {
				return
			}
		}
		require.Equal(t, s, mojibake.String(s))
	})
}
