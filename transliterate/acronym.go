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

// parseLetters splits w into letter names; out receives the Latin
// letters. It returns the number of letters, the number of vowel letters
// and whether the whole word was covered.
func parseLetters(w []byte, out *[maxLetters]byte) (n, vowels int, ok bool) {
	// Depth-first, longest name first; words are short.
	var walk func(i, n, v int) (int, int, bool)
	walk = func(i, n, v int) (int, int, bool) {
		if i == len(w) {
			return n, v, n > 0
		}
		if n == maxLetters {
			return 0, 0, false
		}
		for _, ln := range letterNamesTab {
			if len(w)-i < len(ln.bn) || string(w[i:i+len(ln.bn)]) != ln.bn {
				continue
			}
			out[n] = ln.latin
			vv := v
			if ln.vowelL {
				vv++
			}
			if n2, v2, ok := walk(i+len(ln.bn), n+1, vv); ok {
				return n2, v2, true
			}
		}
		return 0, 0, false
	}
	return walk(0, 0, 0)
}

// letterNames returns the number of letter names w spells.
func letterNames(w []byte) (int, bool) {
	var out [maxLetters]byte
	n, _, ok := parseLetters(w, &out)
	return n, ok
}

// isAcronym reports whether w is an acronym spelled with letter names:
// two letters or more, not all vowels, and not a common word.
func isAcronym(w []byte) bool {
	var out [maxLetters]byte
	n, v, ok := parseLetters(w, &out)
	return ok && n >= 2 && v < n && !notAcronyms[string(w)]
}

// appendAcronym appends the capitals w spells.
func appendAcronym(dst, w []byte) []byte {
	var out [maxLetters]byte
	n, _, _ := parseLetters(w, &out)
	return append(dst, out[:n]...)
}
