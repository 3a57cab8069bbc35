package bijoy

import (
	"unicode/utf8"

	"github.com/bntext/bntext/internal/bn"
)

// Bijoy stores text in visual order: a pre-base vowel sign (ি ে ৈ) is typed
// before the cluster it follows in Unicode, the reph after the cluster it
// sits on, and an o-kar is the e-kar before the cluster plus the aa-kar after
// it. The converter expands every glyph code into Bengali code points and
// feeds them to a syllable builder that collects one syllable (pre-base
// sign, cluster, reph, vowel signs, modifiers) and writes it out in logical
// order. The builder only ever holds one syllable, so conversion is linear
// and needs no look-ahead beyond the next glyph.

// Syllable builder states.
const (
	stEmpty uint8 = iota // nothing pending
	stPre                // a pre-base vowel sign waits for its cluster
	stHalf               // the cluster ends with a virama and takes a consonant
	stCons               // the cluster ends with a consonant (or nukta)
)

const (
	maxClus  = 24 // code points in one cluster; longer input is not Bengali
	maxSigns = 6  // vowel signs or modifiers on one cluster
	maxTok   = 256
)

// conv converts one token of glyph codes. The zero value is ready to use; it
// is reused between tokens and never allocates except to grow out.
type conv struct {
	out    []byte // output buffer; out[:no] is written
	no     int
	st     uint8
	hasKar bool // vowel signs or modifiers follow the cluster
	reph   bool
	pre    rune
	nc     int
	np     int
	nm     int
	clus   [maxClus]rune
	posts  [maxSigns]rune
	mods   [maxSigns]rune
	codes  [maxTok]int16
	offs   [maxTok + 1]int32
}

// appendToken appends the Unicode conversion of tok (at most maxTok bytes,
// no whitespace) to dst.
func (c *conv) appendToken(dst, tok []byte) []byte {
	if need := len(dst) + expand*len(tok) + slack; cap(dst) < need {
		grown := make([]byte, len(dst), need)
		copy(grown, dst)
		dst = grown
	}
	c.out, c.no = dst[:cap(dst)], len(dst)
	n := 0
	for i := 0; i < len(tok); {
		code, size := int(tok[i]), 1
		if code >= utf8.RuneSelf {
			code, size = decodeCode(tok[i:])
			if size == 0 {
				size = len(tok) - i
			}
		}
		c.codes[n] = int16(code)
		c.offs[n] = int32(i)
		n++
		i += size
	}
	c.offs[n] = int32(len(tok))
	for i := 0; i < n; i++ {
		code := c.codes[i]
		if code == noCode {
			c.other(tok[c.offs[i]:c.offs[i+1]])
			continue
		}
		g := &glyphs[code]
		if g.op == opCons && c.st != stCons && c.nc < maxClus {
			// The commonest glyph: a consonant starting a cluster or
			// joining one after a virama.
			c.clus[c.nc] = g.r0
			c.nc++
			c.st = stCons
			continue
		}
		switch g.kind {
		case gSame:
			c.other(tok[c.offs[i]:c.offs[i+1]])
		case gText:
			switch g.op {
			case opCons: // the commonest glyphs, as push would take them
				if c.st == stCons {
					c.flush()
				}
				if c.nc < maxClus {
					c.clus[c.nc] = g.r0
					c.nc++
					c.st = stCons
					continue
				}
			case opPost:
				if (c.st == stCons || c.st == stHalf) && c.np < maxSigns {
					c.posts[c.np] = g.r0
					c.np++
					c.hasKar = true
					c.st = stCons
					continue
				}
			case opPre:
				c.flush()
				c.pre = g.r0
				c.st = stPre
				continue
			}
			if code == 'A' && i+1 < n && c.codes[i+1] == 'v' {
				c.flush()
				c.write('আ')
				i++
				continue
			}
			c.pushRunes(g.rs)
		case gReph:
			c.pushReph()
		case gHasanta:
			j := i + 1
			for j < n && c.codes[j] != noCode && isPreGlyph(int(c.codes[j])) {
				j++
			}
			c.hasanta(c.consAt(j, n))
		case gCtx:
			c.context(code, i, n, tok)
		}
	}
	c.flush()
	out := c.out[:c.no]
	c.out = nil
	return out
}

// consAt reports whether the glyph at index i starts with a consonant.
func (c *conv) consAt(i, n int) bool {
	return i < n && c.codes[i] != noCode && glyphs[c.codes[i]].cons
}

// letterAt reports whether the glyph at index i is a Bijoy letter.
func (c *conv) letterAt(i, n int) bool {
	if i < 0 || i >= n || c.codes[i] == noCode {
		return false
	}
	return glyphs[c.codes[i]].word
}

