package bijoy

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

var genModel = flag.Bool("genmodel", false, "regenerate model.go from the local corpora")

// The detection model is trained on data found on a Debian machine with Go
// installed; nothing of it is kept but the weights in model.go:
//
//   - Bijoy: the words of the bn_BD Hunspell dictionary (hunspell-bn),
//     encoded by toBijoy;
//   - not Bijoy: the tokens of every 7th Go source file of GOROOT, of the
//     Debian copyright files and licences, and of Python's standard library,
//     and the words of the English, French, German, Spanish, Portuguese and
//     Italian word lists (see wordLists).
//
// Every 5th token is held out and used to report recall and false
// positives.

// wordLists are the Debian word lists the model is trained against when they
// are installed (wamerican, wfrench, wngerman, wspanish, wportuguese,
// witalian).
var wordLists = []string{
	"/usr/share/dict/words", "/usr/share/dict/french", "/usr/share/dict/ngerman",
	"/usr/share/dict/spanish", "/usr/share/dict/portuguese", "/usr/share/dict/italian",
}

// numberSuffixes follow a number in Bengali text: ১২টি, ২য়, ৫ম, ৩০জন.
var numberSuffixes = []string{"টি", "টা", "টির", "টিতে", "জন", "জনের", "য়", "ম", "র্থ", "ই", "শে", "তম",
	"টায়", "টার", "তে", "এর", "ের", "কে", "ভাগ", "বার", "গুণ"}

func corpusFiles() []string {
	var files []string
	walk := func(root string, keep func(string) bool, every int) {
		var fsList []string
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && keep(p) {
				fsList = append(fsList, p)
			}
			return nil
		})
		sort.Strings(fsList)
		for i, p := range fsList {
			if i%every == every-1 {
				files = append(files, p)
			}
		}
	}
	walk(filepath.Join(runtime.GOROOT(), "src"), func(p string) bool {
		return strings.HasSuffix(p, ".go") && !strings.Contains(p, "testdata")
	}, 7)
	walk("/usr/share/doc", func(p string) bool { return filepath.Base(p) == "copyright" }, 1)
	walk("/usr/share/common-licenses", func(string) bool { return true }, 1)
	pys, _ := filepath.Glob("/usr/lib/python3*")
	for _, d := range pys {
		walk(d, func(p string) bool { return strings.HasSuffix(p, ".py") && !strings.Contains(p, "/test") }, 5)
	}
	return files
}

func tokenCodes(tok string) ([]uint8, bool) {
	var out []uint8
	for _, r := range tok {
		c := codeOf(r)
		if c == noCode {
			return nil, false
		}
		out = append(out, uint8(c))
	}
	return out, len(out) > 0 && len(tok) <= maxTok
}

func loadModelData(t *testing.T) (pos, neg [][]uint8) {
	for _, w := range dictionaryWords(t) {
		if strings.ContainsRune(w, '\u200c') {
			continue
		}
		if b, ok := toBijoy(w); ok {
			if c, ok := tokenCodes(b); ok {
				pos = append(pos, c)
			}
		}
	}
	// Numbers with a Bengali suffix (১২টি, ২য়, ৫ম, ৩০জন) are words of
	// Bijoy text too.
	for i, suf := range numberSuffixes {
		for _, num := range []string{"1", "2", "3", "5", "10", "12", "20", "25", "100", "2024"} {
			if b, ok := toBijoy(suf); ok && (i+len(num))%2 == 0 {
				if c, ok := tokenCodes(num + b); ok {
					pos = append(pos, c)
				}
			}
		}
	}
	// Word lists of English and of the languages written in Latin-1, the
	// tokens of English prose and code, and ten times the names of people
	// and places of Bangladesh written in Latin letters (frequent in
	// English news).
	var files []string
	files = append(files, wordLists...)
	files = append(files, corpusFiles()...)
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			neg = appendCodes(neg, strings.Fields(string(b)))
		}
	}
	for range 10 {
		neg = appendCodes(neg, latinNames(t))
	}
	return pos, neg
}

