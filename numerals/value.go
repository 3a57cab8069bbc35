package numerals

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
)

// Value is an exact decimal number: a coefficient of up to 19 significant
// digits times a power of ten. The zero value is 0. Values are comparable
// with ==, because they are kept in a canonical form (no trailing zeros in
// the coefficient), so 2.50 and 2.5 are the same Value.
//
// Arithmetic on values is exact; an operation whose result would need more
// than 19 significant digits fails instead of rounding.
type Value struct {
	coef uint64 // significant digits; 0 only for zero
	exp  int32  // power of ten
	neg  bool
}

// maxValueExp bounds the exponent so that String never prints absurd
// lengths (a googol of zeros) from a hostile phrase.
const maxValueExp = 60

// pow10Table holds 10^0..10^19.
var pow10Table = [20]uint64{
	1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
	10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000,
	1000000000000000, 10000000000000000, 100000000000000000, 1000000000000000000,
	10000000000000000000,
}

// IntValue returns the Value of n.
func IntValue(n int64) Value {
	if n < 0 {
		return makeValue(uint64(-(n+1))+1, 0, true)
	}
	return makeValue(uint64(n), 0, false)
}

// makeValue returns coef×10^exp, negated if neg, in canonical form.
func makeValue(coef uint64, exp int32, neg bool) Value {
	if coef == 0 {
		return Value{}
	}
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	return Value{coef: coef, exp: exp, neg: neg}
}

// ErrSyntax is returned by ParseDecimal for text that is not a decimal
// number.
var ErrSyntax = errors.New("numerals: not a decimal number")

// ErrRange is returned for numbers with more than 19 significant digits.
var ErrRange = errors.New("numerals: number has too many significant digits")

// ParseDecimal parses a plain decimal number: an optional sign (- or
// U+2212 minus, or +), ASCII or Bengali digits, optionally grouped with
// commas, and an optional fraction after a point: "-1500", "২.৫",
// "12,34,567.75". For number phrases with words, units and scale words
// use Parse.
func ParseDecimal(s string) (Value, error) {
	neg := false
	switch {
	case len(s) > 0 && (s[0] == '-' || s[0] == '+'):
		neg = s[0] == '-'
		s = s[1:]
	case len(s) >= 3 && s[:3] == "\u2212":
		neg = true
		s = s[3:]
	}
	d, n, err := readDigitNumber([]byte(s), 0, false)
	if err != nil {
		return Value{}, err
	}
	if n != len(s) {
		return Value{}, ErrSyntax
	}
	if neg {
		d = d.Neg()
	}
	return d, nil
}

// MustParseDecimal is like ParseDecimal but panics on error. It is meant
// for constants in tests and examples.
func MustParseDecimal(s string) Value {
	v, err := ParseDecimal(s)
	if err != nil {
		panic(err.Error() + ": " + strconv.Quote(s))
	}
	return v
}

// Neg returns -v.
func (v Value) Neg() Value {
	if v.coef == 0 {
		return v
	}
	v.neg = !v.neg
	return v
}

// Abs returns |v|.
func (v Value) Abs() Value {
	v.neg = false
	return v
}

// Sign returns -1, 0 or +1.
func (v Value) Sign() int {
	switch {
	case v.coef == 0:
		return 0
	case v.neg:
		return -1
	}
	return 1
}

// IsInt reports whether v is an integer.
func (v Value) IsInt() bool { return v.exp >= 0 || v.coef == 0 }

// Int64 returns v as an int64 when v is an integer that fits.
func (v Value) Int64() (int64, bool) {
	if v.coef == 0 {
		return 0, true
	}
	if v.exp < 0 || v.exp > 19 {
		return 0, false
	}
	hi, lo := bits.Mul64(v.coef, pow10Table[v.exp])
	if hi != 0 {
		return 0, false
	}
	if v.neg {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo-1) - 1, true
	}
	if lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

// Float64 returns the float64 nearest to v.
func (v Value) Float64() float64 {
	f, _ := strconv.ParseFloat(v.String(), 64)
	return f
}

// Cmp compares v and w and returns -1, 0 or +1.
func (v Value) Cmp(w Value) int {
	if v.Sign() != w.Sign() {
		if v.Sign() < w.Sign() {
			return -1
		}
		return 1
	}
	c := cmpAbs(v, w)
	if v.neg {
		return -c
	}
	return c
}

