package bijoy

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestSeedArticle encodes the words and lines of the shared seed article (a
// Bangladeshi news page; read in place, never copied) as Bijoy and converts
// them back, in All and in Auto mode.
func TestSeedArticle(t *testing.T) {
	b, err := os.ReadFile("../../../shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		t.Skip(err)
	}
	words, wAll, wAuto := 0, 0, 0
	lines, lAll, lAuto := 0, 0, 0
	for _, l := range strings.Split(norm.NFC.String(string(b)), "\n") {
		for _, w := range strings.Fields(l) {
			e, ok := toBijoy(w)
			if !ok || e == w {
				continue
			}
			words++
			if ToUnicode(e) == w {
				wAll++
			}
			if String(Auto, e) == w {
				wAuto++
			}
		}
		if e, ok := toBijoy(l); ok && strings.TrimSpace(l) != "" && !strings.ContainsAny(l, "0123456789|") {
			lines++
			if ToUnicode(e) == l {
				lAll++
			}
			if String(Auto, e) == l {
				lAuto++
			}
		}
	}
	t.Logf("seed words %d: All %d, Auto %d (each word alone); lines %d: All %d, Auto %d", words, wAll, wAuto, lines, lAll, lAuto)
	if wAll != words || lAll != lines || 10*lAuto < 8*lines || float64(wAuto) < 0.9*float64(words) {
		t.Errorf("seed article below its measured accuracy")
	}
}

// TestGoSourceLines runs Auto mode over lines of Go source (code and English
// comments) and counts the lines it changes.
func TestGoSourceLines(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	root := filepath.Join(runtime.GOROOT(), "src")
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.Contains(p, "testdata") {
			files = append(files, p)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skip("no Go sources")
	}
	lines, changed := 0, 0
	var examples []string
	for i := 3; i < len(files); i += 11 { // not the files the model saw
		b, err := os.ReadFile(files[i])
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines++
			if out := String(Auto, l); out != l {
				changed++
				if len(examples) < 5 {
					examples = append(examples, l)
				}
			}
		}
	}
	t.Logf("Go source lines %d: %d changed (%.4f%%), e.g. %q", lines, changed, 100*float64(changed)/float64(lines), examples)
	if float64(changed) > 0.0005*float64(lines) {
		t.Errorf("too many lines changed")
	}
}