// phalaAt reports whether the glyph at index i is a phala.
func (c *conv) phalaAt(i, n int) bool {
	return i < n && c.codes[i] != noCode && glyphs[c.codes[i]].lead
}

func (c *conv) hasCluster() bool { return c.st == stCons || c.st == stHalf }

// lastCons returns the last consonant of the cluster, or 0.
func (c *conv) lastCons() rune {
	for i := c.nc - 1; i >= 0; i-- {
		if r := c.clus[i]; isConsonant(r) {
			return r
		}
	}
	return 0
}

// context resolves the codes whose reading depends on the neighbours: the
// typographic marks that are also punctuation, and the codes that differ
// between font versions.
func (c *conv) context(code int16, i, n int, tok []byte) {
	orig := tok[c.offs[i]:c.offs[i+1]]
	switch code {
	case 0x85: // … ri-kar, or an ellipsis
		if c.hasCluster() {
			c.push('ৃ')
			return
		}
	case 0x93, 0x96: // “ – u-kar, or punctuation
		if c.hasCluster() {
			c.push('ু')
			return
		}
	case 0x91: // ‘
		if c.hasCluster() {
			c.pushString("্তু")
			return
		}
	case 0x92: // ’
		if c.hasCluster() {
			c.pushString("্থ")
			return
		}
	case 0x97: // —
		if c.hasCluster() {
			c.pushString("্ত")
			return
		}
	case 0x94: // ” half ca
		if c.consAt(i+1, n) {
			c.pushString("চ্")
			return
		}
	case 0x95: // • half nga before a consonant, else ks
		if c.consAt(i+1, n) || c.phalaAt(i+1, n) {
			c.pushString("ঙ্")
			return
		}
		if c.letterAt(i-1, n) || c.letterAt(i+1, n) {
			c.pushString("ক্স")
			return
		}
	case 0x9C: // œ na-phala; after ha it is the ṇa-phala of হ্ণ
		if c.lastCons() == 'হ' && c.st == stCons {
			c.pushString("্ণ")
		} else {
			c.pushString("্ন")
		}
		return
	case 0xE8: // è ṇa-phala; after ka it is the na-phala of ক্ন
		if c.lastCons() == 'ক' && c.st == stCons {
			c.pushString("্ন")
		} else {
			c.pushString("্ণ")
		}
		return
	case 0xE6: // æ u-kar after ra, else ম্ন
		if c.st == stCons && c.nc > 0 && c.clus[c.nc-1] == 'র' {
			c.push('ু')
		} else {
			c.pushString("ম্ন")
		}
		return
	case 0xCD: // Í ta-phala after a half form (¯Í স্ত, šÍ ন্ত), else ত্ম
		if c.st == stHalf {
			c.pushString("্ত")
		} else {
			c.pushString("ত্ম")
		}
		return
	case 0xF8: // ø la-phala on a cluster (SutonnyMJ), else স্ন (Bijoy 2000)
		if c.hasCluster() {
			c.pushString("্ল")
		} else {
			c.pushString("স্ন")
		}
		return
	case 0xA8: // ¨ ya-phala; after the letter ra it is র‍্য
		if i > 0 && c.codes[i-1] == 'i' && c.st == stCons && c.nc > 0 && c.clus[c.nc-1] == 'র' {
			c.push(bn.ZWJ)
		}
		c.push(bn.Virama)
		c.push(bn.Ya)
		return
	case '"': // a straightened ” between letters: half ca
		if c.letterAt(i-1, n) && i+1 < n && (c.codes[i+1] == 'P' || c.codes[i+1] == 'Q' || c.codes[i+1] == 'T') {
			c.pushString("চ্")
			return
		}
	case '\'': // a straightened ’ after a half form: tha-phala
		if c.st == stHalf {
			c.pushString("্থ")
			return
		}
	}
	c.other(orig)
}

func (c *conv) pushString(s string) {
	for _, r := range s {
		c.push(r)
	}
}

func (c *conv) pushRunes(rs []rune) {
	for _, r := range rs {
		c.push(r)
	}
}

