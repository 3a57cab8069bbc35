package steps_test

import (
	"flag"
	"fmt"

	"github.com/bntext/bntext/internal/steps"
	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/numerals"
	"golang.org/x/text/transform"
)

func ExampleBindAll() {
	fs := flag.NewFlagSet("pipe", flag.ContinueOnError)
	build := steps.BindAll(fs)
	fs.Parse([]string{"--to", "bengali"})
	names, _ := steps.ParseList("normalize,digits")
	f, _ := build(names)
	out, _, _ := transform.String(f(), "অাজ 12 জুলাই")
	fmt.Println(out)
	// Output: আজ ১২ জুলাই
}

func ExampleSeq() {
	t := steps.Seq(normalize.Default, numerals.ToASCII)
	out, _, _ := transform.String(t, "দু:খ ১২")
	fmt.Println(out)
	// Output: দুঃখ 12
}

func ExampleLookup() {
	s, ok := steps.Lookup("fix")
	fmt.Println(ok, s.Name)
	// Output: true fix
}
