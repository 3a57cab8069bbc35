package steps

import (
	"flag"
	"fmt"

	"github.com/bntext/bntext/transliterate"
	"golang.org/x/text/transform"
)

func init() {
	Register(Step{
		Name:    "translit",
		Summary: "romanize Bengali: names as the press spells them, ISO 15919 or ASCII",
		About: `Romanizes Bengali text line by line, one output line per input line.
--scheme names (the default) writes names the way Bangladeshi and Indian
English-language newspapers print them (কিম জং উন -> Kim Jong Un, শেখ
মুজিবুর রহমান -> Sheikh Mujibur Rahman, বিএনপি -> BNP); --scheme iso15919
writes ISO 15919 as ICU's Bengali-Latin does, reversibly; --scheme ascii
writes lowercase ASCII for slugs and keys. --variants prints every accepted
spelling of each line, the usual one first, separated by " | ".
--reverse (with iso15919) turns ISO 15919 back into Bengali. Input is
normalized first, so either Unicode form of ড় ঢ় য় gives the same result.`,
		Order: 50,
		Bind: func(fs *flag.FlagSet) func() (Factory, error) {
			scheme := fs.String("scheme", "names", "the romanization `SCHEME`: names, iso15919 or ascii")
			variants := fs.Bool("variants", false, "print every accepted spelling of a line, separated by \" | \" (names)")
			reverse := fs.Bool("reverse", false, "turn ISO 15919 back into Bengali (with --scheme iso15919)")
			return func() (Factory, error) {
				t, err := TransliteratorFor(*scheme, *variants, *reverse)
				if err != nil {
					return nil, err
				}
				return func() transform.Transformer { return t }, nil
			}
		},
	})
}

// TransliteratorFor returns the transliterator for the values of
// --scheme, --variants and --reverse.
func TransliteratorFor(scheme string, variants, reverse bool) (*transliterate.Transliterator, error) {
	s, err := transliterate.ParseScheme(scheme)
	if err != nil {
		return nil, fmt.Errorf("invalid --scheme %q: want names, iso15919 or ascii", scheme)
	}
	if reverse && s != transliterate.SchemeISO15919 {
		return nil, fmt.Errorf("--reverse works only with --scheme iso15919 (got %s)", s)
	}
	if reverse && variants {
		return nil, fmt.Errorf("--variants and --reverse cannot be combined")
	}
	var opts []transliterate.Option
	if reverse {
		opts = append(opts, transliterate.Reverse())
	}
	if variants {
		opts = append(opts, transliterate.AllSpellings())
	}
	return transliterate.New(s, opts...)
}
