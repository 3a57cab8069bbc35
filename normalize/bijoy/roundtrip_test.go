package bijoy

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestDevRoundTrip(t *testing.T) {
	f, err := os.Open("/usr/share/hunspell/bn_BD.dic")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	total, enc, good := 0, 0, 0
	shown := 0
	for sc.Scan() {
		w := sc.Text()
		if i := strings.IndexByte(w, '/'); i >= 0 {
			w = w[:i]
		}
		w = norm.NFC.String(w)
		total++
		b, ok := toBijoy(w)
		if !ok {
			continue
		}
		enc++
		got := ToUnicode(b)
		if strings.ReplaceAll(got, "\u200c", "") == strings.ReplaceAll(w, "\u200c", "") {
			good++
		} else if shown < 40 {
			shown++
			t.Logf("%s -> %s -> %s", w, b, got)
		}
	}
	t.Logf("total %d encodable %d roundtrip %d (%.2f%%)", total, enc, good, 100*float64(good)/float64(enc))
}
