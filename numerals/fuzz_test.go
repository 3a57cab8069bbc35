package numerals

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"
	"testing/iotest"
	"unicode/utf8"
)

func addNumeralSeeds(f *testing.F) {
	for _, tt := range digitCases {
		f.Add(tt.bengali)
	}
	for _, tt := range wordCases {
		f.Add(tt.in)
	}
	for _, tt := range phraseCases {
		f.Add(tt.in)
	}
	for _, s := range notNumbers {
		f.Add(s)
	}
	if b, err := os.ReadFile(filepath.Join(goldenDir, "sample.txt")); err == nil {
		for _, line := range bytes.Split(b, []byte("\n")) {
			f.Add(string(line))
		}
	}
}

// FuzzDigitMappers: streaming over one-byte reads and tiny buffers equals
// one-shot; valid UTF-8 stays valid; only digits change; the round trip
// through Bengali digits restores ASCII digits.
func FuzzDigitMappers(f *testing.F) {
	addNumeralSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range []DigitMapper{ToASCII, ToBengali} {
			want := m.String(s)
			if got := string(m.Bytes([]byte(s))); got != want {
				t.Fatalf("Bytes %q != String %q", got, want)
			}
			got, err := io.ReadAll(m.Reader(iotest.OneByteReader(bytes.NewReader([]byte(s)))))
			if err != nil || string(got) != want {
				t.Fatalf("streaming %q (%v) != one-shot %q", got, err, want)
			}
			if tiny := transformTiny(t, m, s, 3); tiny != want {
				t.Fatalf("tiny buffers %q != one-shot %q", tiny, want)
			}
			if utf8.ValidString(s) && !utf8.ValidString(want) {
				t.Fatalf("invalid UTF-8 out of %q", s)
			}
		}
		a := ToASCII.String(s)
		if back := ToASCII.String(ToBengali.String(a)); back != a {
			t.Fatalf("round trip %q -> %q", a, back)
		}
		if len(a) != len(s)-2*(len(s)-len(a))/2 {
			t.Fatalf("length changed oddly")
		}
	})
}

// FuzzParse: no panic, and a definite value survives Words and Format.
func FuzzParse(f *testing.F) {
	addNumeralSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		num, ok := Parse(s)
		if !ok {
			return
		}
		if !num.Definite {
			if num.Value != (Value{}) {
				t.Fatalf("vague %q has a value %v", s, num.Value)
			}
			return
		}
		switch num.Unit {
		case UnitNone, UnitPercent, UnitBDT, UnitOrdinal, UnitCount:
		default:
			t.Fatalf("bad unit %d", num.Unit)
		}
		v := num.Value
		if back, ok := Parse(Format(v)); !ok || back.Value != v {
			t.Fatalf("Parse(Format(%v)) = %v, %v (from %q)", v, back, ok, s)
		}
		if lessThanPow10(v, 19) {
			w := Words(v)
			if back, ok := Parse(w); !ok || back.Value != v {
				t.Fatalf("Parse(Words(%v)) = Parse(%q) = %v, %v (from %q)", v, w, back, ok, s)
			}
		}
	})
}

// FuzzMatchNumber: no panic; every result stays inside the text and moves
// forward; a match is a phrase that Parse reads the same way.
func FuzzMatchNumber(f *testing.F) {
	addNumeralSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		text := []byte(s)
		for i := 0; i < len(text); {
			n, num, ok := MatchNumber(text, i)
			if n <= 0 || i+n > len(text) {
				t.Fatalf("MatchNumber(%q, %d) n=%d", s, i, n)
			}
			if ok {
				got, pok := Parse(string(text[i : i+n]))
				if !pok || got != num {
					t.Fatalf("match %q = %v but Parse gives %v, %v", text[i:i+n], num, got, pok)
				}
			}
			i += n
		}
	})
}
