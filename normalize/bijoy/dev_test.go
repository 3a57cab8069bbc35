package bijoy

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func devWords(t *testing.T) []string {
	f, err := os.Open("/usr/share/hunspell/bn_BD.dic")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan()
	var out []string
	for sc.Scan() {
		w := sc.Text()
		if i := strings.IndexByte(w, '/'); i >= 0 {
			w = w[:i]
		}
		if strings.ContainsRune(w, '\u200c') {
			continue
		}
		b, ok := toBijoy(norm.NFC.String(w))
		if ok {
			out = append(out, b)
		}
	}
	return out
}

func devEnglish(t *testing.T) (lines []string) {
	root := filepath.Join(runtime.GOROOT(), "src")
	n := 0
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".go") || strings.Contains(p, "testdata") {
			return nil
		}
		n++
		if n%7 != 0 {
			return nil
		}
		b, _ := os.ReadFile(p)
		for _, l := range strings.Split(string(b), "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		return nil
	})
	return lines
}

func TestDevDetect(t *testing.T) {
	if os.Getenv("BIJOY_DEV") == "" {
		t.Skip("set BIJOY_DEV=1")
	}
	words := devWords(t)
	cnt := map[uint8]int{}
	var weak []string
	for _, w := range words {
		c, s := classify([]byte(w))
		cnt[c]++
		if c != tokBijoy && len(weak) < 3000 {
			weak = append(weak, w+" "+string(rune('0'+c))+" "+itoa(s))
		}
	}
	t.Logf("bijoy words %d: bijoy %d weak %d other %d neutral %d", len(words), cnt[tokBijoy], cnt[tokWeak], cnt[tokOther], cnt[tokNeutral])
	os.WriteFile("/tmp/bijoy_miss.txt", []byte(strings.Join(weak, "\n")), 0o644)
	lines := devEnglish(t)
	tokCnt := map[uint8]int{}
	fp := map[string]int{}
	changed := 0
	var bad []string
	for _, l := range lines {
		for _, w := range strings.Fields(l) {
			c, _ := classify([]byte(w))
			tokCnt[c]++
			if c == tokBijoy {
				fp[w]++
			}
		}
		if out := String(Auto, l); out != l {
			changed++
			if len(bad) < 2000 {
				bad = append(bad, l+"\n  => "+out)
			}
		}
	}
	t.Logf("english lines %d changed %d; tokens: bijoy %d weak %d other %d neutral %d", len(lines), changed, tokCnt[tokBijoy], tokCnt[tokWeak], tokCnt[tokOther], tokCnt[tokNeutral])
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range fp {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	var sb strings.Builder
	for _, x := range kvs {
		sb.WriteString(itoa(x.v) + " " + x.k + "\n")
	}
	os.WriteFile("/tmp/bijoy_fp.txt", []byte(sb.String()), 0o644)
	os.WriteFile("/tmp/bijoy_badlines.txt", []byte(strings.Join(bad, "\n")), 0o644)
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestDevExport(t *testing.T) {
	if os.Getenv("BIJOY_DEV") == "" {
		t.Skip("set BIJOY_DEV=1")
	}
	words := devWords(t)
	os.WriteFile("/tmp/bj_pos.txt", []byte(strings.Join(words, "\n")), 0o644)
	var neg []string
	for _, l := range devEnglish(t) {
		neg = append(neg, strings.Fields(l)...)
	}
	os.WriteFile("/tmp/bj_neg.txt", []byte(strings.Join(neg, "\n")), 0o644)
}

func TestDevSeed(t *testing.T) {
	if os.Getenv("BIJOY_DEV") == "" {
		t.Skip("set BIJOY_DEV=1")
	}
	b, err := os.ReadFile("/work/shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		t.Skip(err)
	}
	var out []string
	for _, w := range strings.Fields(norm.NFC.String(string(b))) {
		if e, ok := toBijoy(w); ok {
			out = append(out, e)
		}
	}
	os.WriteFile("/tmp/bj_seed.txt", []byte(strings.Join(out, "\n")), 0o644)
}

func TestDevSeedLines(t *testing.T) {
	if os.Getenv("BIJOY_DEV") == "" {
		t.Skip("set BIJOY_DEV=1")
	}
	b, err := os.ReadFile("/work/shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		t.Skip(err)
	}
	lines, all, auto, words, wAll, wAuto := 0, 0, 0, 0, 0, 0
	for _, l := range strings.Split(norm.NFC.String(string(b)), "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		e, ok := toBijoy(l)
		if !ok {
			continue
		}
		lines++
		if ToUnicode(e) == l {
			all++
		} else {
			t.Logf("ALL  %s\n  -> %s", l, ToUnicode(e))
		}
		if String(Auto, e) == l {
			auto++
		} else {
			t.Logf("AUTO %s\n  -> %s", l, String(Auto, e))
		}
		for _, w := range strings.Fields(l) {
			ew, ok := toBijoy(w)
			if !ok || ew == w {
				continue
			}
			words++
			if ToUnicode(ew) == w {
				wAll++
			}
			if String(Auto, ew) == w {
				wAuto++
			} else {
				c, sc := classify([]byte(ew))
				t.Logf("MISS %s %d %d", ew, c, sc)
			}
		}
	}
	t.Logf("seed lines %d: all %d auto %d; words %d: all %d auto %d", lines, all, auto, words, wAll, wAuto)
}
