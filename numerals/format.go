package numerals

// Grouping is how Format groups the digits of the integer part.
type Grouping uint8

// The groupings.
const (
	SouthAsian Grouping = iota // ১২,৩৪,৫৬৭: the last three digits, then twos (ICU bn, Indian and Bangladeshi usage)
	Western                    // 1,234,567: threes
	NoGrouping                 // 1234567
)

// Formatter writes values with digits. The zero value writes like ICU's
// bn locale: Bengali digits, South Asian grouping from 1,000 on, "." for
// the decimal point and "-" for the minus sign: ১২,৩৪,৫৬৭.৫, -১,৫০০.
// Unlike ICU it never rounds: every digit of the value is written.
type Formatter struct {
	ASCII    bool     // ASCII digits 0..9 instead of Bengali ০..৯
	Grouping Grouping // digit grouping of the integer part
}

// Format writes v with Bengali digits and South Asian grouping, as ICU's
// bn locale does: 1234567 -> ১২,৩৪,৫৬৭.
func Format(v Value) string { return Formatter{}.Format(v) }

// Format returns v written by f.
func (f Formatter) Format(v Value) string {
	var buf [96]byte
	return string(f.Append(buf[:0], v))
}

// Append appends v written by f to dst.
func (f Formatter) Append(dst []byte, v Value) []byte {
	var buf [96]byte
	ip, frac := v.intAndFrac(buf[:0])
	if v.Sign() < 0 {
		dst = append(dst, '-')
	}
	n := len(ip)
	for j := range n {
		if j > 0 && f.groupBefore(n-j) {
			dst = append(dst, ',')
		}
		dst = f.appendDigit(dst, ip[j])
	}
	if len(frac) > 0 {
		dst = append(dst, '.')
		for _, c := range frac {
			dst = f.appendDigit(dst, c)
		}
	}
	return dst
}

// groupBefore reports whether a separator goes before the digit that has
// left digits from it to the end of the integer part (itself included).
func (f Formatter) groupBefore(left int) bool {
	switch f.Grouping {
	case Western:
		return left%3 == 0
	case SouthAsian:
		return left == 3 || left > 3 && (left-3)%2 == 0
	}
	return false
}

func (f Formatter) appendDigit(dst []byte, c byte) []byte {
	if f.ASCII {
		return append(dst, c)
	}
	return append(dst, 0xE0, 0xA7, 0xA6+c-'0')
}
