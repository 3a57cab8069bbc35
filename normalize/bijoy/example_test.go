package bijoy_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bntext/bntext/normalize/bijoy"
	"golang.org/x/text/transform"
)

func ExampleToUnicode() {
	fmt.Println(bijoy.ToUnicode("Avwg evsjvq Mvb MvB|"))
	fmt.Println(bijoy.ToUnicode("m‡e©v”P Av`vjZ")) // reph, e-kar + aa-kar, half form
	fmt.Println(bijoy.ToUnicode("Kywgjøv, we`¨yr, Pvu`"))
	// Output:
	// আমি বাংলায় গান গাই।
	// সর্বোচ্চ আদালত
	// কুমিল্লা, বিদ্যুৎ, চাঁদ
}

func ExampleNew() {
	// Auto converts only the Bijoy runs of a mixed line.
	r := transform.NewReader(strings.NewReader("Reuters Rvbvq, XvKvq AvR 5 Rb wbnZ n‡q‡Qb|\nHello world\n"),
		bijoy.New(bijoy.Auto))
	io.Copy(os.Stdout, r)
	// Output:
	// Reuters জানায়, ঢাকায় আজ ৫ জন নিহত হয়েছেন।
	// Hello world
}

func ExampleParseMode() {
	m, err := bijoy.ParseMode("auto")
	fmt.Println(m, err)
	_, err = bijoy.ParseMode("on")
	fmt.Println(err)
	// Output:
	// auto <nil>
	// bijoy: unknown mode "on" (want off, auto or all)
}

func ExampleString() {
	fmt.Println(bijoy.String(bijoy.Auto, "The word Avwg means I."))
	fmt.Println(bijoy.String(bijoy.All, "Avwg I"))
	fmt.Println(bijoy.String(bijoy.Off, "Avwg"))
	// Output:
	// The word আমি means I.
	// আমি ও
	// Avwg
}

func ExampleScore() {
	fmt.Println(bijoy.Score("Avwg evsjvq Mvb MvB|"), bijoy.IsBijoy("Avwg evsjvq Mvb MvB|"))
	fmt.Println(bijoy.Score("Hello world"), bijoy.IsBijoy("Hello world"))
	// Output:
	// 1 true
	// 0 false
}

func ExampleIsBijoy() {
	for _, s := range []string{"wkÿv †evW©", "https://example.com", "বাংলা"} {
		fmt.Println(bijoy.IsBijoy(s))
	}
	// Output:
	// true
	// false
	// false
}

func ExampleTransformer_Span() {
	// In Auto mode the unchanged prefix ends at a line start: the first
	// line stays, the second has Bijoy in it.
	t := bijoy.New(bijoy.Auto)
	src := []byte("Hello world\nSee Avwg")
	n, err := t.Span(src, true)
	fmt.Println(n, err)
	// Output:
	// 12 transform: input and output are not identical
}