// cmpAbs compares |v| and |w|.
func cmpAbs(v, w Value) int {
	if v.coef == 0 || w.coef == 0 {
		switch {
		case v.coef == w.coef:
			return 0
		case v.coef == 0:
			return -1
		}
		return 1
	}
	// Compare magnitudes first: the number of digits before the point.
	mv := int64(v.exp) + int64(numDigits(v.coef))
	mw := int64(w.exp) + int64(numDigits(w.coef))
	if mv != mw {
		if mv < mw {
			return -1
		}
		return 1
	}
	// Same magnitude: align the coefficients on the same number of digits.
	a, b := v.coef, w.coef
	da, db := numDigits(a), numDigits(b)
	for da < db {
		a *= 10
		da++
	}
	for db < da {
		b *= 10
		db++
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// numDigits returns the number of decimal digits of c > 0.
func numDigits(c uint64) int {
	n := 1
	for n < 20 && c >= pow10Table[n] {
		n++
	}
	return n
}

// scaleCoef returns c×10^k, or false on overflow.
func scaleCoef(c uint64, k int32) (uint64, bool) {
	if k == 0 || c == 0 {
		return c, true
	}
	if k < 0 || k > 19 {
		return 0, false
	}
	hi, lo := bits.Mul64(c, pow10Table[k])
	return lo, hi == 0
}

// addValues returns v+w exactly, or false when the result needs more than
// 19 significant digits.
func addValues(v, w Value) (Value, bool) {
	if v.coef == 0 {
		return w, true
	}
	if w.coef == 0 {
		return v, true
	}
	e := min(v.exp, w.exp)
	a, ok1 := scaleCoef(v.coef, v.exp-e)
	b, ok2 := scaleCoef(w.coef, w.exp-e)
	if !ok1 || !ok2 {
		return Value{}, false
	}
	if v.neg == w.neg {
		s, carry := bits.Add64(a, b, 0)
		if carry != 0 {
			return Value{}, false
		}
		return makeValue(s, e, v.neg), true
	}
	if a >= b {
		return makeValue(a-b, e, v.neg), true
	}
	return makeValue(b-a, e, w.neg), true
}

// mulValues returns v×w exactly, or false on overflow.
func mulValues(v, w Value) (Value, bool) {
	if v.coef == 0 || w.coef == 0 {
		return Value{}, true
	}
	hi, lo := bits.Mul64(v.coef, w.coef)
	e := int64(v.exp) + int64(w.exp)
	if hi != 0 || e > maxValueExp || e < -maxValueExp {
		return Value{}, false
	}
	return makeValue(lo, int32(e), v.neg != w.neg), true
}

// shiftValue returns v×10^k.
func shiftValue(v Value, k int) (Value, bool) {
	if v.coef == 0 {
		return v, true
	}
	e := int64(v.exp) + int64(k)
	if e > maxValueExp || e < -maxValueExp {
		return Value{}, false
	}
	v.exp = int32(e)
	return v, true
}

// lessThanPow10 reports whether |v| < 10^k.
func lessThanPow10(v Value, k int) bool {
	if v.coef == 0 {
		return true
	}
	return int64(v.exp)+int64(numDigits(v.coef)) <= int64(k)
}

// String returns the shortest exact decimal form of v with ASCII digits:
// "150000", "2.5", "-1500", "0.25".
func (v Value) String() string {
	var buf [32]byte
	return string(v.appendDecimal(buf[:0]))
}

// appendDecimal appends the String form of v to dst.
func (v Value) appendDecimal(dst []byte) []byte {
	if v.coef == 0 {
		return append(dst, '0')
	}
	if v.neg {
		dst = append(dst, '-')
	}
	var digits [20]byte
	d := strconv.AppendUint(digits[:0], v.coef, 10)
	switch {
	case v.exp >= 0:
		dst = append(dst, d...)
		for range v.exp {
			dst = append(dst, '0')
		}
	case int(-v.exp) < len(d):
		p := len(d) + int(v.exp)
		dst = append(dst, d[:p]...)
		dst = append(dst, '.')
		dst = append(dst, d[p:]...)
	default:
		dst = append(dst, '0', '.')
		for range int(-v.exp) - len(d) {
			dst = append(dst, '0')
		}
		dst = append(dst, d...)
	}
	return dst
}

// intAndFrac returns the ASCII digits of the integer part of |v| (at least
// "0") and of its fraction (possibly empty).
func (v Value) intAndFrac(buf []byte) (intPart, frac []byte) {
	v.neg = false
	s := v.appendDecimal(buf[:0])
	for i, c := range s {
		if c == '.' {
			return s[:i], s[i+1:]
		}
	}
	return s, nil
}

// MarshalJSON implements json.Marshaler: v is a JSON number with the
// digits of String.
func (v Value) MarshalJSON() ([]byte, error) {
	return v.appendDecimal(nil), nil
}

// UnmarshalJSON implements json.Unmarshaler for JSON numbers (and strings
// holding one). Exponents are accepted when the result is exact.
func (v *Value) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		s = s[1 : len(s)-1]
	}
	exp := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'e' || s[i] == 'E' {
			e, err := strconv.Atoi(s[i+1:])
			if err != nil || e > maxValueExp || e < -maxValueExp {
				return ErrSyntax
			}
			exp, s = e, s[:i]
			break
		}
	}
	w, err := ParseDecimal(s)
	if err != nil {
		return err
	}
	w, ok := shiftValue(w, exp)
	if !ok {
		return ErrRange
	}
	*v = w
	return nil
}
