package mojibake

import "html"

// maxEntity bounds the length of an HTML character reference, from "&" to
// ";" (the longest named one, &CounterClockwiseContourIntegral;, has 33
// bytes).
const maxEntity = 40

// parseEntity reads an HTML character reference at s[p] (s[p] == '&'):
// &#DDD;, &#xHHH; or &name;. It returns its end and its text, or tokNone,
// or tokMore when s ends too early to tell.
func parseEntity(s []byte, p int, atEOF bool) (end int, text string, st status) {
	j := p + 1
	numeric := j < len(s) && s[j] == '#'
	if numeric {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	start := j
	for ; j < len(s) && j-p < maxEntity; j++ {
		c := s[j]
		if c == ';' {
			break
		}
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return 0, "", tokNone
		}
	}
	if j >= len(s) {
		if !atEOF && j-p < maxEntity {
			return 0, "", tokMore
		}
		return 0, "", tokNone
	}
	if s[j] != ';' || j == start {
		return 0, "", tokNone
	}
	ref := string(s[p : j+1])
	text = html.UnescapeString(ref)
	if text == ref {
		return 0, "", tokNone
	}
	// html.UnescapeString also expands a known prefix of an unknown name
	// (&notit; becomes ¬it;): only whole references count.
	if !numeric && text[len(text)-1] == ';' {
		return 0, "", tokNone
	}
	return j + 1, text, tokOK
}

// appendText appends s to out, decoding HTML character references when
// html is set.
func appendText(out, s []byte, html bool) []byte {
	if !html {
		return append(out, s...)
	}
	done := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '&' {
			continue
		}
		end, text, st := parseEntity(s, i, true)
		if st != tokOK {
			continue
		}
		out = append(append(out, s[done:i]...), text...)
		done = end
		i = end - 1
	}
	return append(out, s[done:]...)
}
