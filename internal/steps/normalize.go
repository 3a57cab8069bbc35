package steps

import (
	"flag"

	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/transform"
)

func init() {
	Register(Step{
		Name:    "normalize",
		Summary: "Unicode NFC plus safe Bengali repairs (--with/--without NAME,...)",
		About: `Applies Unicode NFC and the Bengali repairs that fix the encoding without
touching the spelling (on by default), and any optional repair asked for by
name. The defaults act only where the neighbours are Bengali. --list-ops
lists every op; --explain prints one JSON object per change instead of the
text.`,
		Order: 20,
		Bind: func(fs *flag.FlagSet) func() (Factory, error) {
			with := fs.String("with", "", "add the normalize ops `NAME[,NAME...]` (see --list-ops)")
			without := fs.String("without", "", "remove the normalize ops `NAME[,NAME...]`")
			return func() (Factory, error) {
				n, err := NormalizerFor(*with, *without)
				if err != nil {
					return nil, err
				}
				return func() transform.Transformer { return n }, nil
			}
		},
	})
}

// NormalizerFor returns the Normalizer for the values of --with and
// --without.
func NormalizerFor(with, without string) (*normalize.Normalizer, error) {
	add, err := normalize.ParseOps(with)
	if err != nil {
		return nil, err
	}
	remove, err := normalize.ParseOps(without)
	if err != nil {
		return nil, err
	}
	ops := normalize.DefaultOps | add
	ops &^= remove
	if ops == normalize.DefaultOps {
		return normalize.Default, nil
	}
	return normalize.New(normalize.WithOps(ops)), nil
}
