package bijoy

import (
	"testing"
)

func TestQuick(t *testing.T) {
	for _, c := range [][2]string{
		{"Avwg evsjvq Mvb MvB|", "আমি বাংলায় গান গাই।"},
		{"ag©", "ধর্ম"},
		{"KvwË©K", "কার্ত্তিক"},
		{"m‡e©v”P", "সর্বোচ্চ"},
		{"Pvu`", "চাঁদ"},
		{"we`¨yr", "বিদ্যুৎ"},
		{"Kywgjøv", "কুমিল্লা"},
	} {
		got := ToUnicode(c[0])
		if got != c[1] {
			t.Errorf("%q: got %q %+q want %q", c[0], got, got, c[1])
		}
	}
}
