package cli

import (
	"encoding/json"
	"strconv"

	"github.com/bntext/bntext/internal/steps"
	"github.com/bntext/bntext/numerals"
)

func init() {
	register(command{name: "scan", summary: "find the dates, times and numbers of running text (--json for JSON Lines)", order: 45, run: runScan})
}

const scanAbout = `Finds every date, time and number in running text, with byte spans.

With --json it writes one JSON object per input line, also for lines
without a match:

  {"line": N, "matches": [{"kind": "date", "start": 19, "end": 55,
    "text": "১২ জুলাই, ২০২৫", "value": "2025-07-12", "calendar": "gregorian",
    "precision": "day"}, ...]}

With several inputs each object starts with "file" (line numbers start
again in each file), and table rows with the file name and a colon.

start and end are byte offsets in the line (end exclusive). Dates: value
"YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD" (no year written), or an interval
"YYYY-MM-DD/YYYY-MM-DD" for a range; calendar "gregorian" or "bangabda",
and Bengali-calendar dates add "bangabda": "Y-MM-DD" (the date as written;
value is Gregorian). Times: value "HH:MM" (or "HH:MM:SS") on the 24-hour
clock. Numbers: value a JSON number or null (vague quantities) and "unit"
as in 'bntext number --to value'.

Without --json it writes a table: line:start-end, kind, value, text.`

func runScan(a *app, args []string) int {
	fs := newFlagSet("scan")
	var fl ioFlags
	fl.bind(fs)
	asJSON := fs.Bool("json", false, "write JSON Lines: one object per input line")
	noNumbers := fs.Bool("no-numbers", false, "report dates and times only")
	bind := steps.BindScannerFlags(fs)
	pos, done, code := a.parse(fs, "scan", "bntext scan [--json] [flags] [FILE...]", scanAbout, args)
	if done {
		return code
	}
	s, err := bind()
	if err != nil {
		return a.usageError("scan", err)
	}
	s.NoNumbers = *noNumbers
	newFn := func(file string) lineFunc {
		var fileJSON []byte
		if file != "" {
			fileJSON, _ = json.Marshal(file)
		}
		return func(dst, line []byte, n int) ([]byte, error) {
			ms := s.ScanBytes(line)
			if *asJSON {
				return appendScanJSON(dst, fileJSON, n, ms), nil
			}
			return appendScanTable(dst, file, n, ms), nil
		}
	}
	return a.runLines("scan", &fl, pos, newFn, true)
}

// appendScanJSON appends the JSON line of line n; fileJSON, when not
// nil, is the quoted name of its file.
func appendScanJSON(dst, fileJSON []byte, n int, ms []numerals.Match) []byte {
	dst = append(dst, '{')
	if fileJSON != nil {
		dst = append(dst, `"file":`...)
		dst = append(dst, fileJSON...)
		dst = append(dst, ',')
	}
	dst = append(dst, `"line":`...)
	dst = strconv.AppendInt(dst, int64(n), 10)
	dst = append(dst, `,"matches":[`...)
	for i, m := range ms {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = m.AppendJSON(dst)
	}
	return append(dst, "]}\n"...)
}

// appendScanTable appends one table row per match of line n, prefixed
// with file and a colon when file is not empty.
func appendScanTable(dst []byte, file string, n int, ms []numerals.Match) []byte {
	for _, m := range ms {
		if file != "" {
			dst = append(dst, file...)
			dst = append(dst, ':')
		}
		start := len(dst)
		dst = strconv.AppendInt(dst, int64(n), 10)
		dst = append(dst, ':')
		dst = strconv.AppendInt(dst, int64(m.Start), 10)
		dst = append(dst, '-')
		dst = strconv.AppendInt(dst, int64(m.End), 10)
		dst = scanPad(dst, start, 14)
		dst = append(dst, m.Kind.String()...)
		dst = scanPad(dst, start, 22)
		v := m.Value()
		switch {
		case m.Kind == numerals.KindNumber && !m.Number.Definite:
			v = "vague"
		case m.Kind == numerals.KindDate && m.Calendar == numerals.Bangabda:
			v += " (bangabda " + m.BangabdaValue() + ")"
		}
		if m.Kind == numerals.KindNumber && m.Number.Unit != numerals.UnitNone {
			v += " " + m.Number.Unit.String()
		}
		dst = append(dst, v...)
		dst = scanPad(dst, start, 46)
		dst = append(dst, m.Text...)
		dst = append(dst, '\n')
	}
	return dst
}

// scanPad pads the row that starts at dst[start] with spaces to width
// bytes, or one space at least.
func scanPad(dst []byte, start, width int) []byte {
	dst = append(dst, ' ')
	for len(dst)-start < width {
		dst = append(dst, ' ')
	}
	return dst
}
