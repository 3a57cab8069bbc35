package steps

import (
	"flag"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/normalize/bijoy"
	"github.com/bntext/bntext/normalize/mojibake"
	"golang.org/x/text/transform"
)

func init() {
	Register(Step{
		Name:    "fix",
		Summary: "repair mojibake (à¦¬à¦¾à¦‚à¦²à¦¾) and convert legacy Bijoy text (--bijoy auto|all)",
		About: `Repairs Bengali text that went through the wrong character encoding:
UTF-8 read as Windows-1252, Latin-1 or MacRoman, once or twice, in a whole
file or in one word; an NBSP of the mojibake turned into a space; bytes a
decoder dropped or replaced with U+FFFD (rebuilt from Bengali spelling);
mojibake normalized with NFKC afterwards. Real Latin-1 and Windows text
(café, SÃO PAULO, § 12), clean Bengali and Bijoy text are left byte for
byte.

--bijoy converts legacy Bijoy (SutonnyMJ) text to Unicode first: "auto"
converts only the runs that are Bijoy and leaves English, URLs and Unicode
alone, "all" treats the whole input as Bijoy. --html decodes HTML character
references (&#2476; &#x9AC; &amp; &nbsp;). Quotes are never straightened.
The output is NFC.`,
		Order: 10,
		Bind: func(fs *flag.FlagSet) func() (Factory, error) {
			html := fs.Bool("html", false, "also decode HTML character references such as &#2476; and &amp;")
			mode := fs.String("bijoy", "off", "convert legacy Bijoy text: `MODE` off, auto (only Bijoy runs) or all")
			return func() (Factory, error) {
				m, err := bijoy.ParseMode(*mode)
				if err != nil {
					return nil, err
				}
				return FixFactory(m, *html), nil
			}
		},
	})
}

// FixFactory returns the Factory of the fix step: Bijoy conversion (unless
// m is bijoy.Off), mojibake repair (with HTML references decoded when html
// is set), then NFC.
//
// With Bijoy conversion on, a mojibake and HTML pass also runs before it,
// in Auto mode or when html is set. Mojibake of Unicode Bengali
// ("à¦¬à¦¾à¦‚à¦²à¦¾") is made of the same Windows-1252 characters as Bijoy
// and Auto mode would convert it as Bijoy; Bijoy text scraped from HTML
// has its glyph codes escaped (&amp; for the hasanta &). The repair
// leaves Bijoy text byte for byte (a Bijoy run never spells a Bengali
// character in UTF-8), so for Bijoy text the order stays: Bijoy, then
// mojibake repair.
func FixFactory(m bijoy.Mode, html bool) Factory {
	fixer := mojibake.New(mojibake.HTML(html))
	return func() transform.Transformer {
		switch {
		case m == bijoy.Off:
			return Seq(fixer, normalize.NFC)
		case m == bijoy.Auto || html:
			return Seq(fixer, bijoy.New(m), mojibake.Default, normalize.NFC)
		}
		return Seq(bijoy.New(m), mojibake.Default, normalize.NFC)
	}
}