// push feeds one Bengali code point, in Bijoy (visual) order, to the
// syllable builder.
func (c *conv) push(r rune) {
	switch bn.ClassOf(r) {
	case bn.Consonant, bn.KhandaTaClass:
		if c.st == stCons {
			c.flush()
		}
		c.addClus(r)
		c.st = stCons
	case bn.NuktaClass:
		if c.st == stCons {
			c.addClus(r)
			return
		}
		c.flush()
		c.write(r)
	case bn.ViramaClass:
		switch c.st {
		case stCons:
			c.addClus(r)
			c.st = stHalf
		case stHalf: // a half form followed by a phala: one virama
		default:
			c.flush()
			c.write(r)
		}
	case bn.VowelSign:
		if bn.IsPreBase(r) {
			c.flush()
			c.pre = r
			c.st = stPre
			return
		}
		if c.hasCluster() && c.np < maxSigns {
			c.posts[c.np] = r
			c.np++
			c.hasKar = true
			c.st = stCons
			return
		}
		c.flush()
		c.write(r)
	case bn.Modifier:
		// Candrabindu is often typed before the vowel sign, or between the
		// pre-base sign and the consonant: it always goes last.
		if (c.hasCluster() || c.st == stPre) && c.nm < maxSigns {
			c.mods[c.nm] = r
			c.nm++
			if c.st != stPre {
				c.hasKar = true
				c.st = stCons
			}
			return
		}
		c.flush()
		c.write(r)
	default:
		if (r == bn.ZWJ || r == bn.ZWNJ) && c.st == stCons && !c.hasKar {
			c.addClus(r)
			return
		}
		c.flush()
		c.write(r)
	}
}

func (c *conv) addClus(r rune) {
	if c.nc == maxClus {
		st := c.st
		c.flush()
		if st == stHalf && isConsonant(r) {
			c.st = stHalf // keep joining; the text is garbage anyway
		}
	}
	c.clus[c.nc] = r
	c.nc++
}

// pushReph handles ©, typed after the cluster (and often after its vowel
// signs) that the reph sits on.
func (c *conv) pushReph() {
	if c.hasCluster() {
		c.reph = true // a doubled reph is a typing slip
		return
	}
	// No cluster before it: the reph was typed in logical order.
	c.push('র')
	c.push(bn.Virama)
}

// hasanta handles & (explicit hasanta): a virama that must stay visible, so
// a zero width non-joiner follows it when a consonant comes next.
func (c *conv) hasanta(consNext bool) {
	if c.st == stCons && !c.hasKar {
		c.addClus(bn.Virama)
		if consNext {
			c.addClus(bn.ZWNJ)
		}
		c.flush()
		return
	}
	c.flush()
	c.write(bn.Virama)
	if consNext {
		c.write(bn.ZWNJ)
	}
}

// other writes a character that is not part of a syllable.
func (c *conv) other(p []byte) {
	c.flush()
	c.no += copy(c.out[c.no:], p)
}

// flush writes the pending syllable in logical order. Every code point of
// a syllable takes three bytes in UTF-8, and appendToken made room for them.
func (c *conv) flush() {
	if c.st == stEmpty {
		return
	}
	out, n := c.out, c.no
	if c.nc == 0 {
		if c.pre != 0 {
			c.write(c.pre) // it may join a vowel sign written before it
			n = c.no
		}
	} else {
		if c.reph {
			n = put3(out, n, 'র')
			n = put3(out, n, bn.Virama)
		}
		for _, r := range c.clus[:c.nc] {
			n = put3(out, n, r)
		}
		posts := c.posts[:c.np]
		switch {
		case c.pre == bn.SignE && len(posts) > 0 && posts[0] == bn.SignAA:
			n = put3(out, n, bn.SignO)
			posts = posts[1:]
		case c.pre == bn.SignE && len(posts) > 0 && posts[0] == bn.AULength:
			n = put3(out, n, bn.SignAU)
			posts = posts[1:]
		case c.pre != 0:
			n = put3(out, n, c.pre)
		}
		for _, r := range posts {
			n = put3(out, n, r)
		}
	}
	for _, r := range c.mods[:c.nm] {
		n = put3(out, n, r)
	}
	c.no = n
	c.st, c.hasKar, c.reph, c.pre, c.nc, c.np, c.nm = stEmpty, false, false, 0, 0, 0, 0
}

// put3 writes r, a code point of three UTF-8 bytes (Bengali, ZWJ, ZWNJ), at
// out[n:] and returns the index after it.
func put3(out []byte, n int, r rune) int {
	o := out[n : n+3 : n+3]
	o[0], o[1], o[2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
	return n + 3
}

// write appends r, composing e-kar + aa-kar (or au length mark) as NFC does.
func (c *conv) write(r rune) {
	n := c.no
	if (r == bn.SignAA || r == bn.AULength) && n >= 3 {
		if o := c.out[n-3 : n]; o[0] == 0xE0 && o[1] == 0xA7 && o[2] == 0x87 { // ে
			if r == bn.SignAA {
				o[2] = 0x8B // ো
			} else {
				o[2] = 0x8C // ৌ
			}
			return
		}
	}
	if r >= 0x800 && r <= 0xFFFF {
		o := c.out[n : n+3]
		o[0], o[1], o[2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
		c.no = n + 3
		return
	}
	c.no += utf8.EncodeRune(c.out[n:], r)
}
