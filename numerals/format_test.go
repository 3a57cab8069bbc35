package numerals

import (
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// TestFormat: the South Asian cases are what ICU's bn locale prints
// (NumberFormat.createInstance(Locale("bn")) in ICU 72).
func TestFormat(t *testing.T) {
	tests := []struct {
		in        string
		bengali   string
		ascii     string
		western   string
		ungrouped string
	}{
		{"0", "০", "0", "0", "0"},
		{"7", "৭", "7", "7", "7"},
		{"999", "৯৯৯", "999", "999", "999"},
		{"1000", "১,০০০", "1,000", "1,000", "1000"},
		{"12345", "১২,৩৪৫", "12,345", "12,345", "12345"},
		{"123456", "১,২৩,৪৫৬", "1,23,456", "123,456", "123456"},
		{"1234567", "১২,৩৪,৫৬৭", "12,34,567", "1,234,567", "1234567"},
		{"1234567890", "১,২৩,৪৫,৬৭,৮৯০", "1,23,45,67,890", "1,234,567,890", "1234567890"},
		{"900000000", "৯০,০০,০০,০০০", "90,00,00,000", "900,000,000", "900000000"},
		{"123456.75", "১,২৩,৪৫৬.৭৫", "1,23,456.75", "123,456.75", "123456.75"},
		{"-1500", "-১,৫০০", "-1,500", "-1,500", "-1500"},
		{"0.05", "০.০৫", "0.05", "0.05", "0.05"},
		{"-0.5", "-০.৫", "-0.5", "-0.5", "-0.5"},
		{"100000000000000", "১০,০০,০০,০০,০০,০০,০০০", "10,00,00,00,00,00,000", "100,000,000,000,000", "100000000000000"},
	}
	for _, tt := range tests {
		v := MustParseDecimal(tt.in)
		assert.Equal(t, tt.bengali, Format(v), tt.in)
		assert.Equal(t, tt.ascii, Formatter{ASCII: true}.Format(v), tt.in)
		assert.Equal(t, tt.western, Formatter{ASCII: true, Grouping: Western}.Format(v), tt.in)
		assert.Equal(t, tt.ungrouped, Formatter{ASCII: true, Grouping: NoGrouping}.Format(v), tt.in)
		assert.Equal(t, "x"+tt.bengali, string(Formatter{}.Append([]byte("x"), v)))
	}
}

// TestFormatMatchesCLDR compares Format with golang.org/x/text's bn
// decimal formatting (CLDR data, as ICU) on many integers and on values
// with up to three decimals, where x/text does not round.
func TestFormatMatchesCLDR(t *testing.T) {
	p := message.NewPrinter(language.Bengali)
	r := rand.New(rand.NewPCG(3, 5))
	for range 3000 {
		n := r.Int64N(pow10i(1 + r.IntN(15)))
		if r.IntN(4) == 0 {
			n = -n
		}
		require.Equal(t, p.Sprint(number.Decimal(n)), Format(IntValue(n)), n)
		cents := r.Int64N(100000000) // up to 999,999.99 with 2 decimals
		v, _ := shiftValue(IntValue(cents), -2)
		require.Equal(t, p.Sprint(number.Decimal(float64(cents)/100)), Format(v), v.String())
	}
}

// Round writes at most three digits after the point, rounded half to even
// as ICU's default decimal format does; values with three or fewer are
// written as they are.
func TestFormatRound(t *testing.T) {
	f := Formatter{ASCII: true, Round: true}
	for _, tt := range []struct{ in, want string }{
		{"3.14159", "3.142"},
		{"1234567.891", "12,34,567.891"},
		{"0.0015", "0.002"}, // half, 1 is odd: up
		{"0.0025", "0.002"}, // half, 2 is even: down
		{"0.00251", "0.003"},
		{"1.2345", "1.234"},
		{"2.0625", "2.062"},
		{"999.9996", "1,000"},
		{"99999.99951", "1,00,000"},
		{"0.0004", "0"},
		{"-1.23456", "-1.235"},
		{"12.5", "12.5"},
		{"100", "100"},
	} {
		assert.Equal(t, tt.want, f.Format(MustParseDecimal(tt.in)), tt.in)
	}
	assert.Equal(t, "৩.১৪২", Formatter{Round: true}.Format(MustParseDecimal("3.14159")))
	assert.Equal(t, "৩.১৪১৫৯", Format(MustParseDecimal("3.14159")), "the zero Formatter never rounds")
}
