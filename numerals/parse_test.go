package numerals

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// precomposed rewrites য় ড় ঢ় (consonant + nukta) to U+09DF U+09DC U+09DD.
func precomposed(s string) string {
	return strings.NewReplacer("য\u09bc", "\u09df", "ড\u09bc", "\u09dc", "ঢ\u09bc", "\u09dd").Replace(s)
}

// decomposed rewrites U+09DF U+09DC U+09DD to consonant + nukta.
func decomposed(s string) string {
	return strings.NewReplacer("\u09df", "য\u09bc", "\u09dc", "ড\u09bc", "\u09dd", "ঢ\u09bc").Replace(s)
}

type parseCase struct {
	in   string
	want string // value, "vague", or "" for not a number
	unit Unit
}

// wordCases: number words to values.
var wordCases = []parseCase{
	{"শূন্য", "0", 0}, {"এক", "1", 0}, {"দুই", "2", 0}, {"দু", "2", 0}, {"ছয়", "6", 0}, {"ছ", "6", 0},
	{"নয়", "9", 0}, {"দশ", "10", 0}, {"এগারো", "11", 0}, {"এগার", "11", 0}, {"বারো", "12", 0},
	{"বার", "12", 0}, {"তের", "13", 0}, {"চৌদ্দ", "14", 0}, {"চোদ্দ", "14", 0}, {"পনের", "15", 0},
	{"ষোল", "16", 0}, {"সতেরো", "17", 0}, {"আঠার", "18", 0}, {"উনিশ", "19", 0}, {"বিশ", "20", 0},
	{"কুড়ি", "20", 0}, {"ঊনত্রিশ", "29", 0}, {"উনত্রিশ", "29", 0}, {"তিরিশ", "30", 0},
	{"সাঁইত্রিশ", "37", 0}, {"ঊনচল্লিশ", "39", 0}, {"উনচল্লিশ", "39", 0}, {"বিয়াল্লিশ", "42", 0},
	{"বেয়াল্লিশ", "42", 0}, {"ঊনপঞ্চাশ", "49", 0}, {"বায়ান্ন", "52", 0}, {"বাহান্ন", "52", 0},
	{"তিপ্পান্ন", "53", 0}, {"তিপান্ন", "53", 0}, {"ছাপ্পান্ন", "56", 0}, {"ছাপান্ন", "56", 0},
	{"উনষাট", "59", 0}, {"ছেষট্টি", "66", 0}, {"ঊনসত্তর", "69", 0}, {"একাত্তর", "71", 0},
	{"তিয়াত্তর", "73", 0}, {"তেহাত্তর", "73", 0}, {"তেয়াত্তর", "73", 0}, {"ঊনআশি", "79", 0},
	{"উনআশি", "79", 0}, {"ঊনাশি", "79", 0}, {"অষ্টাশি", "88", 0}, {"আটাশি", "88", 0},
	{"ঊননব্বই", "89", 0}, {"নিরানব্বই", "99", 0}, {"পাচ", "5", 0},
	{"এক শত", "100", 0}, {"একশো", "100", 0}, {"একশ", "100", 0}, {"একশত", "100", 0}, {"এক শো", "100", 0},
	{"দুশো", "200", 0}, {"দুইশ", "200", 0}, {"দু'শো", "200", 0}, {"দু’শো", "200", 0}, {"তিনশো পঁয়ষট্টি", "365", 0},
	{"এক হাজার দুই শত চৌত্রিশ", "1234", 0}, {"এক হাজার দুইশত চৌত্রিশ", "1234", 0},
	{"পনেরোশ", "1500", 0}, {"পনেরশো", "1500", 0}, {"উনিশশো একাত্তর", "1971", 0}, {"উনিশ শো একাত্তর", "1971", 0},
	{"উনিশ'শ একাত্তর", "1971", 0}, {"এক হাজার নয় শত একাত্তর", "1971", 0}, {"দুই হাজার পঁচিশ", "2025", 0},
	{"দু'হাজার", "2000", 0}, {"দশ হাজার", "10000", 0}, {"এক লাখ", "100000", 0}, {"এক লক্ষ", "100000", 0},
	{"তিন লাখ পঁচিশ হাজার", "325000", 0}, {"এক কোটি", "10000000", 0}, {"এক কোটি এক", "10000001", 0},
	{"দুই কোটি পঞ্চাশ লাখ", "25000000", 0}, {"নব্বই কোটি", "900000000", 0}, {"এক শত কোটি", "1000000000", 0},
	{"দশ হাজার কোটি", "100000000000", 0}, {"এক লাখ কোটি", "1000000000000", 0},
	{"হাজার", "1000", 0}, {"লাখ", "100000", 0},
	{"দেড়", "1.5", 0}, {"আড়াই", "2.5", 0}, {"দেড় লাখ", "150000", 0}, {"দেড়শো", "150", 0}, {"দেড়শ", "150", 0},
	{"দেড় শ", "150", 0}, {"আড়াইশো", "250", 0}, {"আড়াই হাজার", "2500", 0}, {"সাড়ে তিন", "3.5", 0},
	{"সাড়ে তিন হাজার", "3500", 0}, {"সাড়ে তিনশো", "350", 0}, {"সাড়ে পাঁচ কোটি", "55000000", 0},
	{"সোয়া দুই", "2.25", 0}, {"সোয়া লাখ", "125000", 0}, {"সোয়াশো", "125", 0}, {"পৌনে দুই", "1.75", 0},
	{"পৌনে তিনশো", "275", 0}, {"পৌনে এক লাখ", "75000", 0}, {"অর্ধশত", "50", 0}, {"অর্ধেক", "0.5", 0},
	{"তিন দশমিক পাঁচ", "3.5", 0}, {"তিন দশমিক এক চার", "3.14", 0}, {"শূন্য দশমিক শূন্য পাঁচ", "0.05", 0},
	{"দুই দশমিক পাঁচ কোটি", "25000000", 0}, {"ঋণাত্মক পাঁচ", "-5", 0}, {"মাইনাস দশ", "-10", 0},
	{"কয়েক", "vague", 0}, {"কয়েক হাজার", "vague", 0}, {"কয়েকশো", "vague", 0}, {"কয়েক শত কোটি", "vague", 0},
	{"হাজার হাজার", "vague", 0}, {"লাখ লাখ", "vague", 0}, {"কোটি কোটি", "vague", 0}, {"শত শত", "vague", 0},
	{"লাখো", "vague", 0}, {"হাজারো", "vague", 0}, {"শতাধিক", "vague", 0}, {"দুই শতাধিক", "vague", 0},
	{"অর্ধশতাধিক", "vague", 0}, {"হাজারখানেক", "vague", 0}, {"দু-একটি", "vague", UnitCount},
	{"দুই-তিন জন", "vague", UnitCount}, {"পাঁচ-ছয়টি", "vague", UnitCount},
}

