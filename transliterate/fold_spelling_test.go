package transliterate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// foldHashes must hash exactly what foldSpelling writes, for both forms.
func TestFoldHashes(t *testing.T) {
	words := []string{
		"", "ক", "আব্দুল", "আবদুল", "ব্যানার্জী", "সত্য", "নয়ন", "য়", "যশোর", "ক্‌ষ", "ক্\u200dষ",
		"বাংলা", "বাঙ্গালী", "খাঁন", "সামশুল", "উৎপল", "দ্য", "a-ক", "ঙ্", "্য", "ক\u200c", "\xe0\xa6",
	}
	for k := range defaultLexicon().words {
		words = append(words, k)
	}
	for _, w := range words {
		h0, h1, n := foldHashes([]byte(w))
		assert.Equal(t, fnv64(foldSpelling(nil, []byte(w), false)), h0, "%q", w)
		assert.Equal(t, fnv64(foldSpelling(nil, []byte(w), true)), h1, "%q", w)
		if isWordKey(w) {
			assert.Equal(t, letters(foldSpelling(nil, []byte(w), false)), n, "%q", w)
		}
	}
}
