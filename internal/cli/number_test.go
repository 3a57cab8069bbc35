package cli

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateNumberGolden = flag.Bool("update-number", false, "rewrite the golden files of bntext number and digits")

func checkNumberGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", "numerals", name)
	if *updateNumberGolden {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update-number to create it")
	assert.Equal(t, string(want), got, name)
}

func readNumberInput(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "numerals", name))
	require.NoError(t, err)
	return string(b)
}

func TestNumberGolden(t *testing.T) {
	words := readNumberInput(t, "words.in.txt")
	code, out, errs := run(t, words, "number", "--to", "words")
	assert.Equal(t, ExitError, code, "a line that is not a number fails the run")
	assert.Contains(t, errs, `line 27: not a number: "not a number"`)
	assert.Equal(t, strings.Count(words, "\n"), strings.Count(out, "\n"), "one output line per input line")
	checkNumberGolden(t, "words.want.txt", out)

	code, out, _ = run(t, words, "number", "--to", "bengali")
	assert.Equal(t, ExitError, code)
	checkNumberGolden(t, "bengali.want.txt", out)

	values := readNumberInput(t, "values.in.txt")
	code, out, errs = run(t, values, "number", "--to", "value")
	assert.Equal(t, ExitOK, code)
	assert.Contains(t, errs, "not a number")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	assert.Len(t, lines, strings.Count(values, "\n"))
	for _, l := range lines {
		var rec map[string]any
		require.NoError(t, json.Unmarshal([]byte(l), &rec), l)
		assert.Len(t, rec, 2, l)
		assert.Contains(t, rec, "value")
		assert.Contains(t, []any{"", "percent", "BDT", "ordinal", "count"}, rec["unit"])
	}
	checkNumberGolden(t, "values.want.jsonl", out)
}

func TestNumberCLI(t *testing.T) {
	tests := []struct {
		args []string
		in   string
		out  string
		code int
	}{
		{[]string{"number", "--to", "words"}, "1234\n", "এক হাজার দুই শত চৌত্রিশ\n", ExitOK},
		{[]string{"number", "--to", "words"}, "১০০", "এক শত", ExitOK},
		{[]string{"number", "--to", "words", "--hundred", "sho", "--lokkho"}, "150200\n", "এক লক্ষ পঞ্চাশ হাজার দুশো\n", ExitOK},
		{[]string{"number", "--to", "words", "--kuri"}, "20\r\n", "কুড়ি\r\n", ExitOK},
		{[]string{"number", "--to", "bengali"}, "1234567\n", "১২,৩৪,৫৬৭\n", ExitOK},
		{[]string{"number", "--to", "bengali", "--ascii", "--grouping", "western"}, "১২৩৪৫৬৭\n", "1,234,567\n", ExitOK},
		{[]string{"number", "--to", "value"}, "দেড় লাখ\nকয়েক হাজার\n", "{\"value\": 150000, \"unit\": \"\"}\n{\"value\": null, \"unit\": \"\"}\n", ExitOK},
		{[]string{"number", "--to", "value"}, "২১তম\n", "{\"value\": 21, \"unit\": \"ordinal\"}\n", ExitOK},
		{[]string{"number", "--to", "value"}, "কিছু না\n", "{\"value\": null, \"unit\": \"\"}\n", ExitOK},
		{[]string{"number", "--to", "words"}, "abc\n12\n", "\nবারো\n", ExitError},
		{[]string{"number"}, "1\n", "", ExitUsage},
		{[]string{"number", "--to", "roman"}, "1\n", "", ExitUsage},
		{[]string{"number", "--to", "words", "--hundred", "x"}, "1\n", "", ExitUsage},
		{[]string{"digits"}, "১২ জুলাই ২০২৫", "12 জুলাই 2025", ExitOK},
		{[]string{"digits", "--to", "bengali"}, "ছয় 6000\n", "ছয় ৬০০০\n", ExitOK},
		{[]string{"digits", "--to", "klingon"}, "1", "", ExitUsage},
		{[]string{"pipe", "--steps", "digits", "--to", "bengali"}, "7\n", "৭\n", ExitOK},
	}
	for _, tt := range tests {
		code, out, errs := run(t, tt.in, tt.args...)
		assert.Equal(t, tt.code, code, "%v: %s", tt.args, errs)
		assert.Equal(t, tt.out, out, "%v", tt.args)
	}
}

// TestNumberWorkers: the order of lines survives several workers and
// small blocks.
func TestNumberWorkers(t *testing.T) {
	var in, want strings.Builder
	for i := range 3000 {
		in.WriteString(strings.Repeat("১", 1+i%5) + "\n")
	}
	code, out1, _ := run(t, in.String(), "number", "--to", "value", "-j", "1")
	require.Equal(t, ExitOK, code)
	code, out4, _ := run(t, in.String(), "number", "--to", "value", "-j", "4")
	require.Equal(t, ExitOK, code)
	assert.Equal(t, out1, out4)
	want.WriteString(`{"value": 1, "unit": ""}` + "\n")
	assert.True(t, strings.HasPrefix(out4, want.String()))
}