// phraseCases: digits, mixed digits and words, units.
var phraseCases = []parseCase{
	{"১২৩৪", "1234", 0}, {"1234", "1234", 0}, {"১2৩4", "1234", 0}, {"১২,৩৪,৫৬৭", "1234567", 0},
	{"1,234,567", "1234567", 0}, {"৬,০০০", "6000", 0}, {"১,২৩,৪৫৬.৭৫", "123456.75", 0}, {"০.২৫", "0.25", 0},
	{"-১৫০০", "-1500", 0}, {"−১৫০০", "-1500", 0}, {"-১,৫০০", "-1500", 0}, {"২.৫", "2.5", 0},
	{"২.৫ কোটি", "25000000", 0}, {"৯০ কোটি", "900000000", 0}, {"২ কোটি ৫০ লাখ", "25000000", 0},
	{"১.৫ লাখ", "150000", 0}, {"২৫ লক্ষ", "2500000", 0}, {"৩ হাজার ২০০ কোটি", "32000000000", 0},
	{"১২ হাজার ৫০০", "12500", 0}, {"১ হাজার কোটি", "10000000000", 0}, {"সাড়ে ৩ হাজার", "3500", 0},
	{"৩৬.৫%", "36.5", UnitPercent}, {"৩৬.৫ %", "36.5", UnitPercent}, {"৩৬.৫ শতাংশ", "36.5", UnitPercent},
	{"২০ পার্সেন্ট", "20", UnitPercent}, {"শতকরা ২০ ভাগ", "20", UnitPercent}, {"শতকরা বিশ ভাগ", "20", UnitPercent},
	{"শতকরা ২০", "20", UnitPercent}, {"পঁচিশ শতাংশ", "25", UnitPercent}, {"শতভাগ", "100", UnitPercent},
	{"৳৫০০", "500", UnitBDT}, {"৳ ১,২০০", "1200", UnitBDT}, {"১২০০৳", "1200", UnitBDT}, {"৫০০ টাকা", "500", UnitBDT},
	{"৫০০টাকা", "500", UnitBDT}, {"Tk. 500", "500", UnitBDT}, {"BDT 500", "500", UnitBDT},
	{"দেড় লাখ টাকা", "150000", UnitBDT}, {"১০ কোটি ৫০ লাখ টাকা", "105000000", UnitBDT},
	{"পাঁচ লাখ টাকার", "500000", UnitBDT}, {"দেড়শো কোটি টাকা", "1500000000", UnitBDT}, {"হাজার টাকা", "1000", UnitBDT},
	{"১ম", "1", UnitOrdinal}, {"২য়", "2", UnitOrdinal}, {"৩য়", "3", UnitOrdinal}, {"৪র্থ", "4", UnitOrdinal},
	{"৫ম", "5", UnitOrdinal}, {"৬ষ্ঠ", "6", UnitOrdinal}, {"১০ম", "10", UnitOrdinal}, {"১১তম", "11", UnitOrdinal},
	{"২১তম", "21", UnitOrdinal}, {"১০০তম", "100", UnitOrdinal}, {"প্রথম", "1", UnitOrdinal},
	{"দ্বিতীয়", "2", UnitOrdinal}, {"তৃতীয়", "3", UnitOrdinal}, {"চতুর্থ", "4", UnitOrdinal}, {"ষষ্ঠ", "6", UnitOrdinal},
	{"দশম", "10", UnitOrdinal}, {"একাদশ", "11", UnitOrdinal}, {"ষোড়শ", "16", UnitOrdinal}, {"বিংশ", "20", UnitOrdinal},
	{"একুশতম", "21", UnitOrdinal}, {"পঞ্চাশতম", "50", UnitOrdinal}, {"শততম", "100", UnitOrdinal},
	{"তিনটি", "3", UnitCount}, {"দুটো", "2", UnitCount}, {"দুটি", "2", UnitCount}, {"একটা", "1", UnitCount},
	{"চারটে", "4", UnitCount}, {"পাঁচজন", "5", UnitCount}, {"পাঁচ জন", "5", UnitCount}, {"দু'জন", "2", UnitCount},
	{"একখানা", "1", UnitCount}, {"৫টি", "5", UnitCount}, {"৫ টি", "5", UnitCount}, {"২০টা", "20", UnitCount},
	{"১০ জন", "10", UnitCount}, {"তিনটির", "3", UnitCount}, {"দুজনকে", "2", UnitCount}, {"কয়েকজন", "vague", UnitCount},
	{"কয়েকটি", "vague", UnitCount}, {"হাজারের", "1000", 0}, {"১০ কোটির", "100000000", 0}, {"২০২৫-এর", "2025", 0},
	{"২০২৫এ", "2025", 0}, {"নব্বইয়ের", "90", 0}, {"প্রায় ৫০০", "500", 0}, {"১২৩৪।", "1234", 0}, {"  ৪২  ", "42", 0},
	{"০৭", "7", 0}, {"১লা", "1", UnitOrdinal}, {"২১শে", "21", UnitOrdinal}, {"এক ডজন", "12", 0},
	{"আড়াই ডজন", "30", 0}, {"কয়েক ডজন", "vague", 0}, {"দশ লাখেরও", "1000000", 0}, {"আধা", "0.5", 0},
	{"(৫০০)", "500", 0}, {"৫০০.", "500", 0}, {"“দেড় লাখ”", "150000", 0}, {"৫'শ", "500", 0},
	{"+৫%", "5", UnitPercent}, {"+১০০%", "100", UnitPercent}, {"একশ' টাকা", "100", UnitBDT}, {"দু’শ’", "200", 0}, {"+৮৮০১৭১১১২৩৪৫৬", "", 0},
	// A counting word standing apart keeps its case ending (-কে, -ই, -রা);
	// "/-" after an amount (taka, "only") belongs to the number.
	{"১০ জনকে", "10", UnitCount}, {"৫ জনই", "5", UnitCount}, {"১২ জনের", "12", UnitCount},
	{"৫০০/- টাকা", "500", UnitBDT}, {"৳৫০০/-", "500", UnitBDT}, {"৫০,০০০/-", "50000", 0},
	// খানেক standing apart makes the number before it vague.
	{"হাজার খানেক", "vague", 0}, {"দুই হাজার খানেক টাকা", "vague", UnitBDT},
	// Digits after দশমিক keep their leading zeros and may be more than two.
	{"৬ দশমিক ০৫ শতাংশ", "6.05", UnitPercent}, {"৯ দশমিক ০০৫", "9.005", 0}, {"১ দশমিক ১২৫", "1.125", 0},
	{".৫", "0.5", 0}, {"-.25", "-0.25", 0}, {".৫%", "0.5", UnitPercent}, {"১.", "1", 0},
	{"৫ দশমিক ৮২ শতাংশ", "5.82", UnitPercent}, {"১ দশমিক ০৫ লাখ", "105000", 0}, {"৩ দশমিক ১,২৫", "", 0},
}

