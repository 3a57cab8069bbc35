package transliterate

import (
	"unicode"
	"unicode/utf8"
)

// foldRune appends an ASCII stand-in for r, a non-ASCII rune outside the
// Bengali block, to dst: punctuation and spaces by their ASCII
// counterparts, Latin letters without their accents. Runes with no ASCII
// reading (other scripts, emoji, joiners) are dropped: the ascii and names
// schemes promise ASCII output.
func foldRune(dst []byte, r rune) []byte {
	switch r {
	case '\u0964': // ।
		return append(dst, '.')
	case '\u0965': // ॥
		return append(dst, '.', '.')
	case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u02BB', '\u00B4', '\u0060':
		return append(dst, '\'')
	case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB':
		return append(dst, '"')
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u00AD':
		if r == '\u00AD' {
			return dst
		}
		return append(dst, '-')
	case '\u2026':
		return append(dst, '.', '.', '.')
	case '\u00A0', '\u2028', '\u2029', '\u0085', '\u3000', '\u202F', '\u205F':
		return append(dst, ' ')
	case '\u2022', '\u00B7', '\u2023', '\u25CF':
		return append(dst, '*')
	case '\u00D7':
		return append(dst, 'x')
	case '\u00F7', '\u2044':
		return append(dst, '/')
	case '\u00A9':
		return append(dst, "(c)"...)
	case '\u00AE':
		return append(dst, "(r)"...)
	case '\u2122':
		return append(dst, "TM"...)
	case '\u00B0':
		return append(dst, "deg"...)
	case '\u20B9':
		return append(dst, "Rs"...)
	case '\u20AC':
		return append(dst, "EUR"...)
	case '\u00A3':
		return append(dst, "GBP"...)
	case '\u00A5':
		return append(dst, "JPY"...)
	case '\u00DF':
		return append(dst, "ss"...)
	case '\u00F8':
		return append(dst, 'o')
	case '\u00D8':
		return append(dst, 'O')
	case '\u00E6':
		return append(dst, "ae"...)
	case '\u00C6':
		return append(dst, "AE"...)
	case '\u0153':
		return append(dst, "oe"...)
	case '\u0152':
		return append(dst, "OE"...)
	case '\u0111', '\u00F0':
		return append(dst, 'd')
	case '\u0110', '\u00D0':
		return append(dst, 'D')
	case '\u0142':
		return append(dst, 'l')
	case '\u0141':
		return append(dst, 'L')
	case '\u00FE':
		return append(dst, "th"...)
	case '\u00DE':
		return append(dst, "Th"...)
	case '\u0131':
		return append(dst, 'i')
	}
	if d, ok := latinDecomp[r]; ok {
		b := byte(d[0])
		if unicode.IsUpper(r) {
			b -= 'a' - 'A'
		}
		return append(dst, b)
	}
	if unicode.IsSpace(r) {
		return append(dst, ' ')
	}
	if r >= 0xFF01 && r <= 0xFF5E { // fullwidth ASCII
		return append(dst, byte(r-0xFF01+'!'))
	}
	if unicode.Is(unicode.Pd, r) {
		return append(dst, '-')
	}
	return dst
}

// foldString appends the ASCII fold of s (any text) to dst, keeping ASCII
// and invalid bytes as they are.
func foldString(dst []byte, s []byte) []byte {
	for i := 0; i < len(s); {
		var n int
		dst, n = foldAt(dst, s[i:])
		i += n
	}
	return dst
}

// foldAt appends the ASCII fold of the character at the start of s to dst
// and returns the result and its length in s: ASCII and invalid bytes are
// kept, other runes go through foldRune.
func foldAt(dst []byte, s []byte) ([]byte, int) {
	c := s[0]
	if c < utf8.RuneSelf {
		return append(dst, c), 1
	}
	r, n := utf8.DecodeRune(s)
	if r == utf8.RuneError && n <= 1 {
		return append(dst, c), 1 // invalid UTF-8 passes through
	}
	return foldRune(dst, r), n
}
