package numerals

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestScanAfterBrokenRune: a truncated Bengali sequence (E0 A7 without its
// last byte) must not swallow the byte after it, so that what follows is
// still found.
func TestScanAfterBrokenRune(t *testing.T) {
	for _, tt := range []struct {
		in   string
		kind Kind
		want string
	}{
		{"\xe0\xa7 ৯:০২", KindTime, "09:02"},
		{"\xe0\xa7 ১২ জুলাই ২০২৫", KindDate, "2025-07-12"},
		{"\xe0\xa6 সকাল ৯টায়", KindTime, "09:00"},
		{"\xe0\xa7 ৫০০ টাকা", KindNumber, "500"},
	} {
		assert.Equal(t, tt.want, firstValue(Scan(tt.in), tt.kind), "%q", tt.in)
	}
}
