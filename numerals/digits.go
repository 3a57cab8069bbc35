package numerals

import (
	"encoding/binary"
	"io"
	"math/bits"
	"unsafe"

	"golang.org/x/text/transform"
)

// DigitMapper maps decimal digits between the Bengali script (০..৯,
// U+09E6..U+09EF) and ASCII (0..9). It changes nothing else: every other
// byte, including invalid UTF-8, is copied as it is.
//
// A DigitMapper is a stateless transform.SpanningTransformer, so the
// package values ToASCII and ToBengali are safe for concurrent use and can
// be chained with transform.Chain or streamed with transform.NewReader.
// It never allocates when nothing changes, and its String method returns
// its argument in that case.
type DigitMapper struct {
	toBengali bool
}

// ToASCII maps Bengali digits to ASCII digits: "১২ জুলাই ২০২৫" becomes
// "12 জুলাই 2025".
var ToASCII = DigitMapper{}

// ToBengali maps ASCII digits to Bengali digits: "6000" becomes "৬০০০".
var ToBengali = DigitMapper{toBengali: true}

// Reset implements transform.Transformer. A DigitMapper has no state.
func (DigitMapper) Reset() {}

// Span implements transform.SpanningTransformer: it returns the length of
// the prefix of src that the mapper leaves unchanged.
func (m DigitMapper) Span(src []byte, atEOF bool) (n int, err error) {
	if m.toBengali {
		if j := indexASCIIDigit(src); j >= 0 {
			return j, transform.ErrEndOfSpan
		}
		return len(src), nil
	}
	if j := indexBengaliDigit(src); j >= 0 {
		return j, transform.ErrEndOfSpan
	}
	if !atEOF {
		if t := partialDigitTail(src); t > 0 {
			return len(src) - t, transform.ErrShortSrc
		}
	}
	return len(src), nil
}

// Transform implements transform.Transformer.
func (m DigitMapper) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if m.toBengali {
		return transformToBengali(dst, src)
	}
	return transformToASCII(dst, src, atEOF)
}

