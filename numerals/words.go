package numerals

import "strconv"

// Hundred is how Words writes hundreds.
type Hundred uint8

// The hundreds styles.
const (
	HundredShoto Hundred = iota // এক শত, দুই শত: the Bangladesh formal style (default)
	HundredSho                  // একশো, দুশো: common spoken and written style
	HundredSha                  // একশ, দুইশ
)

// Style selects the words that Words writes. The zero value is the
// Bangladesh formal style: ১২৩৪ -> এক হাজার দুই শত চৌত্রিশ, ১০০ -> এক শত,
// with লাখ and কোটি, বিশ for 20 and শূন্য for 0.
type Style struct {
	Hundred Hundred // শত (default), শো or শ
	Lokkho  bool    // লক্ষ instead of লাখ for 100,000
	Kuri    bool    // কুড়ি instead of বিশ for 20 (West Bengal)
}

// hundredsSho and hundredsSha are the joined hundreds 100..900.
var (
	hundredsSho = [10]string{"", "একশো", "দুশো", "তিনশো", "চারশো", "পাঁচশো", "ছয়শো", "সাতশো", "আটশো", "নয়শো"}
	hundredsSha = [10]string{"", "একশ", "দুইশ", "তিনশ", "চারশ", "পাঁচশ", "ছয়শ", "সাতশ", "আটশ", "নয়শ"}
)

// Words returns v in Bengali words, in the Bangladesh formal style:
// 1234 -> এক হাজার দুই শত চৌত্রিশ, 150000 -> এক লাখ পঞ্চাশ হাজার,
// 3.25 -> তিন দশমিক দুই পাঁচ, -5 -> ঋণাত্মক পাঁচ. Numbers from a crore
// up repeat the scale: 10^12 -> এক লাখ কোটি. The output is NFC.
func Words(v Value) string { return Style{}.Words(v) }

// Words returns v in Bengali words in style s.
func (s Style) Words(v Value) string {
	var buf [256]byte
	return string(s.AppendWords(buf[:0], v))
}

// AppendWords appends v in Bengali words in style s to dst.
func (s Style) AppendWords(dst []byte, v Value) []byte {
	var buf [96]byte
	ip, frac := v.intAndFrac(buf[:0])
	b := &wordsBuf{dst: dst, start: len(dst)}
	if v.Sign() < 0 {
		b.word("ঋণাত্মক")
	}
	s.appendInt(b, string(ip))
	if len(frac) > 0 {
		b.word("দশমিক")
		for _, c := range frac {
			b.word(cardinalSpellings[c-'0'][0])
		}
	}
	return b.dst
}

// wordsBuf collects words separated by spaces after the position start.
type wordsBuf struct {
	dst   []byte
	start int
}

// word appends a space (unless it is the first word) and w in NFC.
func (b *wordsBuf) word(w string) {
	if len(b.dst) > b.start {
		b.dst = append(b.dst, ' ')
	}
	b.dst = appendCanon(b.dst, []byte(w))
}

// appendInt appends the words of the integer with ASCII digits d.
func (s Style) appendInt(b *wordsBuf, d string) {
	for len(d) > 1 && d[0] == '0' {
		d = d[1:]
	}
	if d == "0" || d == "" {
		b.word(cardinalSpellings[0][0])
		return
	}
	if len(d) > 7 {
		s.appendInt(b, d[:len(d)-7])
		b.word("কোটি")
		d = d[len(d)-7:]
		if allZeros(d) {
			return
		}
	}
	n, _ := strconv.Atoi(d)
	if l := n / 100000; l > 0 {
		s.appendBelow100(b, l)
		if s.Lokkho {
			b.word("লক্ষ")
		} else {
			b.word("লাখ")
		}
	}
	if t := n / 1000 % 100; t > 0 {
		s.appendBelow100(b, t)
		b.word("হাজার")
	}
	if h := n / 100 % 10; h > 0 {
		switch s.Hundred {
		case HundredSho:
			b.word(hundredsSho[h])
		case HundredSha:
			b.word(hundredsSha[h])
		default:
			b.word(cardinalSpellings[h][0])
			b.word("শত")
		}
	}
	if r := n % 100; r > 0 {
		s.appendBelow100(b, r)
	}
}

func (s Style) appendBelow100(b *wordsBuf, n int) {
	if n == 20 && s.Kuri {
		b.word("কুড়ি")
		return
	}
	b.word(cardinalSpellings[n][0])
}

func allZeros(d string) bool {
	for i := 0; i < len(d); i++ {
		if d[i] != '0' {
			return false
		}
	}
	return true
}

// Ordinal returns the ordinal of n written with Bengali digits and the
// ordinal suffix: ১ম ২য় ৩য় ৪র্থ ৫ম ৬ষ্ঠ ৭ম ৮ম ৯ম ১০ম, then -তম (১১তম,
// ২১তম, ১০০তম).
func Ordinal(n int64) string {
	dst := Formatter{Grouping: NoGrouping}.Append(nil, IntValue(n))
	return string(appendCanon(dst, []byte(ordinalSuffix(n))))
}

// ordinalSuffix returns the suffix of the digit ordinal of n.
func ordinalSuffix(n int64) string {
	switch n {
	case 1, 5, 7, 8, 9, 10:
		return "ম"
	case 2, 3:
		return "য়"
	case 4:
		return "র্থ"
	case 6:
		return "ষ্ঠ"
	}
	return "তম"
}

// OrdinalWords returns the ordinal of n in words: প্রথম দ্বিতীয় তৃতীয় ...
// বিংশ for 1..20 (the Sanskrit forms), then the cardinal with -তম:
// একুশতম, দুই শততম; 100 alone is শততম. Zero and negative numbers get -তম
// too.
func OrdinalWords(n int64) string { return Style{}.OrdinalWords(n) }

// OrdinalWords is OrdinalWords in style s.
func (s Style) OrdinalWords(n int64) string {
	if n >= 1 && n < int64(len(ordinalSpellings)) {
		return canonString(ordinalSpellings[n][0])
	}
	if n == 100 && s.Hundred == HundredShoto {
		return "শততম" // not এক শততম: the hundred alone, as in শততম টেস্ট
	}
	dst := s.AppendWords(nil, IntValue(n))
	return string(appendCanon(dst, []byte("তম")))
}
