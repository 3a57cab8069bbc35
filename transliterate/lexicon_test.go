package transliterate

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLexiconFiles(t *testing.T) {
	l, err := loadLexicon()
	require.NoError(t, err)
	assert.Greater(t, len(l.words), 5000)
	assert.Greater(t, len(l.phrases), 500)
	assert.NotEmpty(t, l.abbrs)
	assert.NotEmpty(t, l.tails)
	// Bad lines are errors, with the file and line.
	for _, bad := range []string{"কিম\n", "কিম\tKim\tx\n", "কিম\tকিম\n", "কিম\t|\n", "\tKim\n", "a\tb\tc\td\n"} {
		err := (&lexicon{words: map[string]*entry{}, phrases: map[string]*entry{}, abbrs: map[string]*entry{}, starts: map[string]bool{}}).add("t.tsv", []byte(bad))
		assert.Error(t, err, "%q", bad)
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "t.tsv:1:"), err.Error())
		}
	}
}

// Every word and phrase of the lexicon comes out of the names scheme with
// its first spelling.
func TestLexiconThroughAPI(t *testing.T) {
	l := defaultLexicon()
	check := func(key string, e *entry) {
		if e.kind == wkLower {
			// A connective is one only between two words.
			assert.Equal(t, "Rahim "+e.spell[0]+" Karim", Names.String("রহিম "+key+" করিম"), "%s", key)
			return
		}
		want := e.spell[0]
		if e.kind != wkAsIs {
			b := []byte(want)
			titleCase(b)
			want = string(b)
		}
		assert.Equal(t, want, Names.String(key), "%s", key)
	}
	for k, e := range l.words {
		check(k, e)
	}
	for k, e := range l.phrases {
		check(k, e)
	}
	for k, e := range l.abbrs {
		assert.Equal(t, e.spell[0]+".", Names.String(k+"."), "%s.", k)
	}
}
