package beam

import (
	"flag"
	"fmt"
	"strings"

	"github.com/bntext/bntext/internal/steps"
)

// Flags are the command-line flags of a Config, bound on a FlagSet by
// BindFlags.
type Flags struct {
	fs      *flag.FlagSet
	step    *flag.FlagSet // the flags of the steps alone
	list    *string
	field   *string
	skipBad *bool
	strict  *bool
}

// BindFlags registers on fs the flags that `bntext pipe` takes for what a
// Config holds, under the same names: --steps, every flag of every step
// (such as --with for normalize), --jsonl-field, --skip-bad and --strict.
// A Beam program binds them on flag.CommandLine next to the Beam flags. It
// fails if fs already has a flag of one of these names.
func BindFlags(fs *flag.FlagSet) (*Flags, error) {
	own := flag.NewFlagSet("bntext", flag.ContinueOnError)
	f := &Flags{fs: fs, step: flag.NewFlagSet("steps", flag.ContinueOnError)}
	f.list = own.String("steps", steps.DefaultPipeline, "the steps `STEP[,STEP...]` in order: "+strings.Join(steps.Names(), ", "))
	f.field = own.String("jsonl-field", "", "input is JSON Lines: transform only the string field `NAME` of each record")
	f.skipBad = own.Bool("skip-bad", false, "with --jsonl-field: copy malformed lines unchanged and count them instead of failing")
	f.strict = own.Bool("strict", false, "fail on invalid UTF-8 instead of passing it through")
	steps.BindAll(f.step)
	var err error
	for _, set := range []*flag.FlagSet{own, f.step} {
		set.VisitAll(func(fl *flag.Flag) {
			if err != nil {
				return
			}
			if fs.Lookup(fl.Name) != nil {
				err = fmt.Errorf("bntext: flag --%s is defined twice", fl.Name)
				return
			}
			fs.Var(fl.Value, fl.Name, fl.Usage)
		})
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// Config returns the Config that the flags give, once their FlagSet is
// parsed. Its Args are the step flags set on the command line.
func (f *Flags) Config() Config {
	c := Config{Steps: *f.list, Field: *f.field, SkipBad: *f.skipBad, Strict: *f.strict}
	f.fs.Visit(func(fl *flag.Flag) {
		if f.step.Lookup(fl.Name) != nil {
			c.Args = append(c.Args, "--"+fl.Name+"="+fl.Value.String())
		}
	})
	return c
}

// Defines reports whether BindFlags registered the flag name.
func (f *Flags) Defines(name string) bool {
	switch name {
	case "steps", "jsonl-field", "skip-bad", "strict":
		return true
	}
	return f.step.Lookup(name) != nil
}
