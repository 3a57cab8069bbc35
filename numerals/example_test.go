package numerals_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bntext/bntext/numerals"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func ExampleToASCII() {
	fmt.Println(numerals.ToASCII.String("আপডেট: ১২ জুলাই ২০২৫, ৯:০২"))
	// Output: আপডেট: 12 জুলাই 2025, 9:02
}

func ExampleToBengali() {
	fmt.Println(numerals.ToBengali.String("ছয় 6000 সেনা"))
	// Output: ছয় ৬০০০ সেনা
}

// DigitMapper is a transform.Transformer: it chains with other
// transformers and streams over readers.
func ExampleDigitMapper_Reader() {
	t := transform.Chain(norm.NFC, numerals.ToASCII)
	r := transform.NewReader(strings.NewReader("মোট ১,২৩৪ জন\n"), t)
	io.Copy(os.Stdout, r)
	// Output: মোট 1,234 জন
}

func ExampleFormat() {
	fmt.Println(numerals.Format(numerals.IntValue(1234567)))
	fmt.Println(numerals.Format(numerals.MustParseDecimal("123456.75")))
	fmt.Println(numerals.Format(numerals.IntValue(-1500)))
	// Output:
	// ১২,৩৪,৫৬৭
	// ১,২৩,৪৫৬.৭৫
	// -১,৫০০
}

func ExampleFormatter() {
	v := numerals.IntValue(1234567890)
	fmt.Println(numerals.Formatter{ASCII: true}.Format(v))
	fmt.Println(numerals.Formatter{ASCII: true, Grouping: numerals.Western}.Format(v))
	// Output:
	// 1,23,45,67,890
	// 1,234,567,890
}

func ExampleWords() {
	fmt.Println(numerals.Words(numerals.IntValue(1234)))
	fmt.Println(numerals.Words(numerals.IntValue(100)))
	fmt.Println(numerals.Words(numerals.IntValue(25000000)))
	fmt.Println(numerals.Words(numerals.MustParseDecimal("3.5")))
	// Output:
	// এক হাজার দুই শত চৌত্রিশ
	// এক শত
	// দুই কোটি পঞ্চাশ লাখ
	// তিন দশমিক পাঁচ
}

func ExampleStyle_Words() {
	s := numerals.Style{Hundred: numerals.HundredSho, Lokkho: true}
	fmt.Println(s.Words(numerals.IntValue(150250)))
	// Output: এক লক্ষ পঞ্চাশ হাজার দুশো পঞ্চাশ
}

func ExampleOrdinal() {
	for _, n := range []int64{1, 2, 4, 6, 11} {
		fmt.Print(numerals.Ordinal(n), " ")
	}
	fmt.Println()
	// Output: ১ম ২য় ৪র্থ ৬ষ্ঠ ১১তম
}

func ExampleOrdinalWords() {
	fmt.Println(numerals.OrdinalWords(2), numerals.OrdinalWords(21))
	// Output: দ্বিতীয় একুশতম
}

func ExampleParse() {
	for _, s := range []string{"দেড় লাখ", "সাড়ে তিন হাজার", "উনিশশো একাত্তর", "২.৫ কোটি টাকা", "৩৬.৫%", "২১তম", "তিনটি", "কয়েক হাজার"} {
		n, _ := numerals.Parse(s)
		fmt.Printf("%s: %v\n", s, n)
	}
	// Output:
	// দেড় লাখ: 150000
	// সাড়ে তিন হাজার: 3500
	// উনিশশো একাত্তর: 1971
	// ২.৫ কোটি টাকা: 25000000 BDT
	// ৩৬.৫%: 36.5 percent
	// ২১তম: 21 ordinal
	// তিনটি: 3 count
	// কয়েক হাজার: vague
}

func ExampleMatchNumber() {
	text := []byte("৬,০০০ সেনা ও দেড় লাখ টাকা; হেল্পলাইন ০১৭১১-১২৩৪৫৬")
	for i := 0; i < len(text); {
		n, num, ok := numerals.MatchNumber(text, i)
		if ok {
			fmt.Printf("%q = %v\n", text[i:i+n], num)
		}
		i += n
	}
	// Output:
	// "৬,০০০" = 6000
	// "দেড় লাখ টাকা" = 150000 BDT
}

func ExampleParseDecimal() {
	v, err := numerals.ParseDecimal("১২,৩৪,৫৬৭.৫০")
	fmt.Println(v, err)
	n, ok := v.Int64()
	fmt.Println(n, ok)
	// Output:
	// 1234567.5 <nil>
	// 0 false
}

func ExampleValue_MarshalJSON() {
	n, _ := numerals.Parse("আড়াই")
	b, _ := n.Value.MarshalJSON()
	fmt.Println(string(b))
	// Output: 2.5
}

func ExampleIntValue() {
	fmt.Println(numerals.Words(numerals.IntValue(0)), numerals.Format(numerals.IntValue(2025)))
	// Output: শূন্য ২,০২৫
}
