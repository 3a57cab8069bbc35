package numerals

import (
	"testing"

	"github.com/stretchr/testify/assert"
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
