package transliterate_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bntext/bntext/numerals"
	"github.com/bntext/bntext/transliterate"
	"golang.org/x/text/transform"
)

func ExampleNew() {
	t, err := transliterate.New(transliterate.SchemeNames)
	if err != nil {
		panic(err)
	}
	fmt.Println(t.String("শেখ মুজিবুর রহমান"))
	fmt.Println(t.String("কিম জং উন"))
	fmt.Println(t.String("ভ্লাদিমির পুতিন"))
	fmt.Println(t.String("মো. আবদুল করিম, বিএনপি"))
	// Output:
	// Sheikh Mujibur Rahman
	// Kim Jong Un
	// Vladimir Putin
	// Md. Abdul Karim, BNP
}

func ExampleNew_iso15919() {
	iso, _ := transliterate.New(transliterate.SchemeISO15919)
	back, _ := transliterate.New(transliterate.SchemeISO15919, transliterate.Reverse())
	s := iso.String("বাংলাদেশ ক্‌ষ")
	fmt.Println(s)
	fmt.Println(back.String(s))
	// Output:
	// bāṁlādēśa k·ṣa
	// বাংলাদেশ ক্‌ষ
}

func ExampleReverse() {
	back, err := transliterate.New(transliterate.SchemeISO15919, transliterate.Reverse())
	if err != nil {
		panic(err)
	}
	fmt.Println(back.String("śēkha hāsinā"))
	_, err = transliterate.New(transliterate.SchemeNames, transliterate.Reverse())
	fmt.Println(err)
	// Output:
	// শেখ হাসিনা
	// transliterate: scheme names cannot be reversed (only iso15919 can)
}

func ExampleWithOrigin() {
	foreign, _ := transliterate.New(transliterate.SchemeNames, transliterate.WithOrigin(transliterate.OriginForeign))
	bengali, _ := transliterate.New(transliterate.SchemeNames, transliterate.WithOrigin(transliterate.OriginBengali))
	fmt.Println(foreign.String("সিদোরভ"), bengali.String("সিদোরভ"))
	// Output:
	// Sidorov Sidorav
}

func ExampleWithoutLexicon() {
	rules, _ := transliterate.New(transliterate.SchemeNames, transliterate.WithoutLexicon())
	fmt.Println(rules.String("হোসেন"), transliterate.Names.String("হোসেন"))
	// Output:
	// Hosen Hossain
}

func ExampleTransliterator_String() {
	fmt.Println(transliterate.Names.String("রবীন্দ্রনাথ ঠাকুর"))
	fmt.Println(transliterate.ISO15919.String("রবীন্দ্রনাথ ঠাকুর"))
	fmt.Println(transliterate.ASCII.String("রবীন্দ্রনাথ ঠাকুর"))
	// Output:
	// Rabindranath Tagore
	// rabīndranātha ṭhākura
	// rabindranatha thakura
}

func ExampleTransliterator_Bytes() {
	fmt.Printf("%s\n", transliterate.ASCII.Bytes([]byte("চট্টগ্রাম বন্দর")))
	// Output:
	// chattagrama bandara
}

func ExampleTransliterator_Append() {
	out := []byte("name: ")
	out = transliterate.Names.Append(out, []byte("ঢাকা বিশ্ববিদ্যালয়"))
	fmt.Println(string(out))
	// Output:
	// name: Dhaka University
}

func ExampleTransliterator_Reader() {
	// Names line by line from any reader.
	r := transliterate.Names.Reader(strings.NewReader("খালেদা জিয়া\nআইএমএফ\n"))
	io.Copy(os.Stdout, r)
	// Output:
	// Khaleda Zia
	// IMF
}

func ExampleTransliterator_Writer() {
	w := transliterate.ISO15919.Writer(os.Stdout)
	io.WriteString(w, "সত্য\n")
	w.Close()
	// Output:
	// satya
}

func ExampleTransliterator_Variants() {
	for _, v := range transliterate.Names.Variants("মোহাম্মদ হোসেন") {
		fmt.Println(v)
	}
	// Output:
	// Mohammad Hossain
	// Mohammed Hossain
	// Muhammad Hossain
	// Mohammod Hossain
	// Mohammad Hossen
	// Mohammad Hussain
	// Mohammad Hosen
	// Mohammed Hossen
}

func ExampleTransliterator_Span() {
	// Span reports how much of the input needs no work: here the ASCII
	// line before the Bengali one.
	n, _ := transliterate.Names.Span([]byte("Dhaka\nঢাকা\n"), true)
	fmt.Println(n)
	// Output:
	// 6
}

func ExampleTransliterator_Transform() {
	dst := make([]byte, 64)
	nDst, nSrc, err := transliterate.ASCII.Transform(dst, []byte("সিলেট"), true)
	fmt.Println(string(dst[:nDst]), nSrc, err)
	// Output:
	// sileta 15 <nil>
}

func ExampleTransliterator_Scheme() {
	fmt.Println(transliterate.FromISO15919.Scheme(), transliterate.FromISO15919.IsReverse())
	// Output:
	// iso15919 true
}

func ExampleVariants() {
	fmt.Println(strings.Join(transliterate.Variants("রহমান"), " | "))
	// Output:
	// Rahman | Rahaman | Rehman
}

func ExampleAllSpellings() {
	t, _ := transliterate.New(transliterate.SchemeNames, transliterate.AllSpellings())
	fmt.Print(t.String("চৌধুরী\n"))
	// Output:
	// Chowdhury | Choudhury | Chaudhuri | Chowdhuri
}

func ExampleParseScheme() {
	s, err := transliterate.ParseScheme("iso15919")
	fmt.Println(s, err)
	_, err = transliterate.ParseScheme("itrans")
	fmt.Println(err)
	// Output:
	// iso15919 <nil>
	// unknown scheme "itrans" (valid: names, iso15919, ascii)
}

func ExampleScheme_String() {
	fmt.Println(transliterate.SchemeNames, transliterate.SchemeISO15919, transliterate.SchemeASCII)
	// Output:
	// names iso15919 ascii
}

// Transliterators chain with other transformers.
func Example_chain() {
	t := transform.Chain(numerals.ToASCII, transliterate.Names)
	s, _, _ := transform.String(t, "ঢাকা-১০ আসনে বিএনপি")
	fmt.Println(s)
	// Output:
	// Dhaka-10 Asne BNP
}
