package bijoy

import (
	"strings"

	"github.com/bntext/bntext/internal/bn"
)

// toBijoy encodes NFC Unicode Bengali as SutonnyMJ Bijoy text, the way a
// Bijoy keyboard and font would store it, choosing glyph variants by the
// same rules as the Avro Bijoy 2000 encoder (e-kar † at the start of a word,
// ‡ elsewhere; u-kar y/z/“/– by the letter it hangs on; and so on). It is a
// test helper: it generates Bijoy input for words we know the Unicode of.
// ok is false when a cluster has no Bijoy glyph (it would need &).
func toBijoy(s string) (out string, ok bool) {
	var b strings.Builder
	ok = true
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		cls := bn.ClassOf(r)
		if cls == bn.Consonant || cls == bn.KhandaTaClass || (r == 'র' && i+1 < len(rs)) {
			j, good := encodeSyllable(&b, rs, i)
			ok = ok && good
			i = j
			continue
		}
		if cls == bn.IndependentVowel {
			b.WriteString(vowelCodes[r])
			i++
			continue
		}
		switch r {
		case bn.Virama:
			if i > 0 && bn.ClassOf(rs[i-1]) == bn.IndependentVowel && i+1 < len(rs) && rs[i+1] == 'য' {
				b.WriteString("¨")
				i += 2
				continue
			}
			b.WriteByte('&')
			if i+1 < len(rs) && rs[i+1] == bn.ZWNJ {
				i++
			}
		case 'ং':
			b.WriteByte('s')
		case 'ঃ':
			b.WriteByte('t')
		case 'ঁ':
			b.WriteByte('u')
		case '।':
			b.WriteByte('|')
		case '॥':
			b.WriteByte('\\')
		case '৳':
			b.WriteByte('$')
		case '“':
			b.WriteString("Ò")
		case '”':
			b.WriteString("Ó")
		case '‘':
			b.WriteString("Ô")
		case '’':
			b.WriteString("Õ")
		default:
			if bn.IsDigit(r) {
				b.WriteByte(byte('0' + bn.DigitValue(r)))
			} else if bn.InBlock(r) || r == bn.ZWJ || r == bn.ZWNJ {
				ok = false
			} else {
				b.WriteRune(r)
			}
		}
		i++
	}
	return b.String(), ok
}

var vowelCodes = map[rune]string{
	'অ': "A", 'আ': "Av", 'ই': "B", 'ঈ': "C", 'উ': "D", 'ঊ': "E", 'ঋ': "F",
	'এ': "G", 'ঐ': "H", 'ও': "I", 'ঔ': "J",
}

// consCodes maps each consonant (nukta forms as one string) to its letter.
var consCodes = map[string]string{
	"ক": "K", "খ": "L", "গ": "M", "ঘ": "N", "ঙ": "O", "চ": "P", "ছ": "Q", "জ": "R",
	"ঝ": "S", "ঞ": "T", "ট": "U", "ঠ": "V", "ড": "W", "ঢ": "X", "ণ": "Y", "ত": "Z",
	"থ": "_", "দ": "`", "ধ": "a", "ন": "b", "প": "c", "ফ": "d", "ব": "e", "ভ": "f",
	"ম": "g", "য": "h", "র": "i", "ল": "j", "শ": "k", "ষ": "l", "স": "m", "হ": "n",
	"ড়": "o", "ঢ়": "p", "য়": "q", "ৎ": "r",
}

// full conjunct glyphs, longest first.
var fullCodes = map[string]string{
	"ক্ক": "°", "ক্ট": "±", "ক্ষ্ম": "²", "ক্ত": "³", "ক্ম": "´", "ক্র": "µ", "ক্ষ": "¶",
	"ক্স": "·", "গ্গ": "¹", "গ্দ": "º", "গ্ধ": "»", "ঙ্ক": "¼", "ঙ্গ": "½", "জ্জ": "¾",
	"জ্ঝ": "À", "জ্ঞ": "Á", "ঞ্চ": "Â", "ঞ্ছ": "Ã", "ঞ্জ": "Ä", "ঞ্ঝ": "Å", "ট্ট": "Æ",
	"ড্ড": "Ç", "ণ্ট": "È", "ণ্ঠ": "É", "ণ্ড": "Ê", "ত্ত": "Ë", "ত্থ": "Ì", "ত্র": "Î",
	"দ্দ": "Ï", "দ্ধ": "×", "দ্ব": "Ø", "দ্ম": "Ù", "ন্ঠ": "Ú", "ন্ড": "Û", "ন্ধ": "Ü",
	"ন্স": "Ý", "প্ট": "Þ", "প্ত": "ß", "প্প": "à", "প্স": "á", "ব্জ": "â", "ব্দ": "ã",
	"ব্ধ": "ä", "ভ্র": "å", "ম্ফ": "ç", "ল্ক": "é", "ল্গ": "ê", "ল্ট": "ë",
	"ল্ড": "ì", "ল্প": "í", "ল্ফ": "î", "শ্চ": "ð", "শ্ছ": "ñ", "ষ্ণ": "ò", "ষ্ট": "ó",
	"ষ্ঠ": "ô", "ষ্ফ": "õ", "স্খ": "ö", "স্ট": "÷", "স্ফ": "ù", "হ্ন": "ý", "হ্ম": "þ",
}