// notNumbers must not parse.
var notNumbers = []string{
	"", "আটকে", "তিনি", "দশক", "একই", "সাতক্ষীরা", "জুলাই", "১২ জুলাই", "০১৭১১১২৩৪৫৬", "০১৭১১-১২৩৪৫৬",
	"১২.০৭.২০২৫", "1.2.3", "১,২,৩", "পাঁচ হাজার তিন লাখ", "দুই তিন", "এক এক", "সাড়ে", "দশমিক পাঁচ",
	"হাজার পাঁচ হাজার", "২০২৫ ১২", "১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০১", "abc", "%", "৳", "শতকরা", "টাকা",
}

func checkParse(t *testing.T, tt parseCase) {
	t.Helper()
	num, ok := Parse(tt.in)
	if tt.want == "" {
		assert.False(t, ok, "%q parsed as %v", tt.in, num)
		return
	}
	if !assert.True(t, ok, "%q did not parse", tt.in) {
		return
	}
	got := "vague"
	if num.Definite {
		got = num.Value.String()
	} else {
		assert.Equal(t, Value{}, num.Value, tt.in)
	}
	assert.Equal(t, tt.want, got, tt.in)
	assert.Equal(t, tt.unit, num.Unit, tt.in)
}

func TestParseWords(t *testing.T) {
	for _, tt := range wordCases {
		checkParse(t, tt)
		// Either form of the nukta letters, and stray ZWJ/ZWNJ.
		checkParse(t, parseCase{precomposed(tt.in), tt.want, tt.unit})
		checkParse(t, parseCase{decomposed(tt.in), tt.want, tt.unit})
		if r := []rune(tt.in); len(r) > 2 {
			zw := string(r[:2]) + "\u200c" + string(r[2:]) + "\u200d"
			checkParse(t, parseCase{zw, tt.want, tt.unit})
		}
	}
}

