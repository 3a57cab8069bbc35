package bijoy

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// dictionaryWords returns the NFC words of the bn_BD Hunspell dictionary,
// or skips the test when it is not installed.
func dictionaryWords(t *testing.T) []string {
	f, err := os.Open("/usr/share/hunspell/bn_BD.dic")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		if w != "" && w[0] >= 0x80 {
			words = append(words, norm.NFC.String(w))
		}
	}
	return words
}

// TestRoundTripDictionary encodes every word of the bn_BD Hunspell
// dictionary, when it is installed, with toBijoy and converts it back.
func TestRoundTripDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	enc, good, shown := 0, 0, 0
	words := dictionaryWords(t)
	for _, w := range words {
		b, ok := toBijoy(w)
		if !ok {
			continue
		}
		enc++
		got := ToUnicode(b)
		// Word-final explicit hasanta: the dictionary writes ্ + ZWNJ, the
		// converter a bare ্ (nothing follows that it could join).
		if strings.ReplaceAll(got, "\u200c", "") == strings.ReplaceAll(w, "\u200c", "") {
			good++
		} else if shown < 20 {
			shown++
			t.Logf("%s -> %s -> %s", w, b, got)
		}
	}
	t.Logf("words %d, encodable %d, round trip %d (%.3f%%)", len(words), enc, good, 100*float64(good)/float64(enc))
	if float64(good) < 0.999*float64(enc) {
		t.Errorf("round trip below 99.9%%")
	}
}