// halfCodes are the first-part forms.
var halfCodes = map[string]string{"ম": "¤", "ষ": "®", "স": "¯", "চ": "”", "ঙ": "•"}

// baseLineRight lists the letters whose stem ends on the right at the base
// line; the vowel signs below them take the other glyph variants.
const baseLineRight = "খগঘণথদধনপবমযরলশষসহয়"

// encodeSyllable writes the syllable starting at rs[i] (a consonant, or
// the reph) and returns the index after it.
func encodeSyllable(b *strings.Builder, rs []rune, i int) (int, bool) {
	ok := true
	start := i
	reph := false
	if rs[i] == 'র' && i+2 < len(rs) && rs[i+1] == bn.Virama && isConsonant(rs[i+2]) {
		reph = true
		i += 2
	}
	// The cluster: consonants (nukta forms joined) separated by viramas.
	var cons []string
	zwjRa := false
	for i < len(rs) && isConsonant(rs[i]) {
		c := string(rs[i])
		i++
		if i < len(rs) && rs[i] == bn.Nukta {
			c += string(bn.Nukta)
			i++
		}
		cons = append(cons, c)
		if c == "র" && i+2 < len(rs) && rs[i] == bn.ZWJ && rs[i+1] == bn.Virama && rs[i+2] == 'য' {
			zwjRa = true
			i += 3
			break
		}
		if i+1 < len(rs) && rs[i] == bn.Virama && isConsonant(rs[i+1]) {
			i++
			continue
		}
		break
	}
	// Vowel signs and modifiers.
	var pre, post string
	var kar rune
	if i < len(rs) && bn.ClassOf(rs[i]) == bn.VowelSign {
		kar = rs[i]
		i++
	}
	var mods strings.Builder
	for i < len(rs) && bn.ClassOf(rs[i]) == bn.Modifier {
		mods.WriteString(map[rune]string{'ং': "s", 'ঃ': "t", 'ঁ': "u"}[rs[i]])
		i++
	}
	wordStart := start == 0 || !bn.IsLetter(rs[start-1])
	ekar := "‡"
	aikar := "‰"
	if wordStart {
		ekar, aikar = "†", "ˆ"
	}
	switch kar {
	case 'ি':
		pre = "w"
	case 'ে':
		pre = ekar
	case 'ৈ':
		pre = aikar
	case 'ো':
		pre, post = ekar, "v"
	case 'ৌ':
		pre, post = ekar, "Š"
	}
	body, lastGlyph, good := encodeCluster(cons, kar)
	ok = ok && good
	if zwjRa {
		body += "¨"
	}
	b.WriteString(pre)
	b.WriteString(body)
	if reph {
		b.WriteString("©")
	}
	switch kar {
	case 'া':
		post = "v"
	case 'ী':
		post = "x"
	case 'ৗ':
		post = "Š"
	case 'ু', 'ূ', 'ৃ':
		if lastGlyph == "" { // folded into the glyph (গু শু হু হৃ)
			break
		}
		post = lowerKar(kar, cons, lastGlyph)
	case 'ৄ', 'ৢ', 'ৣ':
		ok = false
	}
	b.WriteString(post)
	b.WriteString(mods.String())
	return i, ok
}

// lowerKar picks the glyph of u-kar, uu-kar or ri-kar below the cluster.
func lowerKar(kar rune, cons []string, last string) string {
	tail := cons[len(cons)-1]
	ra := tail == "র" && len(cons) > 1 || tail == "র" && len(cons) == 1
	right := strings.Contains(baseLineRight, tail) && len(cons) == 1 ||
		strings.Contains(baseLineRight, tail) && !strings.ContainsAny(last, "°±²³´µ¶·")
	switch kar {
	case 'ু':
		switch {
		case ra:
			return "“"
		case tail == "ড়" || tail == "ঢ়":
			return "–"
		case tail == "জ":
			return "y"
		case right:
			return "y"
		}
		return "z"
	case 'ূ':
		switch {
		case ra:
			return "ƒ"
		case right:
			return "~"
		}
		return "‚"
	}
	if right {
		return "„"
	}
	return "…"
}