func TestParsePhrases(t *testing.T) {
	for _, tt := range phraseCases {
		checkParse(t, tt)
		checkParse(t, parseCase{precomposed(tt.in), tt.want, tt.unit})
	}
}

func TestParseRejects(t *testing.T) {
	for _, s := range notNumbers {
		checkParse(t, parseCase{in: s})
	}
}

// TestParseRoundTrip: Parse(Words(n)) == n and Parse(Format(n)) == n in
// every style, for many n up to 10^15, with decimals and signs.
func TestParseRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	styles := []Style{{}, {Hundred: HundredSho}, {Hundred: HundredSha, Lokkho: true}, {Kuri: true}}
	formats := []Formatter{{}, {ASCII: true}, {Grouping: Western}, {ASCII: true, Grouping: NoGrouping}}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	check := func(v Value) {
		for _, s := range styles {
			w := s.Words(v)
			got, ok := Parse(w)
			if !ok || !got.Definite || got.Value != v {
				t.Fatalf("Parse(Words(%s)) = Parse(%q) = %v, %v", v, w, got, ok)
			}
		}
		for _, f := range formats {
			d := f.Format(v)
			got, ok := Parse(d)
			if !ok || !got.Definite || got.Value != v {
				t.Fatalf("Parse(Format(%s)) = Parse(%q) = %v, %v", v, d, got, ok)
			}
		}
	}
	for i := range int64(1001) {
		check(IntValue(i))
	}
	for range n {
		digits := 1 + r.IntN(16)
		x := r.Int64N(pow10i(digits))
		if x == pow10i(15) {
			x--
		}
		v := IntValue(x)
		switch r.IntN(8) {
		case 0:
			v = v.Neg()
		case 1:
			v, _ = shiftValue(v, -r.IntN(4)) // decimals
		case 2:
			// round numbers: 25000000, 1500, ...
			v = IntValue(r.Int64N(100))
			v, _ = shiftValue(v, r.IntN(14))
		}
		check(v)
	}
	check(IntValue(1_000_000_000_000_000))
}