// appendCodes appends the glyph codes of the tokens that are all Bijoy codes.
func appendCodes(dst [][]uint8, toks []string) [][]uint8 {
	for _, tok := range toks {
		if c, ok := tokenCodes(tok); ok {
			dst = append(dst, c)
		}
	}
	return dst
}

// scoreCodes scores a token given as glyph codes (used by the tests).
func scoreCodes(c []uint8) (cls uint8, score int) {
	var b []byte
	for _, x := range c {
		if x < 0x80 {
			b = append(b, x)
		} else {
			b = utf8.AppendRune(b, rune(x))
		}
	}
	return classify(b)
}

// trimEdges returns the bounds of c without its edge punctuation.
func trimEdges(c []uint8) (lo, hi int) {
	lo, hi = 0, len(c)
	for lo < hi && edge[c[lo]] {
		lo++
	}
	for hi > lo && edge[c[hi-1]] {
		hi--
	}
	return lo, hi
}

func bigramSeq(c []uint8) []uint8 {
	lo, hi := trimEdges(c)
	s := []uint8{ccBOS}
	for _, x := range c[lo:hi] {
		s = append(s, class[x])
	}
	return append(s, ccEOS)
}

const modelScale = 4 // weights are 4 times the log-likelihood ratios

// gramCounts holds the class bigram and trigram counts of a training set
// (the hold-out split left out).
type gramCounts struct {
	bi    [numClasses * numClasses]float64
	biCtx [numClasses]float64
	tri   map[int]float64 // by (z*numClasses+a)*numClasses+b; z = numClasses at the start
	ctx   [(numClasses + 1) * numClasses]float64
}

func countGrams(data [][]uint8) *gramCounts {
	c := &gramCounts{tri: map[int]float64{}}
	for i, x := range data {
		if i%5 == 4 {
			continue
		}
		s := bigramSeq(x)
		z := numClasses
		for j := 1; j < len(s); j++ {
			a, b := int(s[j-1]), int(s[j])
			c.bi[a*numClasses+b]++
			c.biCtx[a]++
			c.tri[(z*numClasses+a)*numClasses+b]++
			c.ctx[z*numClasses+a]++
			z = a
		}
	}
	return c
}

func (c *gramCounts) biProb(a, b int) float64 {
	const alpha = 0.5
	return (c.bi[a*numClasses+b] + alpha) / (c.biCtx[a] + alpha*numClasses)
}

func (c *gramCounts) biLog(a, b int) float64 { return math.Log(c.biProb(a, b)) }

// triLog interpolates the trigram estimate with the bigram one.
func (c *gramCounts) triLog(z, a, b int) float64 {
	const lambda = 10
	k := (z*numClasses+a)*numClasses + b
	return math.Log((c.tri[k] + lambda*c.biProb(a, b)) / (c.ctx[z*numClasses+a] + lambda))
}

