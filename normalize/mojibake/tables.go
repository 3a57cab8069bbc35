package mojibake

import (
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// A codec is a single-byte code page through which UTF-8 bytes were
// wrongly decoded.
type codec uint8

const (
	// cp1252 is Windows-1252 as WHATWG decodes it (the five undefined
	// bytes 81 8D 8F 90 9D become U+0081.. U+009D), read sloppily: every C1
	// control U+0080..U+009F maps back to its byte too, so Latin-1 (ISO
	// 8859-1) mojibake is the same codec.
	cp1252 codec = iota
	macRoman
	numCodecs
)

// decodeTab gives, per codec, the character that byte 0x80+i became.
var decodeTab = func() (t [numCodecs][128]rune) {
	for i := range 128 {
		t[cp1252][i] = charmap.Windows1252.DecodeByte(byte(0x80 + i))
		if t[cp1252][i] == '\ufffd' {
			t[cp1252][i] = rune(0x80 + i)
		}
		t[macRoman][i] = charmap.Macintosh.DecodeByte(byte(0x80 + i))
	}
	return t
}()

// revTab maps a character back to the byte (0x80..0xFF) it stands for in
// one codec; 0 means none. Only three ranges hold such characters, plus
// four MacRoman specials handled in byteOf.
type revTab struct {
	latin   [0x380]uint8 // U+0080..U+03FF
	general [0x300]uint8 // U+2000..U+22FF
}

var rev = func() (t [numCodecs]revTab) {
	for c := range numCodecs {
		for i := range 128 {
			r := decodeTab[c][i]
			b := uint8(0x80 + i)
			switch {
			case r >= 0x80 && r < 0x400:
				t[c].latin[r-0x80] = b
			case r >= 0x2000 && r < 0x2300:
				t[c].general[r-0x2000] = b
			}
		}
	}
	// Sloppy cp1252: every C1 control is its own byte.
	for r := 0x80; r < 0xA0; r++ {
		t[cp1252].latin[r-0x80] = uint8(r)
	}
	return t
}()

// byteOf returns the byte that r stands for in codec c, or 0.
func byteOf(c codec, r rune) byte {
	switch {
	case r < 0x80:
		return 0
	case r < 0x400:
		return rev[c].latin[r-0x80]
	case r >= 0x2000 && r < 0x2300:
		return rev[c].general[r-0x2000]
	case c != macRoman:
		return 0
	}
	switch r {
	case 0x25CA:
		return 0xD7
	case 0xF8FF:
		return 0xF0
	case 0xFB01:
		return 0xDE
	case 0xFB02:
		return 0xDF
	}
	return 0
}

// Lost bytes. Windows-1252 leaves five bytes undefined; decoders that do
// not keep them as C1 controls drop them or turn them into U+FFFD.
// lostSet lists, per second byte of a three-byte sequence, the third bytes
// that can have been lost there and what they encode.
var (
	lostA6 = [...]byte{0x81, 0x8F, 0x90, 0x9D} // ঁ এ ঐ ঝ
	lostA7 = [...]byte{0x81, 0x8D, 0x9D}       // ু ্ ঢ়
	lost80 = [...]byte{0x9D, 0x8D, 0x90, 0x8F} // ” ZWJ ‐ RLM after E2 80
)

// nfkcPat is what NFKC made of one trail-byte character: the bytes the
// damaged text shows instead of it.
type nfkcPat struct {
	s      string
	b      byte
	strong bool // s has a character no text would have there (⁄, a combining mark)
}

// nfkcTab lists, per codec, the trail bytes (0x80..0xBF) whose character
// NFKC changes, longest replacement first.
var nfkcTab = func() (t [numCodecs][]nfkcPat) {
	for c := range numCodecs {
		for i := range 64 {
			r := decodeTab[c][i]
			s := norm.NFKC.String(string(r))
			if s == string(r) {
				continue
			}
			strong := false
			for j := 0; j < len(s); j++ {
				strong = strong || s[j] >= 0x80
			}
			t[c] = append(t[c], nfkcPat{s, byte(0x80 + i), strong})
		}
		ps := t[c]
		for i := 1; i < len(ps); i++ { // insertion sort by length, descending
			for j := i; j > 0 && len(ps[j].s) > len(ps[j-1].s); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
	}
	return t
}()

// nfkcFirst marks the first bytes of the strings in nfkcTab[cp1252].
var nfkcFirst = func() (t [256]bool) {
	for _, p := range nfkcTab[cp1252] {
		t[p.s[0]] = true
	}
	return t
}()

// isLeadByte reports whether b begins a multi-byte UTF-8 sequence.
func isLeadByte(b byte) bool { return b >= 0xC2 && b <= 0xF4 }

// isTrailByte reports whether b is a UTF-8 continuation byte.
func isTrailByte(b byte) bool { return b >= 0x80 && b <= 0xBF }

// mayStart reports whether r can begin a token in some codec.
func mayStart(r rune) bool {
	return isLeadByte(byteOf(cp1252, r)) || isLeadByte(byteOf(macRoman, r))
}
