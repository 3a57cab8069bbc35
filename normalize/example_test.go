package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bntext/bntext/normalize"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func ExampleString() {
	// অ+া typed for আ, and an ASCII colon for the visarga of দুঃখ.
	fmt.Println(normalize.String("অামার দু:খ"))
	// Output: আমার দুঃখ
}

func ExampleBytes() {
	fmt.Printf("%s\n", normalize.Bytes([]byte("চ\u0981\u09beদ"))) // candrabindu typed before the vowel sign
	// Output: চাঁদ
}

func ExampleNew() {
	n := normalize.New(normalize.With(normalize.OpPipeDari), normalize.Without(normalize.OpVisargaInternal))
	fmt.Println(n.String("সে বাড়ি যায়|"))
	fmt.Println(n.String("দু:খ"))
	// Output:
	// সে বাড়ি যায়।
	// দু:খ
}

func ExampleWithOps() {
	key := normalize.New(normalize.WithOps(normalize.DefaultOps.With(normalize.OpSearchKey)))
	fmt.Println(key.String("শিক্ষা নীতি"))
	// Output: সিকসা নিতি
}

func ExampleNFC() {
	s := "ভা\u09dfা" // য় typed as the precomposed U+09DF
	fmt.Println(normalize.NFC.String(s) == norm.NFC.String(s), len(normalize.NFC.String(s)))
	// Output: true 15
}

func ExampleNormalizer_String() {
	// Text that is already normal comes back as it is, without a copy.
	fmt.Println(normalize.Default.String("উদ্\u200cগম, র\u200d্যাব, ৯:০২"))
	// Output: উদ্‌গম, র‍্যাব, ৯:০২
}

func ExampleNormalizer_Bytes() {
	fmt.Printf("%s\n", normalize.Default.Bytes([]byte("ক\u09be\u09c7ন"))) // ো typed as া+ে
	// Output: কোন
}

func ExampleNormalizer_Append() {
	out := normalize.Default.Append([]byte("title: "), []byte("অাম"))
	fmt.Printf("%s\n", out)
	// Output: title: আম
}

func ExampleNormalizer_IsNormalString() {
	fmt.Println(normalize.Default.IsNormalString("বাংলা ভাষা"))
	fmt.Println(normalize.Default.IsNormalString("বাংলা\u200bভাষা"))
	// Output:
	// true
	// false
}

func ExampleNormalizer_IsNormal() {
	fmt.Println(normalize.Default.IsNormal([]byte("উত্\u200dসব")))
	// Output: false
}

func ExampleNormalizer_Explain() {
	out, changes := normalize.Default.Explain("\ufeffঅাম দু:খ")
	fmt.Println(out)
	for _, c := range changes {
		fmt.Printf("%s in[%d:%d] out[%d:%d] %q -> %q\n", c.Op, c.Start, c.End, c.OutStart, c.OutEnd, c.Before, c.After)
	}
	// Output:
	// আম দুঃখ
	// strip-bom in[0:3] out[0:0] "\ufeff" -> ""
	// vowel-compose in[3:9] out[0:3] "অা" -> "আ"
	// visarga-internal in[19:20] out[13:16] ":" -> "ঃ"
}

func ExampleNormalizer_Reader() {
	// Normalizers stream and chain like any x/text transformer.
	r := normalize.Default.Reader(strings.NewReader("অাম\nদু:খ\n"))
	io.Copy(os.Stdout, r)
	// Output:
	// আম
	// দুঃখ
}

func ExampleNormalizer_Writer() {
	w := normalize.Default.Writer(os.Stdout)
	fmt.Fprint(w, "উত্\u200dসব\n")
	w.Close()
	// Output: উৎসব
}

func ExampleNormalizer_Transform() {
	// Chain with another transformer: fold Bengali digits to ASCII after
	// normalizing.
	digits := transform.Chain(normalize.Default, digitsToASCII{})
	out, _, _ := transform.String(digits, "অাজ ১২ জুলাই")
	fmt.Println(out)
	// Output: আজ 12 জুলাই
}

// digitsToASCII is a tiny transformer for the chain example.
type digitsToASCII struct{ transform.NopResetter }

func (digitsToASCII) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if len(src)-nSrc >= 3 && src[nSrc] == 0xE0 && src[nSrc+1] == 0xA7 && src[nSrc+2] >= 0xA6 && src[nSrc+2] <= 0xAF {
			dst[nDst] = '0' + src[nSrc+2] - 0xA6
			nDst, nSrc = nDst+1, nSrc+3
			continue
		}
		if src[nSrc] == 0xE0 && len(src)-nSrc < 3 && !atEOF {
			return nDst, nSrc, transform.ErrShortSrc
		}
		dst[nDst] = src[nSrc]
		nDst, nSrc = nDst+1, nSrc+1
	}
	return nDst, nSrc, nil
}

func ExampleNormalizer_Span() {
	src := []byte("বাংলা ভাষা অাম")
	n, err := normalize.Default.Span(src, true)
	fmt.Println(n, err)
	// Output: 29 transform: input and output are not identical
}

func ExampleParseOps() {
	ops, err := normalize.ParseOps("pipe-dari,double-dari")
	fmt.Println(ops, err)
	_, err = normalize.ParseOps("pipe")
	fmt.Println(err != nil)
	// Output:
	// pipe-dari,double-dari <nil>
	// true
}

func ExampleParseOp() {
	op, _ := normalize.ParseOp("khanda-ta")
	fmt.Println(op, op.IsDefault(), "-", op.Description())
	// Output: khanda-ta true - the old encoding of khanda ta: ত+্+ZWJ -> ৎ
}

func ExampleOpNames() {
	fmt.Println(len(normalize.OpNames()), normalize.OpNames()[:3])
	// Output: 40 [nfc vowel-order vowel-compose]
}

func ExampleOps_List() {
	for _, op := range normalize.OpsOf(normalize.OpNFC, normalize.OpStripBOM).List() {
		fmt.Println(op)
	}
	// Output:
	// nfc
	// strip-bom
}

func ExampleNormalizer_Ops() {
	n := normalize.New(normalize.Without(normalize.OpNBSPSpace))
	fmt.Println(n.Ops().Has(normalize.OpNBSPSpace), n.Ops().Has(normalize.OpNFC))
	// Output: false true
}