// encodeCluster returns the glyphs of a cluster; kar is its vowel sign,
// which some glyphs (গু শু হু হৃ ্তু) include. last is "" when the vowel sign
// has been folded into a glyph.
func encodeCluster(cons []string, kar rune) (out, last string, ok bool) {
	if len(cons) == 0 {
		return "", "x", false
	}
	var b strings.Builder
	ok = true
	last = "x"
	k := 0
	// The first part: a full conjunct glyph, a half form, or a letter.
	for l := min(3, len(cons)); l >= 2 && k == 0; l-- {
		if g, found := fullCodes[strings.Join(cons[:l], "্")]; found {
			b.WriteString(g)
			last = g
			k = l
		}
	}
	if k == 0 && len(cons) > 1 {
		if h := halfFor(cons[0], cons[1]); h != "" {
			b.WriteString(h)
			k = 1
			// After a half form the next consonant is a phala glyph or a
			// full letter.
			g := secondCode(cons, 1)
			if g == "—" && (cons[0] == "স" || cons[0] == "ন") {
				g = "Í"
			}
			if g == "—" && len(cons) == 2 && kar == 'ু' {
				b.WriteString("‘")
				return b.String(), "", ok
			}
			if g != "" {
				b.WriteString(g)
				last = g
				k += secondLen(cons, 1)
			} else {
				b.WriteString(consCodes[cons[1]])
				last = consCodes[cons[1]]
				k = 2
			}
		}
	}
	if k == 0 {
		c := cons[0]
		if len(cons) == 1 {
			switch {
			case c == "গ" && kar == 'ু':
				return "¸", "", ok
			case c == "শ" && kar == 'ু':
				return "ï", "", ok
			case c == "হ" && kar == 'ু':
				return "û", "", ok
			case c == "হ" && kar == 'ৃ':
				return "ü", "", ok
			}
		}
		b.WriteString(consCodes[c])
		last = consCodes[c]
		k = 1
	}
	// The rest: phala glyphs.
	for k < len(cons) {
		g := secondCode(cons, k)
		if g == "" {
			ok = false
			b.WriteString("&" + consCodes[cons[k]])
			k++
			continue
		}
		if g == "ª" && (cons[k-1] == "প" || cons[k-1] == "গ") {
			g = "Ö"
		}
		if g == "ª" && cons[k-1] == "ফ" {
			g = "«"
		}
		if g == "—" && k == len(cons)-1 && kar == 'ু' {
			b.WriteString("‘")
			return b.String(), "", ok
		}
		b.WriteString(g)
		last = g
		k += secondLen(cons, k)
	}
	return b.String(), last, ok
}

// halfFor returns the half-form glyph of a when b follows it, or "".
func halfFor(a, b string) string {
	if b == "র" || b == "য" {
		return ""
	}
	switch a {
	case "ম":
		if b != "ন" {
			return "¤"
		}
	case "ষ":
		return "®"
	case "স":
		return "¯"
	case "চ":
		return "”"
	case "ঙ":
		return "•"
	case "ন":
		switch b {
		case "ত", "থ", "ব":
			return "š"
		case "ম", "ন":
			return ""
		}
		return "›"
	case "দ":
		switch b {
		case "গ", "ঘ":
			return "˜"
		case "ভ":
			return "™"
		}
	}
	return ""
}

// secondCode returns the phala glyph for cons[k] after a virama (trying the
// two-consonant phalas first), or "".
func secondCode(cons []string, k int) string {
	if k+1 < len(cons) {
		switch cons[k] + "্" + cons[k+1] {
		case "ত্র":
			return "¿"
		case "ক্র":
			return "Œ"
		case "ভ্র":
			return "£"
		}
	}
	prev := cons[k-1]
	switch cons[k] {
	case "র":
		return "ª"
	case "য":
		return "¨"
	case "ব":
		switch {
		case strings.Contains("সষমনদ", prev):
			return "^"
		case strings.Contains("ধবহ", prev):
			return "Ÿ"
		case strings.Contains("শগপ", prev):
			return "¦"
		}
		return "¡"
	case "ম":
		if strings.Contains("মষচসদন", prev) {
			return "§"
		}
		return "¥"
	case "ল":
		return "ø"
	case "ন":
		return "œ"
	case "ণ":
		if prev == "হ" {
			return "œ"
		}
		return "è"
	case "ক":
		return "‹"
	case "ত":
		return "—"
	case "থ":
		return "’"
	case "ভ":
		return "¢"
	case "প":
		return "ú"
	}
	return ""
}

func secondLen(cons []string, k int) int {
	if k+1 < len(cons) {
		switch cons[k] + "্" + cons[k+1] {
		case "ত্র", "ক্র", "ভ্র":
			return 2
		}
	}
	return 1
}