func pow10i(k int) int64 {
	p := int64(1)
	for range k {
		p *= 10
	}
	return p
}

// matches lists every number phrase in text as "text=value unit".
func matches(text string) []string {
	b := []byte(text)
	var out []string
	for i := 0; i < len(b); {
		n, num, ok := MatchNumber(b, i)
		if n <= 0 {
			panic(fmt.Sprintf("MatchNumber(%q, %d) returned n=%d", text, i, n))
		}
		if ok {
			out = append(out, fmt.Sprintf("%s=%v", b[i:i+n], num))
		}
		i += n
	}
	return out
}

func TestMatchNumber(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"ছয় হাজার সেনা", []string{"ছয় হাজার=6000"}},
		{"৬,০০০ সেনা মোতায়েন", []string{"৬,০০০=6000"}},
		{"মোট ১,২,৩ জন", []string{"১=1", "২=2", "৩ জন=3 count"}},
		{"ফোন ০১৭১১-১২৩৪৫৬ নম্বরে", nil},
		{"ফোন +৮৮০১৭১১১২৩৪৫৬ নম্বরে", nil},
		{"ফোন ০১৭১১ ১২৩ ৪৫৬ নম্বরে", nil},
		{"ফোন +৮৮০ ১৭১১ ১২৩৪৫৬ নম্বরে", nil},
		{"হিসাব ১৭১১-১২৩৪৫৬ নম্বরে", nil},
		{"২০২০-২০২১ অর্থবছরে", []string{"২০২০=2020", "২০২১=2021"}},
		{"তারিখ ১২.০৭.২০২৫ থেকে", nil},
		{"তিনি আটকে ছিলেন দশক ধরে", nil},
		{"এটা ঠিক নয়, বার বার বলেছি", nil},
		{"নয়টি বই", []string{"নয়টি=9 count"}},
		{"দেড় লাখ টাকা খরচ", []string{"দেড় লাখ টাকা=150000 BDT"}},
		{"২ কোটি ৫০ লাখ মানুষ", []string{"২ কোটি ৫০ লাখ=25000000"}},
		{"শুল্ক ৩৬.৫% বাড়ল", []string{"৩৬.৫%=36.5 percent"}},
		{"হাজার হাজার মানুষ", []string{"হাজার হাজার=vague"}},
		{"২০২৫-এর ১২ জুলাই", []string{"২০২৫-এর=2025", "১২=12"}},
		{"৩য় দিন, ১১তম বার", []string{"৩য়=3 ordinal", "১১তম=11 ordinal"}},
		{"COVID19 ও A4", nil},
		{"COVID-19 মহামারি", []string{"19=19"}},
		{"তাপমাত্রা -৫ ডিগ্রি", []string{"-৫=-5"}},
		{"১৫-২০ জন", []string{"১৫=15", "২০ জন=20 count"}},
		{"এক এক করে", []string{"এক=1", "এক=1"}},
		{"৳৫০০ ও ৫০০ ৳", []string{"৳৫০০=500 BDT", "৫০০ ৳=500 BDT"}},
		{"উনিশশো একাত্তর সালে", []string{"উনিশশো একাত্তর=1971"}},
		{"ধারা ৩০২/৩৪", []string{"৩০২=302", "৩৪=34"}},
		{"৪ঠা মে", []string{"৪ঠা=4 ordinal"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, matches(tt.text), tt.text)
	}
}

