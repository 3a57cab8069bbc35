package transliterate

import (
	"sort"

	"github.com/bntext/bntext/normalize"
)

// Acronyms written out with the Bengali names of Latin letters (বিএনপি
// BNP, আইএমএফ IMF) come back as capitals.

type letterName struct {
	bn     string
	latin  byte
	vowelL bool // A E I O U
}

var letterNamesTab = func() []letterName {
	pairs := []struct {
		bn string
		l  byte
	}{
		{"এ", 'A'}, {"বি", 'B'}, {"সি", 'C'}, {"ডি", 'D'}, {"ই", 'E'}, {"এফ", 'F'},
		{"জি", 'G'}, {"এইচ", 'H'}, {"এইছ", 'H'}, {"আই", 'I'}, {"জে", 'J'}, {"কে", 'K'},
		{"এল", 'L'}, {"এম", 'M'}, {"এন", 'N'}, {"ও", 'O'}, {"পি", 'P'}, {"কিউ", 'Q'},
		{"আর", 'R'}, {"এস", 'S'}, {"টি", 'T'}, {"ইউ", 'U'}, {"ভি", 'V'},
		{"ডব্লিউ", 'W'}, {"ডাব্লিউ", 'W'}, {"ডব্লু", 'W'}, {"ডাবলিউ", 'W'}, {"ডাবলু", 'W'},
		{"ডাব্লু", 'W'}, {"এক্স", 'X'}, {"ওয়াই", 'Y'}, {"জেড", 'Z'}, {"জেট", 'Z'},
	}
	t := make([]letterName, 0, len(pairs))
	for _, p := range pairs {
		v := p.l == 'A' || p.l == 'E' || p.l == 'I' || p.l == 'O' || p.l == 'U'
		t = append(t, letterName{normalize.String(p.bn), p.l, v})
	}
	sort.Slice(t, func(i, j int) bool { return len(t[i].bn) > len(t[j].bn) })
	return t
}()

// letterRunes marks the Bengali code points letter names are made of.
var letterRunes = func() (t [128]bool) {
	for _, ln := range letterNamesTab {
		b := []byte(ln.bn)
		for i := 0; i+2 < len(b); i += 3 {
			if x, ok := bnIndex(b, i); ok {
				t[x] = true
			}
		}
	}
	return
}()

// maybeLetters reports whether every rune of w can be part of a letter
// name: a quick test that rejects almost every word.
func maybeLetters(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i += 3 {
		x, ok := bnIndex(w, i)
		if !ok || !letterRunes[x] {
			return false
		}
	}
	return true
}

// notAcronyms are common words that happen to spell letter names.
var notAcronyms = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"আরও", "এটি", "টিকে", "বিবি", "সিটি", "এই", "ওই", "আরই", "এও", "ইএ", "কেও", "সিসি"} {
		m[normalize.String(w)] = true
	}
	return m
}()

// maxLetters bounds the acronyms recognized.
const maxLetters = 12

// namesByFirst lists the letter names by the block index of their first
// rune, longest first.
var namesByFirst = func() (t [128][]letterName) {
	for _, ln := range letterNamesTab {
		if x, ok := bnIndex([]byte(ln.bn), 0); ok {
			t[x] = append(t[x], ln)
		}
	}
	return
}()

// parseLetters splits w into letter names; out receives the Latin
// letters. It returns the number of letters, the number of vowel letters
// and whether the whole word was covered.
func parseLetters(w []byte, out *[maxLetters]byte) (n, vowels int, ok bool) {
	const maxBytes = maxLetters * 18
	if !maybeLetters(w) || len(w) > maxBytes {
		return 0, 0, false
	}
	// Dynamic programming over byte offsets (multiples of 3): from[i] is
	// the letter name that reaches i + 1, or nil.
	var from [maxBytes/3 + 1]*letterName
	var reach [maxBytes/3 + 1]bool
	reach[0] = true
	for i := 0; i < len(w); i += 3 {
		if !reach[i/3] {
			continue
		}
		x, _ := bnIndex(w, i)
		for k := range namesByFirst[x] {
			ln := &namesByFirst[x][k]
			j := i + len(ln.bn)
			if j > len(w) || reach[j/3] || string(w[i:j]) != ln.bn {
				continue
			}
			reach[j/3] = true
			from[j/3] = ln
		}
	}
	if !reach[len(w)/3] {
		return 0, 0, false
	}
	// Walk back, then reverse.
	var rev [maxLetters]byte
	for i := len(w); i > 0; {
		ln := from[i/3]
		if n == maxLetters {
			return 0, 0, false
		}
		rev[n] = ln.latin
		n++
		if ln.vowelL {
			vowels++
		}
		i -= len(ln.bn)
	}
	for k := 0; k < n; k++ {
		out[k] = rev[n-1-k]
	}
	return n, vowels, true
}
