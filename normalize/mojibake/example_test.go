package mojibake_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/normalize/mojibake"
	"golang.org/x/text/transform"
)

func ExampleString() {
	fmt.Println(mojibake.String("à¦¬à¦¾à¦‚à¦²à¦¾ à¦­à¦¾à¦·à¦¾"))
	// Real Latin-1 text is left alone.
	fmt.Println(mojibake.String("café, SÃO PAULO, § 12"))
	// Output:
	// বাংলা ভাষা
	// café, SÃO PAULO, § 12
}

func ExampleBytes() {
	fmt.Printf("%s\n", mojibake.Bytes([]byte("Reuters: à¦¢à¦¾à¦•à¦¾ (AFP)")))
	// Output: Reuters: ঢাকা (AFP)
}

func ExampleNew() {
	f := mojibake.New(mojibake.HTML(true))
	fmt.Println(f.String("&#2476;&#x9BE;&#2434;&#2482;&#2494; &amp; à¦­à¦¾à¦·à¦¾"))
	// Output: বাংলা & ভাষা
}

func ExampleHTML() {
	s := "&#2476;&#2494;&#2434;&#2482;&#2494;"
	fmt.Println(mojibake.New().String(s))
	fmt.Println(mojibake.New(mojibake.HTML(true)).String(s))
	// Output:
	// &#2476;&#2494;&#2434;&#2482;&#2494;
	// বাংলা
}

// Lost bytes are rebuilt from the spelling: "à§" lost its last byte
// twice here (a decoder dropped the undefined bytes 8D, ্, and 81, ু).
func ExampleFixer_String_lostBytes() {
	fmt.Println(mojibake.Default.String("à¦ªà§à¦²à¦¿à¦¶ à¦¬à¦²à§‡à¦›à§‡, à¦¸à¦¬ à¦ à¦¿à¦•"))
	fmt.Println(mojibake.Default.String("à¦ªà§�à¦°à¦¤à¦¿"))
	// Output:
	// পুলিশ বলেছে, সব ঠিক
	// প্রতি
}

// Doubly encoded text (UTF-8 read as Windows-1252, twice) comes back in
// one pass.
func ExampleFixer_String_double() {
	fmt.Println(mojibake.Default.String("Ã Â¦Â¬Ã Â¦Â¾Ã Â¦â€šÃ Â¦Â²Ã Â¦Â¾"))
	// Output: বাংলা
}

// Legacy Bijoy text looks like mojibake to generic fixers; it is left
// byte for byte.
func ExampleFixer_String_bijoy() {
	fmt.Println(mojibake.Default.String("Avwg evsjvq Mvb MvB| mÜ¨v KvwË©K"))
	// Output: Avwg evsjvq Mvb MvB| mÜ¨v KvwË©K
}

func ExampleFixer_Bytes() {
	fmt.Printf("%s\n", mojibake.Default.Bytes([]byte("‡¶¨‡¶æ‡¶Ç‡¶≤‡¶æ")))
	// Output: বাংলা
}

func ExampleFixer_Append() {
	out := mojibake.Default.Append([]byte("title: "), []byte("à¦–à¦¬à¦°"))
	fmt.Printf("%s\n", out)
	// Output: title: খবর
}

func ExampleFixer_IsClean() {
	fmt.Println(mojibake.Default.IsClean([]byte("বাংলা")))
	fmt.Println(mojibake.Default.IsClean([]byte("à¦¬à¦¾")))
	// Output:
	// true
	// false
}

func ExampleFixer_IsCleanString() {
	fmt.Println(mojibake.Default.IsCleanString("the Â key"))
	// Output: true
}

func ExampleFixer_Reader() {
	r := mojibake.Default.Reader(strings.NewReader("à¦à¦•\nà¦¦à§à¦‡\n"))
	io.Copy(os.Stdout, r)
	// Output:
	// এক
	// দুই
}

func ExampleFixer_Writer() {
	var buf bytes.Buffer
	w := mojibake.Default.Writer(&buf)
	io.WriteString(w, "à¦¤à¦¿à¦¨")
	w.Close()
	fmt.Println(buf.String())
	// Output: তিন
}

func ExampleFixer_Span() {
	src := []byte("বাংলা à¦­à¦¾à¦·à¦¾")
	n, err := mojibake.Default.Span(src, true)
	fmt.Println(n, err == transform.ErrEndOfSpan)
	// Output: 16 true
}

func ExampleFixer_Transform() {
	src := []byte("à¦šà¦¾à¦°")
	dst := make([]byte, 64)
	nDst, nSrc, err := mojibake.Default.Transform(dst, src, true)
	fmt.Println(string(dst[:nDst]), nSrc == len(src), err)
	// Output: চার true <nil>
}

// The fix step of the bntext command: repair, then NFC.
func ExampleFixer_chain() {
	t := transform.Chain(mojibake.New(mojibake.HTML(true)), normalize.NFC)
	s, _, _ := transform.String(t, "à¦†à¦·à¦¾à¦¢à¦¼ &amp; à¦¶à§à¦°à¦¾à¦¬à¦£")
	fmt.Println(s == normalize.NFC.String("আষাঢ় & শ্রাবণ"))
	// Output: true
}

func ExampleFixer_Reset() {
	mojibake.Default.Reset() // a Fixer has no state: Reset does nothing
	fmt.Println(mojibake.Default.String("à¦ªà¦¾à¦à¦š"))
	// Output: পাঁচ
}