func transformToASCII(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for {
		j := indexBengaliDigit(src[nSrc:])
		run := j
		if j < 0 {
			run = len(src) - nSrc
			if !atEOF {
				run -= partialDigitTail(src[nSrc:])
			}
		}
		if run > 0 {
			c := copy(dst[nDst:], src[nSrc:nSrc+run])
			nDst += c
			nSrc += c
			if c < run {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		if j < 0 {
			if nSrc < len(src) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			return nDst, nSrc, nil
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = '0' + src[nSrc+2] - 0xA6
		nDst++
		nSrc += 3
	}
}

func transformToBengali(dst, src []byte) (nDst, nSrc int, err error) {
	for {
		j := indexASCIIDigit(src[nSrc:])
		run := j
		if j < 0 {
			run = len(src) - nSrc
		}
		if run > 0 {
			c := copy(dst[nDst:], src[nSrc:nSrc+run])
			nDst += c
			nSrc += c
			if c < run {
				return nDst, nSrc, transform.ErrShortDst
			}
		}
		if j < 0 {
			return nDst, nSrc, nil
		}
		if len(dst)-nDst < 3 {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst], dst[nDst+1], dst[nDst+2] = 0xE0, 0xA7, 0xA6+src[nSrc]-'0'
		nDst += 3
		nSrc++
	}
}

// String returns s with its digits mapped. It returns s itself, without
// copying, when s has no digit to map.
func (m DigitMapper) String(s string) string {
	b := unsafe.Slice(unsafe.StringData(s), len(s))
	n, _ := m.Span(b, true)
	if n == len(s) {
		return s
	}
	out := m.Append(make([]byte, 0, m.grow(len(s))), b)
	return unsafe.String(unsafe.SliceData(out), len(out))
}

// Bytes returns a new slice holding b with its digits mapped.
func (m DigitMapper) Bytes(b []byte) []byte {
	return m.Append(make([]byte, 0, m.grow(len(b))), b)
}

// grow returns a capacity for the output of an n-byte input.
func (m DigitMapper) grow(n int) int {
	if m.toBengali {
		return n + n/2 + 16
	}
	return n
}

// Append appends src with its digits mapped to dst and returns the
// extended slice.
func (m DigitMapper) Append(dst, src []byte) []byte {
	for {
		var j int
		if m.toBengali {
			j = indexASCIIDigit(src)
		} else {
			j = indexBengaliDigit(src)
		}
		if j < 0 {
			return append(dst, src...)
		}
		dst = append(dst, src[:j]...)
		if m.toBengali {
			dst = append(dst, 0xE0, 0xA7, 0xA6+src[j]-'0')
			src = src[j+1:]
		} else {
			dst = append(dst, '0'+src[j+2]-0xA6)
			src = src[j+3:]
		}
	}
}

// Reader returns a reader that maps the digits of r.
func (m DigitMapper) Reader(r io.Reader) io.Reader { return transform.NewReader(r, m) }

// Writer returns a writer that maps digits and writes them to w. Close it
// to flush the last bytes.
func (m DigitMapper) Writer(w io.Writer) io.WriteCloser { return transform.NewWriter(w, m) }

// partialDigitTail returns 1 or 2 when b ends with the first bytes (E0 or
// E0 A7) of what may be a Bengali digit, else 0.
func partialDigitTail(b []byte) int {
	n := len(b)
	switch {
	case n >= 1 && b[n-1] == 0xE0:
		return 1
	case n >= 2 && b[n-2] == 0xE0 && b[n-1] == 0xA7:
		return 2
	}
	return 0
}

// SWAR constants: a byte repeated in every lane of a uint64.
const (
	lanes01 = 0x0101010101010101
	lanes80 = 0x8080808080808080
	lanes7F = 0x7F7F7F7F7F7F7F7F
	lanes0F = 0x0F0F0F0F0F0F0F0F
	lanesF0 = 0xF0F0F0F0F0F0F0F0
)

// zeroLanes returns a word with bit 7 set in exactly the bytes of x that
// are zero.
func zeroLanes(x uint64) uint64 {
	return ^(((x & lanes7F) + lanes7F) | x) & lanes80
}

// indexBengaliDigit returns the index of the first complete Bengali digit
// (E0 A7 A6..AF) in b, or -1.
func indexBengaliDigit(b []byte) int {
	i := 0
	// Sixteen positions at a time. Lane k of w1 and w2 holds b[i+k+1] and
	// b[i+k+2]; a lane is a candidate when they are A7 and Ax. Candidates
	// other than digits (E0 A7 A0..A5, the rare ৠ ৡ ৢ ৣ) are rejected
	// one by one.
	for ; i+18 <= len(b); i += 16 {
		w1 := binary.LittleEndian.Uint64(b[i+1 : i+9])
		w2 := binary.LittleEndian.Uint64(b[i+2 : i+10])
		w3 := binary.LittleEndian.Uint64(b[i+9 : i+17])
		w4 := binary.LittleEndian.Uint64(b[i+10 : i+18])
		m1 := zeroLanes((w1 ^ (0xA7 * lanes01)) | ((w2 & lanesF0) ^ (0xA0 * lanes01)))
		m2 := zeroLanes((w3 ^ (0xA7 * lanes01)) | ((w4 & lanesF0) ^ (0xA0 * lanes01)))
		if m1|m2 == 0 {
			continue
		}
		for m := m1; m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8; b[k] == 0xE0 && b[k+2]-0xA6 <= 9 {
				return k
			}
		}
		for m := m2; m != 0; m &= m - 1 {
			if k := i + 8 + bits.TrailingZeros64(m)/8; b[k] == 0xE0 && b[k+2]-0xA6 <= 9 {
				return k
			}
		}
	}
	for ; i+2 < len(b); i++ {
		if b[i] == 0xE0 && b[i+1] == 0xA7 && b[i+2]-0xA6 <= 9 {
			return i
		}
	}
	return -1
}

// indexASCIIDigit returns the index of the first ASCII digit in b, or -1.
func indexASCIIDigit(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		// 30..39: high nibble 3 and low nibble <= 9.
		m := zeroLanes((w&lanesF0)^(0x30*lanes01)) & ^(((w & lanes0F) + 0x06*lanes01) << 3) & lanes80
		if m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i]-'0' <= 9 {
			return i
		}
	}
	return -1
}
