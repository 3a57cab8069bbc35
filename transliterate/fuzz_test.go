package transliterate_test

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bntext/bntext/internal/xtest"
	"github.com/bntext/bntext/transliterate"
)

// seedFuzz adds the lines of the sample files and a few hard cases.
func seedFuzz(f *testing.F) {
	for _, name := range []string{"../testdata/translit/sample.txt", "../testdata/translit/names.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			f.Add(l)
		}
	}
	for _, s := range []string{
		"", "\n", "ক্‌ষ\u200d", "র‍্যাব ক্\u200dষ", "অ্যা এ্যা", "কাি ্ ় ঁা", "মোঃ ড. বিএনপি",
		"বাড\u09bcি \u09dc", "a'b ক'ই ক্' ·+^", "\xff\xe0\xa6", strings.Repeat("ক", 400),
		strings.Repeat("কি ", 500) + "\n", "১২৩।॥", "kāṁ'i k'ha", "😀\u200dক",
	} {
		f.Add(s)
	}
}

// checkStream checks the invariants every transliterator keeps.
func checkStream(t *testing.T, tr *transliterate.Transliterator, s string) string {
	t.Helper()
	out := tr.String(s)
	if got, err := xtest.OneByteReads(tr, s); err != nil || got != out {
		t.Fatalf("one-byte reads: %q (%v), want %q", got, err, out)
	}
	if got, err := xtest.SmallBuffers(tr, s, 7, 0); err != nil || got != out {
		t.Fatalf("small dst: %q (%v), want %q", got, err, out)
	}
	if b := tr.Bytes([]byte(s)); string(b) != out {
		t.Fatalf("Bytes: %q, want %q", b, out)
	}
	// Span: the prefix it reports is left alone.
	if n, _ := tr.Span([]byte(s), true); !strings.HasPrefix(out, s[:n]) {
		t.Fatalf("Span %d: %q is not a prefix of %q", n, s[:n], out)
	}
	// Line-local: T(x+"\n"+y) == T(x+"\n") + T(y).
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		if got := tr.String(s[:i+1]) + tr.String(s[i+1:]); got != out {
			t.Fatalf("not line-local: %q + ... = %q, want %q", s[:i+1], got, out)
		}
	}
	if utf8.ValidString(s) && !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8 out of valid input %q: %q", s, out)
	}
	return out
}

func checkASCII(t *testing.T, s, out string) {
	t.Helper()
	if !utf8.ValidString(s) {
		return
	}
	for i := 0; i < len(out); i++ {
		if out[i] >= utf8.RuneSelf {
			t.Fatalf("non-ASCII output for %q: %q", s, out)
		}
	}
}

func FuzzNames(f *testing.F) {
	seedFuzz(f)
	variants := must(transliterate.New(transliterate.SchemeNames, transliterate.AllSpellings()))
	f.Fuzz(func(t *testing.T, s string) {
		checkASCII(t, s, checkStream(t, transliterate.Names, s))
		checkASCII(t, s, checkStream(t, variants, s))
		for _, v := range transliterate.Variants(s) {
			checkASCII(t, s, v)
		}
	})
}

func FuzzASCII(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, s string) {
		checkASCII(t, s, checkStream(t, transliterate.ASCII, s))
	})
}

// inRoundTripDomain reports whether s is text the ISO form gives back:
// no Latin letters or ASCII digits of its own.
func inRoundTripDomain(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '.') {
			return false
		}
		if r >= 0x80 && r < 0x0980 || r >= 0x1E00 && r <= 0x1EFF {
			return false // Latin letters and combining marks
		}
	}
	return true
}

func FuzzISO15919(f *testing.F) {
	seedFuzz(f)
	f.Fuzz(func(t *testing.T, s string) {
		iso := checkStream(t, transliterate.ISO15919, s)
		back := checkStream(t, transliterate.FromISO15919, iso)
		if inRoundTripDomain(s) && back != wantBack(s) {
			t.Fatalf("%+q -> %+q -> %+q, want %+q", s, iso, back, wantBack(s))
		}
	})
}

func FuzzReverse(f *testing.F) {
	seedFuzz(f)
	f.Add("kāṁ'i k'ha ṭh ḍh ṛh ḵẖ ġ q z f w ṟ ä ṯ ḥ m̐ ṁ a'u ·+^ 123 Bāṁlā")
	f.Fuzz(func(t *testing.T, s string) {
		checkStream(t, transliterate.FromISO15919, s)
	})
}

func TestStreamingLongInput(t *testing.T) {
	// Lines and words longer than the units are cut where their own bytes
	// say, so every chunking gives the same result.
	var b bytes.Buffer
	for i := 0; i < 300; i++ {
		b.WriteString("মোহাম্মদ রহমান বিএনপি কক্ষ্যমাণ ")
	}
	b.WriteString("\n")
	b.WriteString(strings.Repeat("কাকাকিকু", 200))
	s := b.String()
	for _, tr := range []*transliterate.Transliterator{transliterate.Names, transliterate.ISO15919, transliterate.ASCII} {
		checkStream(t, tr, s)
	}
	checkStream(t, transliterate.FromISO15919, transliterate.ISO15919.String(s))
}
