package numerals

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/transform"
)

var digitCases = []struct {
	bengali, ascii string
}{
	{"", ""},
	{"১২ জুলাই ২০২৫", "12 জুলাই 2025"},
	{"০১২৩৪৫৬৭৮৯", "0123456789"},
	{"ছয় ৬,০০০ সেনা", "ছয় 6,000 সেনা"},
	{"মূল্য ৳১,২৩,৪৫৬.৭৫", "মূল্য ৳1,23,456.75"},
	{"ধন দ ন ম য", "ধন দ ন ম য"}, // consonants whose UTF-8 ends in A6..AF
	{"আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২", "আপডেটঃ 12 জুলাই, 2025 | 9:02"},
	{"৩৬.৫% বৃদ্ধি; ৭২ বিমান", "36.5% বৃদ্ধি; 72 বিমান"},
	{"no digits here", "no digits here"},
	{"১", "1"},
	{"১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০১২৩৪৫৬৭৮৯০", "123456789012345678901234567890"},
}

func TestDigitMappers(t *testing.T) {
	for _, tt := range digitCases {
		assert.Equal(t, tt.ascii, ToASCII.String(tt.bengali), tt.bengali)
		assert.Equal(t, tt.bengali, ToBengali.String(tt.ascii), tt.ascii)
		assert.Equal(t, tt.ascii, string(ToASCII.Bytes([]byte(tt.bengali))))
		assert.Equal(t, tt.bengali, string(ToBengali.Bytes([]byte(tt.ascii))))
		assert.Equal(t, tt.ascii, string(ToASCII.Append(nil, []byte(tt.bengali))))
		got, _, err := transform.String(ToASCII, tt.bengali)
		require.NoError(t, err)
		assert.Equal(t, tt.ascii, got)
		got, _, err = transform.String(ToBengali, tt.ascii)
		require.NoError(t, err)
		assert.Equal(t, tt.bengali, got)
	}
}

// TestDigitMappersKeepOtherBytes: only digits change; other scripts'
// digits, Bengali symbols and invalid UTF-8 stay.
func TestDigitMappersKeepOtherBytes(t *testing.T) {
	for _, s := range []string{
		"৳ ৴ ৵ ৶ ৷ ৸ ৹ ৺", "०१२ ٠١٢ ๑๒", "\xe0\xa7", "\xe0", "\xa7\xa6", "\xe1\xa7\xa6", "a\xffb", "১\xe0\xa7",
	} {
		want := strings.Map(func(r rune) rune {
			if r >= '০' && r <= '৯' {
				return '0' + r - '০'
			}
			return r
		}, s)
		if !strings.ContainsRune(s, '\uFFFD') && strings.ToValidUTF8(s, "") == s {
			assert.Equal(t, want, ToASCII.String(s), "%q", s)
		}
		assert.Equal(t, s, ToBengali.String(s), "%q", s)
	}
	assert.Equal(t, "1\xe0\xa7", ToASCII.String("১\xe0\xa7"))
	assert.Equal(t, "\xe1\xa7\xa6", ToASCII.String("\xe1\xa7\xa6"))
}

func TestDigitMapperStringDoesNotCopy(t *testing.T) {
	s := strings.Repeat("বাংলা ভাষা ", 100)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ToASCII.String(s) }))
	a := strings.Repeat("only ascii text ", 100)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = ToBengali.String(a) }))
	assert.Equal(t, unsafe.StringData(s), unsafe.StringData(ToASCII.String(s)), "String must return its argument")
}

// TestDigitMapperStreaming runs the mappers through transform.NewReader
// over one-byte reads and through tiny destination buffers.
func TestDigitMapperStreaming(t *testing.T) {
	var sb strings.Builder
	for _, tt := range digitCases {
		sb.WriteString(tt.bengali)
		sb.WriteString(" 12 ")
	}
	in := sb.String()
	for _, m := range []DigitMapper{ToASCII, ToBengali} {
		want := m.String(in)
		got, err := io.ReadAll(m.Reader(iotest.OneByteReader(strings.NewReader(in))))
		require.NoError(t, err)
		assert.Equal(t, want, string(got))
		assert.Equal(t, want, transformTiny(t, m, in, 3))
		var buf bytes.Buffer
		w := m.Writer(&buf)
		for i := 0; i < len(in); i += 5 {
			_, err := w.Write([]byte(in[i:min(i+5, len(in))]))
			require.NoError(t, err)
		}
		require.NoError(t, w.Close())
		assert.Equal(t, want, buf.String())
	}
}

// transformTiny runs t with destination buffers of size n and source
// chunks that grow one byte at a time, checking the transformer's
// contract along the way.
func transformTiny(tb testing.TB, t transform.Transformer, s string, n int) string {
	var out []byte
	src := []byte(s)
	dst := make([]byte, n)
	end := 0
	for {
		if end < len(src) {
			end++
		}
		atEOF := end == len(src)
		nDst, nSrc, err := t.Transform(dst, src[:end], atEOF)
		out = append(out, dst[:nDst]...)
		src = src[nSrc:]
		end -= nSrc
		switch err {
		case nil:
			if atEOF && len(src) == 0 {
				return string(out)
			}
		case transform.ErrShortDst, transform.ErrShortSrc:
			if err == transform.ErrShortSrc && atEOF {
				tb.Fatalf("ErrShortSrc at EOF")
			}
		default:
			tb.Fatalf("unexpected error %v", err)
		}
	}
}

func TestDigitSpan(t *testing.T) {
	n, err := ToASCII.Span([]byte("আজ ১২"), true)
	assert.Equal(t, len("আজ "), n)
	assert.Equal(t, transform.ErrEndOfSpan, err)
	n, err = ToASCII.Span([]byte("আজ \xe0\xa7"), false)
	assert.Equal(t, len("আজ "), n)
	assert.Equal(t, transform.ErrShortSrc, err)
	n, err = ToASCII.Span([]byte("আজ \xe0\xa7"), true)
	assert.Equal(t, len("আজ \xe0\xa7"), n)
	assert.NoError(t, err)
	n, err = ToBengali.Span([]byte("ab 3"), true)
	assert.Equal(t, 3, n)
	assert.Equal(t, transform.ErrEndOfSpan, err)
}

// TestDigitRoundTrip: ToASCII(ToBengali(s)) == s for text whose digits are
// ASCII, and the SWAR search agrees with a byte loop at every alignment.
func TestDigitRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"0", "7", "9", "৫", "ক", "ধ", "ন", "য়", " ", ",", ".", "a", "\xe0", "\xa7", "\xa6", "বাংলা", "২০২৫"}
	for range 3000 {
		var sb strings.Builder
		for range r.IntN(40) {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		asciiOnly := ToASCII.String(s)
		assert.Equal(t, asciiOnly, ToASCII.String(ToBengali.String(asciiOnly)), "%q", s)
		assert.Equal(t, naiveIndexBengaliDigit([]byte(s)), indexBengaliDigit([]byte(s)), "%q", s)
		assert.Equal(t, strings.IndexAny(s, "0123456789"), indexASCIIDigit([]byte(s)), "%q", s)
	}
}

func naiveIndexBengaliDigit(b []byte) int {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == 0xE0 && b[i+1] == 0xA7 && b[i+2] >= 0xA6 && b[i+2] <= 0xAF {
			return i
		}
	}
	return -1
}
