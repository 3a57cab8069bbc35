package numerals_test

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bntext/bntext/numerals"
	"github.com/bntext/bntext/numerals/bangabda"
)

func ExampleScan() {
	line := "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২, নিহত ৬,০০০ সেনা"
	for _, m := range numerals.Scan(line) {
		fmt.Printf("%s %d-%d %q %s\n", m.Kind, m.Start, m.End, m.Text, m.Value())
	}
	// Output:
	// date 19-55 "১২ জুলাই, ২০২৫" 2025-07-12
	// time 58-68 "৯:০২" 09:02
	// number 83-96 "৬,০০০" 6000
}

func ExampleScanner_Scan() {
	s := numerals.Scanner{Ref: time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)}
	for _, m := range s.Scan("পহেলা বৈশাখ ১৪৩২, রাত সাড়ে দশটা, ২৫ ডিসেম্বর") {
		fmt.Println(strings.TrimSpace(fmt.Sprint(m.Kind, " ", m.Value(), " ", m.BangabdaValue())))
	}
	// Output:
	// date 2025-04-14 1432-01-01
	// time 22:30
	// date 2025-12-25
}

func ExampleScanner_ScanBytes() {
	ms := numerals.Scanner{NoNumbers: true}.ScanBytes([]byte("২০২৫ সালের ১২ জুলাই থেকে ৩ দিন"))
	fmt.Println(len(ms), ms[0].Value(), ms[0].Precision())
	// Output: 1 2025-07-12 day
}

func ExampleMatch_IsRange() {
	m := numerals.Scan("১২-১৪ জুলাই ২০২৫")[0]
	fmt.Println(m.IsRange(), m.Value(), m.Date, m.DateEnd)
	// Output: true 2025-07-12/2025-07-14 2025-07-12 2025-07-14
}

func ExampleMatch_Complete() {
	for _, m := range numerals.Scan("১২ জুলাই; জুলাই ২০২৫; ১২ জুলাই ২০২৫") {
		fmt.Println(m.Value(), m.Precision(), m.Complete())
	}
	// Output:
	// --07-12 no-year false
	// 2025-07 month false
	// 2025-07-12 day true
}

func ExampleMatch_MarshalJSON() {
	m := numerals.Scan("৮ ফাল্গুন ১৪৩১")[0]
	b, _ := m.MarshalJSON()
	fmt.Println(string(b))
	// Output: {"kind":"date","start":0,"end":38,"text":"৮ ফাল্গুন ১৪৩১","value":"2025-02-21","calendar":"bangabda","precision":"day","bangabda":"1431-11-08"}
}

func ExampleMatch_BangabdaValue() {
	m := numerals.Scanner{Rule: bangabda.Revised1987}.Scan("৮ ফাল্গুন ১৪২৫")[0]
	fmt.Println(m.Value(), m.BangabdaValue())
	// Output: 2019-02-20 1425-11-08
}

func ExampleRewriteDates() {
	fmt.Println(numerals.RewriteDates("আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২"))
	// Output: আপডেটঃ 2025-07-12 | ৯:০২
}

func ExampleNewDateRewriter() {
	r := numerals.NewDateRewriter(numerals.Scanner{}, true)
	fmt.Println(r.String("সভা ১লা বৈশাখ ১৪৩২, রাত সাড়ে দশটায়"))
	// Output: সভা 2025-04-14, 22:30
}

func ExampleDateRewriter_Reader() {
	r := numerals.NewDateRewriter(numerals.Scanner{}, false)
	io.Copy(os.Stdout, r.Reader(strings.NewReader("১২/০৭/২০২৫\n২০২৫ সালের ১৬ ডিসেম্বর\n")))
	// Output:
	// 2025-07-12
	// 2025-12-16
}

func ExampleDate_String() {
	fmt.Println(numerals.Date{Year: 2025, Month: 7, Day: 12}, numerals.Date{Month: 7, Day: 12}, numerals.Date{Year: 2025, Month: 7})
	// Output: 2025-07-12 --07-12 2025-07
}

func ExampleClock_String() {
	fmt.Println(numerals.Clock{Hour: 22, Minute: 30}, numerals.Clock{Hour: 9, Minute: 2, Second: 5, HasSeconds: true})
	// Output: 22:30 09:02:05
}
