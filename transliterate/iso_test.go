package transliterate_test

import (
	"bufio"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize"
	"github.com/bntext/bntext/transliterate"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

func TestISO15919(t *testing.T) {
	runPairs(t, transliterate.ISO15919, []pair{
		// ICU's letters.
		{"কিম জং উন", "kima jaṁ una"},
		{"শেখ মুজিবুর রহমান", "śēkha mujibura rahamāna"},
		{"কৃষ্ণ", "kr̥ṣṇa"}, {"জ্ঞান", "jñāna"}, {"ক্ষমা", "kṣamā"},
		{"চাঁদপুর", "cām̐dapura"}, {"দুঃখ", "duḥkha"}, {"উৎপল", "uṯpala"},
		{"য়", "ẏa"}, {"ড়", "ṛa"}, {"ঢ়", "ṛha"}, {"ফ়", "fa"}, {"জ়", "za"}, {"ক়", "qa"},
		{"ঐ", "ai"}, {"ঔ", "au"}, {"এক", "ēka"}, {"ওম", "ōma"},
		// ICU's apostrophes: where letters would read as one.
		{"কই", "ka'i"}, {"কৈ", "kai"}, {"অউ", "a'u"}, {"ক্হ", "k'ha"}, {"খ", "kha"},
		{"আই", "ā'i"}, {"শুদ্ধ", "śud'dha"}, {"অন্য", "an'ya"}, {"সম্মান", "sam'māna"},
		// Where this scheme differs from ICU, to be reversible.
		{"বাংলা", "bāṁlā"}, {"সংগ্রাম", "saṁgrāma"}, // ং is always ṁ
		{"ক্‌ষ", "k·ṣa"}, {"বাক্‌স", "bāk·sa"}, // explicit hasanta
		{"ক্‍ষ", "k+ṣa"}, {"র‍্যাব", "r^yāba"}, // ZWJ after, before the virama
		{"অ্যাসিড", "a'yāsiḍa"}, // a virama on a vowel
		{"স়", "s̤a"}, {"ৰ", "ṟa"}, {"ৱ", "wa"}, {"কৗ", "kä"},
		{"ক্'ই", "k''i"}, // an apostrophe of the text is doubled
		// Digits and dandas.
		{"১২৩। ৪৫৬॥", "123. 456.."},
		// Other text is kept.
		{"Hello, বাংলা!", "Hello, bāṁlā!"},
		{"ok \xff ক", "ok \xff ka"},
	})
}

func TestReverse(t *testing.T) {
	runPairs(t, transliterate.FromISO15919, []pair{
		{"bāṁlā", "বাংলা"},
		{"kima jaṁ una", "কিম জং উন"},
		{"ka'i kai k'ha kha", "কই কৈ ক্হ খ"},
		{"k·ṣa k+ṣa r^yāba a'yāsiḍa", "ক্‌ষ ক্‍ষ র‍্যাব অ্যাসিড"},
		// Typed forms: decomposed letters, capitals, e and o without macron.
		{"ba\u0304m\u0307la\u0304", "বাংলা"},
		{"Bāṁlā", "বাংলা"},
		{"dhaka", "ধক"},
		{"eka oma", "এক ওম"},
		// Digits become Bengali; other text stays.
		{"123 ka.", "১২৩ ক."},
		{"😀 — ?", "😀 — ?"},
	})
	// ICU writes ং as the nasal of the next consonant: those come back as
	// the nasal, which is what they say.
	assert.Equal(t, "কঙ্ক", transliterate.FromISO15919.String("kaṅka"))
}

func TestASCII(t *testing.T) {
	runPairs(t, transliterate.ASCII, []pair{
		{"কিম জং উন", "kima jang una"},
		{"শেখ মুজিবুর রহমান", "shekha mujibura rahamana"},
		{"বাংলা", "bangla"}, {"সংগ্রাম", "sangrama"}, {"অঙ্ক", "anka"},
		{"ছবি", "chhabi"}, {"চমক", "chamaka"}, {"শিশির", "shishira"}, {"ষষ্ঠ", "shashtha"},
		{"কৃষ্ণ", "krishna"}, {"চাঁদ", "chanda"}, {"দুঃখ", "duhkha"}, {"উৎপল", "utpala"},
		{"ড়", "ra"}, {"ঢ়", "rha"}, {"জ়", "za"},
		{"কই", "kai"}, {"র‍্যাব", "ryaba"}, {"ক্‌ষ", "ksha"},
		{"১২৩। ৳৫", "123. tk5"},
		{"“উক্তি” — ঠিক…", "\"ukti\" - thika..."},
		{"Café বাংলা", "Cafe bangla"},
		{"emoji 😀 বাদ", "emoji  bada"},
	})
}

func TestParseScheme(t *testing.T) {
	for _, c := range []struct {
		in   string
		want transliterate.Scheme
	}{{"names", transliterate.SchemeNames}, {"iso15919", transliterate.SchemeISO15919}, {"ISO", transliterate.SchemeISO15919}, {"ascii", transliterate.SchemeASCII}} {
		s, err := transliterate.ParseScheme(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, s)
	}
	_, err := transliterate.ParseScheme("itrans")
	assert.Error(t, err)
	assert.Equal(t, "iso15919", transliterate.SchemeISO15919.String())
	assert.Equal(t, "Scheme(9)", transliterate.Scheme(9).String())
	_, err = transliterate.New(transliterate.SchemeNames, transliterate.Reverse())
	assert.Error(t, err)
	_, err = transliterate.New(transliterate.Scheme(9))
	assert.Error(t, err)
	assert.True(t, transliterate.FromISO15919.IsReverse())
	assert.Equal(t, transliterate.SchemeASCII, transliterate.ASCII.Scheme())
}

// hunspellWords returns the words of the bn_BD hunspell dictionary, or
// skips the test.
func hunspellWords(t testing.TB) []string {
	f, err := os.Open("/usr/share/hunspell/bn_BD.dic")
	if err != nil {
		t.Skip("no hunspell dictionary:", err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	sc.Scan() // the count
	for sc.Scan() {
		w, _, _ := strings.Cut(sc.Text(), "/")
		if w != "" {
			words = append(words, w)
		}
	}
	require.NoError(t, sc.Err())
	return words
}

func TestRoundTripHunspell(t *testing.T) {
	words := hunspellWords(t)
	bad := 0
	for _, w := range words {
		iso := transliterate.ISO15919.String(w)
		if back := transliterate.FromISO15919.String(iso); back != norm.NFC.String(w) {
			bad++
			if bad <= 10 {
				t.Errorf("%q -> %q -> %q", w, iso, back)
			}
		}
	}
	t.Logf("%d words, %d do not come back", len(words), bad)
}

// roundTripAlphabet is what round trips: the Bengali block, spaces,
// joiners, punctuation, the marks of the scheme used as text.
var roundTripAlphabet = func() []rune {
	var a []rune
	for r := rune(0x0980); r <= 0x09FF; r++ {
		a = append(a, r)
	}
	return append(a, ' ', '\n', '\u200c', '\u200d', '\'', ',', '-', '?', '(', '·', '+', '^', '😀')
}()

// wantBack is what the reverse direction gives for s: s normalized, with
// the dandas as ISO15919 writes them.
func wantBack(s string) string {
	return strings.NewReplacer("।", ".", "॥", "..").Replace(normalize.String(s))
}

func TestRoundTripRandom(t *testing.T) {
	n := 100000
	if testing.Short() {
		n = 10000
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(10) {
			b.WriteRune(roundTripAlphabet[rng.IntN(len(roundTripAlphabet))])
		}
		s := b.String()
		iso := transliterate.ISO15919.String(s)
		if back := transliterate.FromISO15919.String(iso); back != wantBack(s) {
			t.Fatalf("%+q -> %+q -> %+q, want %+q", s, iso, back, wantBack(s))
		}
	}
}
