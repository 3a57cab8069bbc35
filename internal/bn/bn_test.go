package bn

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

func TestClassesAgreeWithUnicode(t *testing.T) {
	for r := First; r <= Last; r++ {
		c := ClassOf(r)
		if !unicode.Is(unicode.Bengali, r) {
			assert.Equal(t, Unassigned, c, "%U", r)
			continue
		}
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r):
			assert.True(t, IsMark(r), "%U is a mark", r)
		case unicode.IsDigit(r):
			assert.Equal(t, Digit, c, "%U", r)
		case unicode.IsLetter(r):
			assert.Contains(t, []Class{Consonant, KhandaTaClass, IndependentVowel, Symbol}, c, "%U", r)
		}
		var buf [4]byte
		p := norm.NFC.Properties(buf[:utf8.EncodeRune(buf[:], r)])
		assert.Equal(t, p.CCC(), CCC(r), "ccc of %U", r)
	}
	assert.Equal(t, Unassigned, ClassOf('a'))
	assert.True(t, IsConsonant('ক') && IsConsonant(Yya) && !IsConsonant(KhandaTa))
	assert.True(t, IsPreBase(SignE) && IsPreBase(SignI) && !IsPreBase(SignAA))
	assert.Equal(t, 7, DigitValue('৭'))
	assert.Equal(t, -1, DigitValue('7'))
}

func TestIndexEncode(t *testing.T) {
	for r := First; r <= Last; r++ {
		b := []byte(string(r))
		i, ok := Index(b[1], b[2])
		assert.True(t, ok)
		assert.Equal(t, int(r-First), i)
		assert.Equal(t, b, Encode(nil, i))
		assert.Equal(t, ClassOf(r), ClassAt(i))
	}
	_, ok := Index(0xA5, 0x80)
	assert.False(t, ok)
	_, ok = Index(0xA6, 0x41)
	assert.False(t, ok)
}
