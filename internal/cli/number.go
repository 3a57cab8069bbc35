package cli

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/bntext/bntext/numerals"
)

func init() {
	register(command{name: "number", summary: "convert one number per line: --to words|bengali|value", order: 35, run: runNumber})
}

const numberAbout = `Reads one number per line and writes one line per input line.

  --to words    a number (ASCII or Bengali digits, or any phrase that
                --to value reads) -> Bengali words in the Bangladesh formal
                style: 1234 -> এক হাজার দুই শত চৌত্রিশ. Ordinals (১ম,
                দ্বিতীয়) give ordinal words; percent and taka keep their word.
  --to bengali  a number -> Bengali digits with South Asian grouping, as
                ICU's bn locale writes it: 1234567 -> ১২,৩৪,৫৬৭, at most
                three digits after the point, rounded half to even
                (3.14159 -> ৩.১৪২; --exact keeps every digit); percent
                keeps %, ordinals become ১ম ২য় ... ১১তম.
  --to value    a Bengali number phrase -> one JSON object
                {"value": <JSON number or null>, "unit": "<unit>"}, unit one
                of "", "percent", "BDT", "ordinal", "count". Vague
                quantities (কয়েক হাজার, লাখো) have "value": null.

A line that is not one number phrase as a whole but holds exactly one
(মোট ৫০০ জন) gives that one. A line that is not a number: with --to value it gives
{"value": null, "unit": ""} and a warning on standard error, and the exit
code stays 0. With --to words or --to bengali the output line is empty,
a warning names the line, and the command exits with code 1 after
converting every other line. Empty lines stay empty (null for --to value)
without a warning.`

// maxNumberWarnings bounds the per-line warnings; a summary follows.
const maxNumberWarnings = 20