func TestGenerateModel(t *testing.T) {
	if !*genModel {
		t.Skip("run with -genmodel to regenerate model.go")
	}
	pos, neg := loadModelData(t)
	cp, cn := countGrams(pos), countGrams(neg)
	const clip = 60
	var w [numClasses * numClasses]int8
	for a := 0; a < numClasses; a++ {
		for b := 0; b < numClasses; b++ {
			v := math.Round(modelScale * (cp.biLog(a, b) - cn.biLog(a, b)))
			w[a*numClasses+b] = int8(max(-clip, min(clip, v)))
		}
	}
	// The trigram corrections: what the class before a adds to the
	// bigram weight of a b. Where two trigrams share a slot, the one seen
	// more often keeps it.
	var tri [1 << trigramBits]int8
	var triCtx [1 << trigramBits]float64
	seen := map[int]bool{}
	for _, c := range []*gramCounts{cp, cn} {
		for k := range c.tri {
			if seen[k] {
				continue
			}
			seen[k] = true
			z, ab := k/(numClasses*numClasses), k%(numClasses*numClasses)
			a, b := ab/numClasses, ab%numClasses
			d := math.Round(modelScale * ((cp.triLog(z, a, b) - cn.triLog(z, a, b)) - (cp.biLog(a, b) - cn.biLog(a, b))))
			if math.Abs(d) < 2 {
				continue
			}
			h := trigramSlot(z, a, b)
			if ctx := cp.ctx[z*numClasses+a] + cn.ctx[z*numClasses+a]; ctx > triCtx[h] {
				tri[h] = int8(max(-trigramClip, min(trigramClip, d)))
				triCtx[h] = ctx
			}
		}
	}
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "// Code generated by \"go test -run TestGenerateModel -genmodel\"; DO NOT EDIT.\n\n")
	fmt.Fprintf(&buf, "package bijoy\n\n")
	fmt.Fprintf(&buf, "// bigram[a*numClasses+b] is 4 times the log-likelihood ratio of class b\n")
	fmt.Fprintf(&buf, "// following class a in Bijoy words against English and code (%d Bijoy and\n", len(pos))
	fmt.Fprintf(&buf, "// %d other tokens; see model_test.go).\n", len(neg))
	fmt.Fprintf(&buf, "var bigram = [numClasses * numClasses]int8{\n")
	for a := 0; a < numClasses; a++ {
		for b := 0; b < numClasses; b++ {
			fmt.Fprintf(&buf, "%d,", w[a*numClasses+b])
		}
		buf.WriteString("\n")
	}
	buf.WriteString("}\n\n")
	fmt.Fprintf(&buf, "// trigramData holds the trigram corrections by trigramSlot, each as the\n")
	fmt.Fprintf(&buf, "// byte trigramZero plus the correction.\n")
	fmt.Fprintf(&buf, "const trigramData = \"\" +\n")
	var data []byte
	for _, v := range tri {
		data = append(data, byte(int(v)+trigramZero))
	}
	for i := 0; i < len(data); i += 96 {
		sep := " +"
		if i+96 >= len(data) {
			sep = ""
		}
		fmt.Fprintf(&buf, "%s%s\n", strconv.Quote(string(data[i:min(i+96, len(data))])), sep)
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("model.go", src, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote model.go: %d Bijoy, %d other tokens, every 5th held out", len(pos), len(neg))
}

// TestModelHeldOut reports the detection figures on held-out data when the
// corpora are present (go test -run ModelHeldOut -v).
func TestModelHeldOut(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	pos, neg := loadModelData(t)
	var tp, np, fp, nn, fpWeakOrMore int
	var fps []string
	for i, c := range pos {
		if i%5 != 4 {
			continue
		}
		np++
		if cls, _ := scoreCodes(c); cls == tokBijoy {
			tp++
		}
	}
	for i, c := range neg {
		if i%5 != 4 {
			continue
		}
		nn++
		cls, _ := scoreCodes(c)
		if cls == tokBijoy {
			fp++
			if len(fps) < 30 {
				fps = append(fps, string(decodeCodes(c)))
			}
		}
		if cls == tokBijoy || cls == tokWeak {
			fpWeakOrMore++
		}
	}
	for _, th := range []int{10, 15, 20, 25, 30} {
		var b, o int
		for i, c := range pos {
			if _, s := scoreCodes(c); i%5 == 4 && s >= th {
				b++
			}
		}
		for i, c := range neg {
			if _, s := scoreCodes(c); i%5 == 4 && s >= th {
				o++
			}
		}
		t.Logf("score >= %d: Bijoy %.2f%%, other %.4f%%", th, 100*float64(b)/float64(np), 100*float64(o)/float64(nn))
	}
	t.Logf("held-out Bijoy words: %d/%d strong (%.2f%%)", tp, np, 100*float64(tp)/float64(np))
	t.Logf("held-out other tokens: %d/%d strong Bijoy (%.4f%%), %d weak or strong", fp, nn, 100*float64(fp)/float64(nn), fpWeakOrMore)
	t.Logf("false positives: %q", fps)
	if np > 1000 && float64(tp)/float64(np) < 0.95 || nn > 1000 && float64(fp)/float64(nn) > 0.0005 {
		t.Errorf("detection below its measured quality")
	}
}

func decodeCodes(c []uint8) []rune {
	var out []rune
	for _, x := range c {
		r := rune(x)
		for k := rune(0x80); k < 0x3000 && x >= 0x80 && x < 0xA0; k++ {
			if b, ok := cp1252Byte(k); ok && b == x {
				r = k
				break
			}
		}
		out = append(out, r)
	}
	return out
}
