package numerals

import "math/bits"

// digitAt returns the value of the ASCII or Bengali digit at text[p] and its
// length in bytes, or -1, 0.
func digitAt(text []byte, p int) (d, size int) {
	if p >= len(text) {
		return -1, 0
	}
	c := text[p]
	if c-'0' <= 9 {
		return int(c - '0'), 1
	}
	if c == 0xE0 && p+2 < len(text) && text[p+1] == 0xA7 && text[p+2]-0xA6 <= 9 {
		return int(text[p+2] - 0xA6), 3
	}
	return -1, 0
}

// isDigitAt reports whether an ASCII or Bengali digit starts at text[p].
func isDigitAt(text []byte, p int) bool {
	d, _ := digitAt(text, p)
	return d >= 0
}

// digitAccumulator builds a coefficient from decimal digits.
type digitAccumulator struct {
	coef     uint64
	sig      int  // significant digits taken (after leading zeros)
	overflow bool // more than fits in a uint64
}

func (a *digitAccumulator) add(d int) {
	if a.sig == 0 && d == 0 {
		return
	}
	hi, lo := bits.Mul64(a.coef, 10)
	lo, carry := bits.Add64(lo, uint64(d), 0)
	if hi != 0 || carry != 0 {
		a.overflow = true
	}
	a.coef = lo
	a.sig++
}

// readDigitNumber reads a number written in digits at text[i:]: ASCII,
// Bengali or mixed digits, optionally grouped with commas in the South
// Asian (12,34,567) or Western (1,234,567) way, with an optional decimal
// fraction. It returns the value and the length read.
//
// It fails with ErrSyntax when no digit starts at i, and with ErrRange for
// more than 19 significant digits. When phoneCheck is set it also rejects
// what is not a quantity: a run of four or more digits with a leading zero
// (phone numbers, codes), and dotted runs such as 12.07.2025 or 1.2.3. On
// failure n is the length of the run of digits and separators to skip.
func readDigitNumber(text []byte, i int, phoneCheck bool) (v Value, n int, err error) {
	p := i
	var groups [16]int // digit counts of the comma groups
	ng := 0
	firstZero := false
	intDigits := 0
	for {
		start := p
		for {
			d, size := digitAt(text, p)
			if d < 0 {
				break
			}
			if p == i && d == 0 {
				firstZero = true
			}
			p += size
			intDigits++
		}
		if ng < len(groups) {
			groups[ng] = countDigits(text[start:p])
		}
		ng++
		// Another group only while the grouping can still be valid: groups
		// after the first have two or three digits, and there are at most
		// a dozen of them. This keeps the work linear on runs like 1,1,1,...
		if ng > 1 && (groups[ng-1] < 2 || groups[ng-1] > 3) || ng >= 12 {
			ng = 99 // invalid
			break
		}
		if p+1 < len(text) && text[p] == ',' && isDigitAt(text, p+1) {
			p++
			continue
		}
		break
	}
	if intDigits == 0 {
		return Value{}, 0, ErrSyntax
	}
	end := p
	if ng > 1 && !validGrouping(groups[:min(ng, len(groups))], ng) {
		// Not a grouped number (a list such as 1,2,3): only the first group.
		ng = 1
		end = i
		for {
			d, size := digitAt(text, end)
			if d < 0 {
				break
			}
			end += size
		}
		intDigits = groups[0]
	}
	if phoneCheck && ng == 1 && (firstZero && intDigits >= 4 || hyphenatedCode(text, end, intDigits)) {
		return Value{}, skipPhone(text, i), ErrSyntax
	}
	var acc digitAccumulator
	fracDigits := 0
	q := i
	for q < end {
		d, size := digitAt(text, q)
		if d >= 0 {
			acc.add(d)
		}
		q += size
		if d < 0 {
			q++ // a comma
		}
	}
	if ng == 1 || end == p {
		if end+1 < len(text) && text[end] == '.' && isDigitAt(text, end+1) {
			q := end + 1
			for {
				d, size := digitAt(text, q)
				if d < 0 {
					break
				}
				acc.add(d)
				fracDigits++
				q += size
			}
			if phoneCheck && q+1 < len(text) && text[q] == '.' && isDigitAt(text, q+1) {
				return Value{}, skipDigitRun(text, i), ErrSyntax
			}
			end = q
		}
	}
	if acc.overflow || acc.sig > 19 {
		return Value{}, skipDigitRun(text, i), ErrRange
	}
	return makeValue(acc.coef, int32(-fracDigits), false), end - i, nil
}

// countDigits counts the digits in b, which holds only digits.
func countDigits(b []byte) int {
	n := 0
	for _, c := range b {
		if c < 0x80 || c == 0xE0 {
			n++
		}
	}
	return n
}

// validGrouping reports whether the digit counts of comma groups form a
// South Asian grouping (1-2 digits, then 2s, then 3: 12,34,567) or a
// Western one (1-3 digits, then 3s: 1,234,567).
func validGrouping(groups []int, n int) bool {
	if n > len(groups) {
		return false
	}
	last := groups[n-1]
	if last != 3 || groups[0] < 1 || groups[0] > 3 {
		return false
	}
	western := true
	for _, g := range groups[1:] {
		if g != 3 {
			western = false
		}
	}
	if western {
		return true
	}
	if groups[0] > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if g != 2 {
			return false
		}
	}
	return true
}

// hyphenatedCode reports whether the digits before text[end] (n of them)
// and the digit run after a hyphen there make nine digits or more: a phone
// number or an account number such as ১৭১১-১২৩৪৫৬, not a range like
// ২০২০-২০২১.
func hyphenatedCode(text []byte, end, n int) bool {
	if end+1 >= len(text) || text[end] != '-' || !isDigitAt(text, end+1) {
		return false
	}
	p := end + 1
	for {
		d, size := digitAt(text, p)
		if d < 0 {
			break
		}
		p += size
		n++
	}
	return n >= 9
}

// skipPhone returns the length of the phone number or code at text[i:]:
// its digit run and the groups of digits that follow it after single
// spaces (০১৭১১ ১২৩ ৪৫৬).
func skipPhone(text []byte, i int) int {
	p := i + skipDigitRun(text, i)
	for p+1 < len(text) && text[p] == ' ' && isDigitAt(text, p+1) {
		p++
		p += skipDigitRun(text, p)
	}
	return p - i
}

// digitCount counts the ASCII and Bengali digits in b.
func digitCount(b []byte) int {
	n := 0
	for p := 0; p < len(b); {
		if d, size := digitAt(b, p); d >= 0 {
			n++
			p += size
		} else {
			p++
		}
	}
	return n
}

// skipDigitRun returns the length of the run of digits at text[i:],
// including single separators (- . , / :) between digits: the token a
// caller should skip when it is not a number.
func skipDigitRun(text []byte, i int) int {
	p := i
	for {
		d, size := digitAt(text, p)
		if d >= 0 {
			p += size
			continue
		}
		if p > i && p+1 < len(text) && isDigitAt(text, p+1) {
			switch text[p] {
			case '-', '.', ',', '/', ':':
				p++
				continue
			}
		}
		return p - i
	}
}