func runNumber(a *app, args []string) int {
	fs := newFlagSet("number")
	var fl ioFlags
	fl.bind(fs)
	to := fs.String("to", "", "the output: `words`, bengali or value (required)")
	hundred := fs.String("hundred", "shoto", "with --to words, hundreds as `STYLE`: shoto (এক শত), sho (একশো) or sha (একশ)")
	lokkho := fs.Bool("lokkho", false, "with --to words, write লক্ষ instead of লাখ")
	kuri := fs.Bool("kuri", false, "with --to words, write কুড়ি instead of বিশ for 20")
	asciiDigits := fs.Bool("ascii", false, "with --to bengali, group with ASCII digits (12,34,567)")
	grouping := fs.String("grouping", "south-asian", "with --to bengali, the `GROUPING`: south-asian (12,34,567), western (1,234,567) or none")
	exact := fs.Bool("exact", false, "with --to bengali, write every digit after the point instead of rounding to three as ICU does")
	pos, done, code := a.parse(fs, "number", "bntext number --to words|bengali|value [flags] [FILE...]", numberAbout, args)
	if done {
		return code
	}
	style := numerals.Style{Lokkho: *lokkho, Kuri: *kuri}
	switch *hundred {
	case "shoto", "শত":
		style.Hundred = numerals.HundredShoto
	case "sho", "শো":
		style.Hundred = numerals.HundredSho
	case "sha", "শ":
		style.Hundred = numerals.HundredSha
	default:
		return a.usageError("number", fmt.Errorf("invalid --hundred %q: want shoto, sho or sha", *hundred))
	}
	f := numerals.Formatter{ASCII: *asciiDigits, Round: !*exact}
	switch *grouping {
	case "south-asian", "southasian", "indian":
		f.Grouping = numerals.SouthAsian
	case "western":
		f.Grouping = numerals.Western
	case "none":
		f.Grouping = numerals.NoGrouping
	default:
		return a.usageError("number", fmt.Errorf("invalid --grouping %q: want south-asian, western or none", *grouping))
	}
	var convert func(dst []byte, num numerals.Number) ([]byte, bool)
	switch *to {
	case "words":
		convert = func(dst []byte, num numerals.Number) ([]byte, bool) { return numberWords(dst, style, num) }
	case "bengali":
		convert = func(dst []byte, num numerals.Number) ([]byte, bool) { return numberDigits(dst, f, num) }
	case "value":
	case "":
		return a.usageError("number", fmt.Errorf("--to is required: words, bengali or value"))
	default:
		return a.usageError("number", fmt.Errorf("invalid --to %q: want words, bengali or value", *to))
	}

	var failed atomic.Int64
	var mu sync.Mutex
	warn := func(n int, line []byte) {
		if failed.Add(1) > maxNumberWarnings {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(a.stderr, "bntext number: line %d: not a number: %q\n", n, truncateForMessage(string(line)))
	}
	newFn := func(string) lineFunc {
		return func(dst, line []byte, n int) ([]byte, error) {
			s := strings.TrimSpace(string(line))
			num, ok := parseNumberLine(s)
			if !ok && s != "" {
				warn(n, line)
			}
			if convert == nil {
				return appendValueJSON(dst, num, ok), nil
			}
			if !ok {
				return dst, nil
			}
			out, ok := convert(dst, num)
			if !ok {
				warn(n, line)
				return dst, nil
			}
			return out, nil
		}
	}
	code = a.runLines("number", &fl, pos, newFn, false)
	if k := failed.Load(); k > 0 {
		if k > maxNumberWarnings {
			fmt.Fprintf(a.stderr, "bntext number: %d lines in all were not numbers\n", k)
		}
		if code == ExitOK && convert != nil {
			return ExitError
		}
	}
	return code
}

// parseNumberLine reads the number of a line: the whole line as one
// number phrase, or else the only number phrase in it (মোট ৫০০ জন).
func parseNumberLine(s string) (numerals.Number, bool) {
	if num, ok := numerals.Parse(s); ok {
		return num, true
	}
	b := []byte(s)
	var found numerals.Number
	count := 0
	for i := 0; i < len(b) && count < 2; {
		n, num, ok := numerals.MatchNumber(b, i)
		if ok {
			found = num
			count++
		}
		i += n
	}
	return found, count == 1
}

// truncateForMessage shortens s for an error message.
func truncateForMessage(s string) string {
	const limit = 80
	if len(s) <= limit {
		return s
	}
	cut := limit
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "..."
}

// appendValueJSON appends {"value": V, "unit": "U"} for --to value.
func appendValueJSON(dst []byte, num numerals.Number, ok bool) []byte {
	dst = append(dst, `{"value": `...)
	if ok && num.Definite {
		b, _ := num.Value.MarshalJSON()
		dst = append(dst, b...)
	} else {
		dst = append(dst, "null"...)
	}
	dst = append(dst, `, "unit": "`...)
	if ok {
		dst = append(dst, num.Unit.String()...)
	}
	return append(dst, `"}`...)
}

// numberWords writes num in words for --to words.
func numberWords(dst []byte, style numerals.Style, num numerals.Number) ([]byte, bool) {
	if !num.Definite {
		return dst, false
	}
	if num.Unit == numerals.UnitOrdinal {
		n, ok := num.Value.Int64()
		if !ok {
			return dst, false
		}
		return append(dst, style.OrdinalWords(n)...), true
	}
	dst = style.AppendWords(dst, num.Value)
	switch num.Unit {
	case numerals.UnitPercent:
		dst = append(dst, " শতাংশ"...)
	case numerals.UnitBDT:
		dst = append(dst, " টাকা"...)
	}
	return dst, true
}

// numberDigits writes num with grouped digits for --to bengali.
func numberDigits(dst []byte, f numerals.Formatter, num numerals.Number) ([]byte, bool) {
	if !num.Definite {
		return dst, false
	}
	if num.Unit == numerals.UnitOrdinal {
		n, ok := num.Value.Int64()
		if !ok {
			return dst, false
		}
		o := numerals.Ordinal(n)
		if f.ASCII {
			o = numerals.ToASCII.String(o)
		}
		return append(dst, o...), true
	}
	dst = f.Append(dst, num.Value)
	if num.Unit == numerals.UnitPercent {
		dst = append(dst, '%')
	}
	return dst, true
}
