package numerals

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"0", "শূন্য"},
		{"1", "এক"},
		{"2", "দুই"},
		{"6", "ছয়"},
		{"9", "নয়"},
		{"11", "এগারো"},
		{"14", "চৌদ্দ"},
		{"15", "পনেরো"},
		{"19", "উনিশ"},
		{"20", "বিশ"},
		{"29", "ঊনত্রিশ"},
		{"35", "পঁয়ত্রিশ"},
		{"42", "বিয়াল্লিশ"},
		{"66", "ছেষট্টি"},
		{"73", "তিয়াত্তর"},
		{"79", "ঊনআশি"},
		{"88", "অষ্টাশি"},
		{"99", "নিরানব্বই"},
		{"100", "এক শত"},
		{"101", "এক শত এক"},
		{"150", "এক শত পঞ্চাশ"},
		{"999", "নয় শত নিরানব্বই"},
		{"1000", "এক হাজার"},
		{"1234", "এক হাজার দুই শত চৌত্রিশ"},
		{"1971", "এক হাজার নয় শত একাত্তর"},
		{"2025", "দুই হাজার পঁচিশ"},
		{"100000", "এক লাখ"},
		{"150000", "এক লাখ পঞ্চাশ হাজার"},
		{"1234567", "বারো লাখ চৌত্রিশ হাজার পাঁচ শত সাতষট্টি"},
		{"10000000", "এক কোটি"},
		{"25000000", "দুই কোটি পঞ্চাশ লাখ"},
		{"900000000", "নব্বই কোটি"},
		{"1000000000", "এক শত কোটি"},
		{"1000000000000", "এক লাখ কোটি"},
		{"1000000000000000", "দশ কোটি কোটি"},
		{"10000001", "এক কোটি এক"},
		{"2.5", "দুই দশমিক পাঁচ"},
		{"3.14", "তিন দশমিক এক চার"},
		{"0.05", "শূন্য দশমিক শূন্য পাঁচ"},
		{"1000.5", "এক হাজার দশমিক পাঁচ"},
		{"-5", "ঋণাত্মক পাঁচ"},
		{"-1500", "ঋণাত্মক এক হাজার পাঁচ শত"},
	}
	for _, tt := range tests {
		got := Words(MustParseDecimal(tt.in))
		assert.Equal(t, norm.NFC.String(tt.want), got, tt.in)
		assert.True(t, norm.NFC.IsNormalString(got), "output must be NFC: %q", got)
	}
}

func TestWordsStyles(t *testing.T) {
	tests := []struct {
		style Style
		in    string
		want  string
	}{
		{Style{Hundred: HundredSho}, "100", "একশো"},
		{Style{Hundred: HundredSho}, "250", "দুশো পঞ্চাশ"},
		{Style{Hundred: HundredSho}, "1234", "এক হাজার দুশো চৌত্রিশ"},
		{Style{Hundred: HundredSho}, "600", "ছয়শো"},
		{Style{Hundred: HundredSha}, "1900", "এক হাজার নয়শ"},
		{Style{Hundred: HundredSha}, "200", "দুইশ"},
		{Style{Lokkho: true}, "150000", "এক লক্ষ পঞ্চাশ হাজার"},
		{Style{Kuri: true}, "20", "কুড়ি"},
		{Style{Kuri: true}, "20000", "কুড়ি হাজার"},
		{Style{Kuri: true}, "21", "একুশ"},
		{Style{Hundred: HundredSho, Lokkho: true, Kuri: true}, "2020000", "কুড়ি লক্ষ কুড়ি হাজার"},
	}
	for _, tt := range tests {
		assert.Equal(t, norm.NFC.String(tt.want), tt.style.Words(MustParseDecimal(tt.in)), "%+v %s", tt.style, tt.in)
	}
	assert.Equal(t, "x: "+norm.NFC.String("ছয়"), string(Style{}.AppendWords([]byte("x: "), IntValue(6))))
}

func TestOrdinals(t *testing.T) {
	digits := map[int64]string{
		1: "১ম", 2: "২য়", 3: "৩য়", 4: "৪র্থ", 5: "৫ম", 6: "৬ষ্ঠ", 7: "৭ম", 8: "৮ম", 9: "৯ম", 10: "১০ম",
		11: "১১তম", 21: "২১তম", 100: "১০০তম", 1000: "১০০০তম",
	}
	for n, want := range digits {
		assert.Equal(t, norm.NFC.String(want), Ordinal(n), n)
	}
	words := map[int64]string{
		1: "প্রথম", 2: "দ্বিতীয়", 3: "তৃতীয়", 4: "চতুর্থ", 5: "পঞ্চম", 6: "ষষ্ঠ", 7: "সপ্তম", 8: "অষ্টম",
		9: "নবম", 10: "দশম", 11: "একাদশ", 16: "ষোড়শ", 19: "ঊনবিংশ", 20: "বিংশ", 21: "একুশতম", 50: "পঞ্চাশতম",
		100: "শততম", 200: "দুই শততম", 101: "এক শত একতম",
	}
	for n, want := range words {
		assert.Equal(t, norm.NFC.String(want), OrdinalWords(n), n)
	}
	assert.Equal(t, norm.NFC.String("একশোতম"), Style{Hundred: HundredSho}.OrdinalWords(100))
}