// TestMatchNumberInsideWord: a match never starts inside a word or digit
// run, whatever position the caller asks for.
func TestMatchNumberInsideWord(t *testing.T) {
	text := []byte("তিনি ১২৩৪ দুইশো")
	for i := 1; i < len(text); i++ {
		_, _, ok := MatchNumber(text, i)
		start := i == len("তিনি ") || i == len("তিনি ১২৩৪ ")
		assert.Equal(t, start, ok, "position %d", i)
	}
	n, _, ok := MatchNumber(text, len(text))
	assert.False(t, ok)
	assert.Zero(t, n)
}

// TestMatchNumberLinear: scanning long runs of digits, separators and
// number words with MatchNumber costs time proportional to their length:
// eight times the input must take nowhere near 64 times as long. (The
// bound is loose because the test machine may be busy.)
func TestMatchNumberLinear(t *testing.T) {
	scan := func(text []byte) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 5 {
			start := time.Now()
			for i := 0; i < len(text); {
				n, _, _ := MatchNumber(text, i)
				require.Positive(t, n)
				i += n
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	for _, unit := range []string{"১", "১,", "১২,", "এক ", "হাজার ", "১.", "দু-", "১ ", "০১৭১১-", "সাড়ে "} {
		small := scan([]byte(strings.Repeat(unit, 800)))
		large := scan([]byte(strings.Repeat(unit, 6400)))
		assert.Less(t, large, 24*small+20*time.Millisecond, "%q: %v for 800, %v for 6400", unit, small, large)
	}
}

func TestUnitString(t *testing.T) {
	assert.Equal(t, []string{"", "percent", "BDT", "ordinal", "count"},
		[]string{UnitNone.String(), UnitPercent.String(), UnitBDT.String(), UnitOrdinal.String(), UnitCount.String()})
	b, err := UnitBDT.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "BDT", string(b))
	assert.Equal(t, "36.5 percent", Number{Value: MustParseDecimal("36.5"), Definite: true, Unit: UnitPercent}.String())
	assert.Equal(t, "vague count", Number{Unit: UnitCount}.String())
}
