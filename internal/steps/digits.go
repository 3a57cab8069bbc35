package steps

import (
	"flag"
	"fmt"

	"github.com/bntext/bntext/numerals"
	"golang.org/x/text/transform"
)

func init() {
	Register(Step{
		Name:    "digits",
		Summary: "map digits between Bengali and ASCII (--to ascii|bengali)",
		About: `Maps the Bengali digits ০..৯ to ASCII 0..9 (--to ascii, the default) or
ASCII digits to Bengali (--to bengali). Every other byte, including
separators, signs and invalid UTF-8, is copied unchanged.`,
		Order: 30,
		Bind: func(fs *flag.FlagSet) func() (Factory, error) {
			to := fs.String("to", "ascii", "the target digits: `ascii` or bengali")
			return func() (Factory, error) {
				m, err := DigitMapperFor(*to)
				if err != nil {
					return nil, err
				}
				return func() transform.Transformer { return m }, nil
			}
		},
	})
}

// DigitMapperFor returns the digit mapper for the value of --to.
func DigitMapperFor(to string) (numerals.DigitMapper, error) {
	switch to {
	case "ascii", "latin", "en":
		return numerals.ToASCII, nil
	case "bengali", "bangla", "bn":
		return numerals.ToBengali, nil
	}
	return numerals.DigitMapper{}, fmt.Errorf("invalid --to %q: want ascii or bengali", to)
}
