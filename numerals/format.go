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
// Unlike ICU it never rounds unless Round is set: every digit of the value
// is written.
type Formatter struct {
	ASCII    bool     // ASCII digits 0..9 instead of Bengali ০..৯
	Grouping Grouping // digit grouping of the integer part
	// Round writes at most three digits after the point, rounded half to
	// even, as ICU's default decimal format does (৩.১৪১৫৯ -> ৩.১৪২).
	Round bool
}

// icuMaxFraction is the most digits ICU's default decimal format writes
// after the point.
const icuMaxFraction = 3

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
	if f.Round && len(frac) > icuMaxFraction {
		ip, frac = roundHalfEven(ip, frac, icuMaxFraction)
	}
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

// roundHalfEven rounds the decimal digits ip.frac to n digits after the
// point, half to even, and drops the zeros that end the fraction. It may
// write into ip and frac, and returns ip with one more digit when the
// rounding carries out of it (999.9996 -> 1000).
func roundHalfEven(ip, frac []byte, n int) ([]byte, []byte) {
	rest := frac[n:]
	frac = frac[:n]
	up := false
	switch {
	case rest[0] > '5':
		up = true
	case rest[0] == '5':
		up = false
		for _, c := range rest[1:] {
			if c != '0' {
				up = true
				break
			}
		}
		if !up { // exactly half: to even
			last := byte('0')
			switch {
			case n > 0:
				last = frac[n-1]
			case len(ip) > 0:
				last = ip[len(ip)-1]
			}
			up = (last-'0')%2 == 1
		}
	}
	if up {
		carry := true
		for i := len(frac) - 1; i >= 0 && carry; i-- {
			if frac[i] == '9' {
				frac[i] = '0'
			} else {
				frac[i]++
				carry = false
			}
		}
		for i := len(ip) - 1; i >= 0 && carry; i-- {
			if ip[i] == '9' {
				ip[i] = '0'
			} else {
				ip[i]++
				carry = false
			}
		}
		if carry {
			ip = append([]byte{'1'}, ip...)
		}
	}
	for len(frac) > 0 && frac[len(frac)-1] == '0' {
		frac = frac[:len(frac)-1]
	}
	return ip, frac
}
