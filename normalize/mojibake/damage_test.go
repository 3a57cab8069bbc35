package mojibake_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/xtest"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The damage generator: it takes Bengali text and breaks it the ways real
// pipelines do. It uses golang.org/x/text's code pages, not the package's
// own tables, so the tests check the package against an independent
// implementation.

// undefinedMode says what a Windows-1252 decoder does with the five bytes
// it leaves undefined.
type undefinedMode int

const (
	keepC1  undefinedMode = iota // WHATWG: U+0080+b
	dropIt                       // errors="ignore"
	replace                      // errors="replace": U+FFFD
)

// misdecode returns the bytes of s read through cm.
func misdecode(s string, cm *charmap.Charmap, mode undefinedMode) string {
	var sb strings.Builder
	for _, b := range []byte(s) {
		if b < 0x80 {
			sb.WriteByte(b)
			continue
		}
		r := cm.DecodeByte(b)
		if r == utf8.RuneError {
			switch mode {
			case keepC1:
				r = rune(b)
			case dropIt:
				continue
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func cp1252(s string) string   { return misdecode(s, charmap.Windows1252, keepC1) }
func latin1(s string) string   { return misdecode(s, charmap.ISO8859_1, keepC1) }
func macRoman(s string) string { return misdecode(s, charmap.Macintosh, keepC1) }

// damageKind is one way of breaking a line. Lossless kinds must be
// repaired exactly; lossy ones lose information and are measured by
// similarity.
type damageKind struct {
	name  string
	lossy bool
	html  bool
	f     func(s string, rng *rand.Rand) string
	// want, when set, gives the repaired text expected for the line s and
	// its damaged form (for kinds that add text of their own).
	want func(s, damaged string) string
}

var damageKinds = []damageKind{
	{name: "cp1252", f: func(s string, _ *rand.Rand) string { return cp1252(s) }},
	{name: "latin1", f: func(s string, _ *rand.Rand) string { return latin1(s) }},
	{name: "macroman", f: func(s string, _ *rand.Rand) string { return macRoman(s) }},
	{name: "double_cp1252", f: func(s string, _ *rand.Rand) string { return cp1252(cp1252(s)) }},
	{name: "double_latin1", f: func(s string, _ *rand.Rand) string { return latin1(latin1(s)) }},
	{name: "cp1252_then_latin1", f: func(s string, _ *rand.Rand) string { return latin1(cp1252(s)) }},
	{name: "double_macroman", f: func(s string, _ *rand.Rand) string { return macRoman(macRoman(s)) }},
	{name: "cp1252_then_macroman", f: func(s string, _ *rand.Rand) string { return macRoman(cp1252(s)) }},
	{name: "macroman_then_cp1252", f: func(s string, _ *rand.Rand) string { return cp1252(macRoman(s)) }},
	{name: "triple_cp1252", f: func(s string, _ *rand.Rand) string { return cp1252(cp1252(cp1252(s))) }},
	{name: "double_nbsp_to_space", f: func(s string, _ *rand.Rand) string {
		return strings.ReplaceAll(cp1252(cp1252(s)), "\u00a0", " ")
	}},
	{name: "nbsp_to_space", f: func(s string, _ *rand.Rand) string {
		return strings.ReplaceAll(cp1252(s), "\u00a0", " ")
	}},
	{name: "cp1252_then_nfkc", f: func(s string, _ *rand.Rand) string { return norm.NFKC.String(cp1252(s)) }},
	{name: "double_then_nfkc", f: func(s string, _ *rand.Rand) string { return norm.NFKC.String(cp1252(cp1252(s))) }},
	{name: "one_line_of_three", f: func(s string, rng *rand.Rand) string {
		a, b := pick(rng), pick(rng)
		return a + "\n" + cp1252(s) + "\n" + b
	}, want: func(s, damaged string) string {
		parts := strings.SplitN(damaged, "\n", 3)
		return parts[0] + "\n" + s + "\n" + parts[2]
	}},
	{name: "one_word_in_line", f: func(s string, rng *rand.Rand) string {
		w := strings.Split(s, " ")
		i := rng.IntN(len(w))
		w[i] = cp1252(w[i])
		return strings.Join(w, " ")
	}},
	{name: "half_line", f: func(s string, rng *rand.Rand) string {
		w := strings.Split(s, " ")
		i := len(w) / 2
		return strings.Join(w[:i], " ") + " " + cp1252(strings.Join(w[i:], " "))
	}},
	{name: "mixed_english", f: func(s string, rng *rand.Rand) string {
		en := []string{"Reuters reported:", "According to AFP,", "Source: BBC News —", "(c) 2025 Prothom Alo, \"Dhaka\":"}
		return en[rng.IntN(len(en))] + " " + cp1252(s) + " (via https://example.com/news?id=42)"
	}, want: func(s, damaged string) string {
		i := strings.Index(damaged, " à")
		return damaged[:i+1] + s + " (via https://example.com/news?id=42)"
	}},
	{name: "html_dec", html: true, f: func(s string, _ *rand.Rand) string { return entities(s, "&#%d;") }},
	{name: "html_hex", html: true, f: func(s string, _ *rand.Rand) string { return entities(s, "&#x%x;") }},
	{name: "cp1252_dropped", lossy: true, f: func(s string, _ *rand.Rand) string {
		return misdecode(s, charmap.Windows1252, dropIt)
	}},
	{name: "cp1252_fffd", lossy: true, f: func(s string, _ *rand.Rand) string {
		return misdecode(s, charmap.Windows1252, replace)
	}},
	{name: "word_dropped", lossy: true, f: func(s string, rng *rand.Rand) string {
		w := strings.Split(s, " ")
		i := rng.IntN(len(w))
		w[i] = misdecode(w[i], charmap.Windows1252, dropIt)
		return strings.Join(w, " ")
	}},
}

// entities writes every non-ASCII character of s as an HTML reference.
func entities(s, format string) string {
	var sb strings.Builder
	for _, r := range s {
		if r < 0x80 {
			sb.WriteRune(r)
			continue
		}
		fmt.Fprintf(&sb, format, r)
	}
	return sb.String()
}

var corpusLines = func() []string {
	b, err := os.ReadFile("../../testdata/fix/corpus.txt")
	if err != nil {
		panic(err)
	}
	return strings.Split(strings.TrimRight(string(b), "\n"), "\n")
}()

func pick(rng *rand.Rand) string { return corpusLines[rng.IntN(len(corpusLines))] }

// seedLines returns the non-empty lines of the shared news article when it
// is present (it is not part of the repository).
func seedLines() []string {
	b, err := os.ReadFile("../../../shared/seeds/000_07e39cf67280a7c5.txt")
	if err != nil {
		return nil
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, norm.NFC.String(l))
		}
	}
	return out
}

// similarity is 1 - (edit distance / length of the longer text), over
// characters.
func similarity(a, b string) float64 {
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	if la == 0 && lb == 0 {
		return 1
	}
	return 1 - float64(xtest.EditDistance(a, b))/float64(max(la, lb))
}
