// Package steps is the registry of the transforms that bntext chains: the
// filter commands of the CLI (normalize, fix, digits, dates, translit), the
// step list of `bntext pipe --steps`, and the Beam module all build their
// transformers from it, so the same flags give the same bytes everywhere.
package steps

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/transform"
)

// Factory returns a new transformer. Transformers may keep state, so every
// stream or worker calls the factory for its own.
type Factory func() transform.Transformer

// Step is one transform that can stand alone as a filter command and be
// chained by pipe.
//
// Every step is line-local: for any texts x and y, the output for
// x+"\n"+y is the output for x+"\n" followed by the output for y. That is
// what lets the CLI split a stream at line boundaries and run the pieces
// on several cores, and lets cluster engines split files anywhere at a
// newline.
type Step struct {
	Name    string // command and step name, such as "normalize"
	Summary string // one line for help
	About   string // what --help prints under the usage line
	Order   int    // position in help

	// Bind registers the step's flags on fs and returns the function that
	// builds the step's Factory once fs has been parsed. The flag names of
	// all steps must differ, because pipe registers them all on one set.
	Bind func(fs *flag.FlagSet) func() (Factory, error)
}

var registry []Step

// Register adds a step. It is called from the init function of the file
// that defines the step.
func Register(s Step) {
	for _, o := range registry {
		if o.Name == s.Name {
			panic("steps: " + s.Name + " registered twice")
		}
	}
	registry = append(registry, s)
	sort.SliceStable(registry, func(i, j int) bool { return registry[i].Order < registry[j].Order })
}

// All returns the registered steps in order.
func All() []Step { return append([]Step(nil), registry...) }

// Lookup returns the step called name.
func Lookup(name string) (Step, bool) {
	for _, s := range registry {
		if s.Name == name {
			return s, true
		}
	}
	return Step{}, false
}

// Names returns the names of the registered steps.
func Names() []string {
	names := make([]string, len(registry))
	for i, s := range registry {
		names[i] = s.Name
	}
	return names
}

// DefaultPipeline is what `bntext pipe` runs without --steps: the main job.
const DefaultPipeline = "fix,normalize"

// ParseList splits a comma-separated step list and checks every name.
func ParseList(list string) ([]string, error) {
	var names []string
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		if _, ok := Lookup(name); !ok {
			return nil, fmt.Errorf("unknown step %q (valid: %s)", name, strings.Join(Names(), ", "))
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("empty step list")
	}
	return names, nil
}

// BindAll registers the flags of every step on fs and returns a function
// that, once fs is parsed, builds the chained Factory of the named steps.
func BindAll(fs *flag.FlagSet) func(names []string) (Factory, error) {
	builders := map[string]func() (Factory, error){}
	for _, s := range registry {
		builders[s.Name] = s.Bind(fs)
	}
	return func(names []string) (Factory, error) {
		var fs []Factory
		for _, name := range names {
			b, ok := builders[name]
			if !ok {
				return nil, fmt.Errorf("unknown step %q (valid: %s)", name, strings.Join(Names(), ", "))
			}
			f, err := b()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			fs = append(fs, f)
		}
		return Chain(fs...), nil
	}
}

// Chain returns a Factory of the transformers of fs applied in order (see
// Seq).
func Chain(fs ...Factory) Factory {
	if len(fs) == 1 {
		return fs[0]
	}
	return func() transform.Transformer {
		ts := make([]transform.Transformer, len(fs))
		for i, f := range fs {
			ts[i] = f()
		}
		return Seq(ts...)
	}
}
