package transliterate_test

import (
	"bufio"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/transliterate"
)

// scoreFold folds a spelling the way shared/tools/score_names.py does
// before comparing: case folded, accents dropped, and every run of
// characters other than a-z and 0-9 turned into one space.
func scoreFold(s string) string {
	s = norm.NFKD.String(strings.ToLower(s))
	var b strings.Builder
	space := false
	for _, r := range s {
		switch r {
		case 'ø':
			r = 'o'
		case 'đ':
			r = 'd'
		case 'ł':
			r = 'l'
		case 'ß', 'æ':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			if r == 'ß' {
				b.WriteString("ss")
			} else {
				b.WriteString("ae")
			}
			continue
		}
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		space = true
	}
	return b.String()
}

type nameScore struct {
	n, exact int
	cer      float64
}

func (s nameScore) rate() float64 { return float64(s.exact) / float64(max(s.n, 1)) }
func (s nameScore) meanCER() float64 {
	return s.cer / float64(max(s.n, 1))
}

// scoreNames runs the names scheme over a TSV of bengali, gold
// spellings separated by |, and an optional kind, and scores it as
// score_names.py does (exact after folding; CER to the closest gold).
func scoreNames(t *testing.T, path string) (map[string]*nameScore, []string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	tr := transliterate.Names
	by := map[string]*nameScore{"ALL": {}}
	var misses []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fs := strings.Split(line, "\t")
		require.GreaterOrEqual(t, len(fs), 2, line)
		kind := "all"
		if len(fs) > 2 {
			kind = fs[2]
		}
		if by[kind] == nil {
			by[kind] = &nameScore{}
		}
		got := scoreFold(tr.String(fs[0]))
		best, exact := -1.0, false
		for _, g := range strings.Split(fs[1], "|") {
			g = scoreFold(g)
			if g == got {
				exact = true
			}
			c := float64(xtest.EditDistance(got, g)) / float64(max(len(g), 1))
			if best < 0 || c < best {
				best = c
			}
		}
		for _, s := range []*nameScore{by["ALL"], by[kind]} {
			s.n++
			s.cer += best
			if exact {
				s.exact++
			}
		}
		if !exact {
			misses = append(misses, fs[0]+" -> "+tr.String(fs[0])+" (want "+fs[1]+")")
		}
	}
	require.NoError(t, sc.Err())
	return by, misses
}

func logScores(t *testing.T, name string, by map[string]*nameScore) {
	kinds := make([]string, 0, len(by))
	for k := range by {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		s := by[k]
		t.Logf("%s %-15s n=%5d exact %5.1f%% CER %.3f", name, k, s.n, 100*s.rate(), s.meanCER())
	}
}

// TestNewsNames measures the names scheme on names of people, places and
// organizations written by us as Bangladeshi newspapers print them (many
// of them are in the lexicon: the test guards the lexicon and the rules
// around it against regressions).
func TestNewsNames(t *testing.T) {
	by, misses := scoreNames(t, "../testdata/translit/news_names.tsv")
	logScores(t, "news_names", by)
	if testing.Verbose() {
		for _, m := range misses {
			t.Log("  miss:", m)
		}
	}
	all := by["ALL"]
	require.Greater(t, all.n, 200)
	// Floors a little under what was measured when the file was written
	// (99.8% exact).
	if all.rate() < 0.95 || all.meanCER() > 0.015 {
		t.Errorf("news names: exact %.1f%%, CER %.3f; below the floor (95%%, 0.015): %q", 100*all.rate(), all.meanCER(), misses)
	}
	for k, s := range by {
		if s.rate() < 0.85 {
			t.Errorf("news names %s: exact %.1f%% below 85%%", k, 100*s.rate())
		}
	}
}

// TestSharedNameSets measures the development name sets of ../shared
// when they are there (they are not part of the project: wiki_names.tsv
// has no licence and is never embedded). Floors a little under the
// figures in the README catch regressions.
func TestSharedNameSets(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	for _, c := range []struct {
		file       string
		exact, cer float64
	}{
		{"bd_geocode_places.tsv", 0.88, 0.03},
		{"wiki_names.tsv", 0.32, 0.15},
	} {
		by, _ := scoreNames(t, "../../shared/data/translit/"+c.file)
		logScores(t, c.file, by)
		if all := by["ALL"]; all.rate() < c.exact || all.meanCER() > c.cer {
			t.Errorf("%s: exact %.1f%%, CER %.3f; floor %.0f%%, %.2f", c.file, 100*all.rate(), all.meanCER(), 100*c.exact, c.cer)
		}
	}
}
