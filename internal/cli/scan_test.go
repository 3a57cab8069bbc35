package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestScanJSON(t *testing.T) {
	line := "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২"
	in := line + "\nকিছু নেই\n\n২৮ আষাঢ় ১৪৩২, ১২-১৪ জুলাই ২০২৫, ৬,০০০ সেনা, কয়েক হাজার\n"
	code, out, errs := run(t, in, "scan", "--json")
	require.Equal(t, ExitOK, code, errs)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4, "one object per input line")
	type match struct {
		Kind     string  `json:"kind"`
		Start    int     `json:"start"`
		End      int     `json:"end"`
		Text     string  `json:"text"`
		Value    any     `json:"value"`
		Calendar string  `json:"calendar"`
		Bangabda string  `json:"bangabda"`
		Unit     *string `json:"unit"`
	}
	var recs []struct {
		Line    int     `json:"line"`
		Matches []match `json:"matches"`
	}
	for _, l := range lines {
		var r struct {
			Line    int     `json:"line"`
			Matches []match `json:"matches"`
		}
		require.NoError(t, json.Unmarshal([]byte(l), &r), l)
		recs = append(recs, r)
	}
	for i, r := range recs {
		assert.Equal(t, i+1, r.Line)
	}
	assert.Contains(t, lines[1], `"matches":[]`, "an empty list, not null")
	m := recs[0].Matches
	require.Len(t, m, 2)
	assert.Equal(t, match{Kind: "date", Start: 19, End: 55, Text: "১২ জুলাই, ২০২৫", Value: "2025-07-12", Calendar: "gregorian"}, m[0])
	assert.Equal(t, line[m[0].Start:m[0].End], m[0].Text)
	assert.Equal(t, "time", m[1].Kind)
	assert.Equal(t, "09:02", m[1].Value)
	m = recs[3].Matches
	require.Len(t, m, 4)
	assert.Equal(t, "2025-07-12", m[0].Value)
	assert.Equal(t, "bangabda", m[0].Calendar)
	assert.Equal(t, "1432-03-28", m[0].Bangabda)
	assert.Equal(t, "2025-07-12/2025-07-14", m[1].Value)
	assert.Equal(t, "number", m[2].Kind)
	assert.Equal(t, float64(6000), m[2].Value)
	require.NotNil(t, m[2].Unit)
	assert.Equal(t, "", *m[2].Unit)
	assert.Nil(t, m[3].Value, "vague quantity")
}

func TestScanTable(t *testing.T) {
	code, out, _ := run(t, "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২\n", "scan")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, "1:19-55")
	assert.Contains(t, out, "2025-07-12")
	assert.Contains(t, out, "09:02")
	assert.Equal(t, 2, strings.Count(out, "\n"))
}

func TestScanFlags(t *testing.T) {
	code, out, _ := run(t, "২৫ ডিসেম্বর\n", "scan", "--json", "--ref-date", "2025-07-01")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, `"value":"2025-12-25"`)
	code, out, _ = run(t, "৮ ফাল্গুন ১৪২৫\n", "scan", "--json", "--bangabda-rule", "1987")
	require.Equal(t, ExitOK, code)
	assert.Contains(t, out, `"value":"2019-02-20"`)
	code, _, errs := run(t, "", "scan", "--ref-date", "July")
	assert.Equal(t, ExitUsage, code)
	assert.Contains(t, errs, "--ref-date")
	code, _, _ = run(t, "", "scan", "--bangabda-rule", "wb")
	assert.Equal(t, ExitUsage, code)
	code, out, _ = run(t, "৬,০০০ সেনা ১২ জুলাই\n", "scan", "--json", "--no-numbers")
	require.Equal(t, ExitOK, code)
	assert.NotContains(t, out, `"number"`)
}

func TestDatesCommand(t *testing.T) {
	cases := []struct {
		args     []string
		in, want string
	}{
		{[]string{"dates"}, "আপডেটঃ ১২ জুলাই, ২০২৫ | ৯:০২\n", "আপডেটঃ 2025-07-12 | ৯:০২\n"},
		{[]string{"dates"}, "১২ জুলাই ২০২৫", "2025-07-12"},
		{[]string{"dates", "--times"}, "রাত সাড়ে দশটা, ১২/০৭/২০২৫\r\nনেই\n", "22:30, 2025-07-12\r\nনেই\n"},
		{[]string{"dates"}, "ভাঙা \xff ১২ জুলাই ২০২৫\n", "ভাঙা \xff 2025-07-12\n"},
		{[]string{"pipe", "--steps", "normalize,dates", "--times"}, "রাত সাড়ে দশটা\n", "22:30\n"},
		{[]string{"dates", "--ref-date", "2025-07-01"}, "২৫ ডিসেম্বর\n", "2025-12-25\n"},
	}
	for _, c := range cases {
		code, out, errs := run(t, c.in, c.args...)
		require.Equal(t, ExitOK, code, errs)
		assert.Equal(t, c.want, out, "%v %q", c.args, c.in)
	}
	// Many lines across blocks and workers give the same as one line at a time.
	var in, want strings.Builder
	for i := range 3000 {
		in.WriteString("লাইন ১২ জুলাই ২০২৫ রাত ১০টা\n")
		want.WriteString("লাইন 2025-07-12 রাত ১০টা\n")
		_ = i
	}
	code, out, _ := run(t, in.String(), "dates", "-j", "3")
	require.Equal(t, ExitOK, code)
	assert.Equal(t, want.String(), out)
}
