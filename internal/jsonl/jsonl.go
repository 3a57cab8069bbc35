// Package jsonl transforms one string field of JSON Lines records and keeps
// every other byte of the line: the CLI's --jsonl-field and the Beam
// module's JSON Lines transforms share it, so both give the same bytes.
package jsonl

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// ErrMalformed is returned for a line that is not valid JSON.
var ErrMalformed = errors.New("malformed JSON")

// Transform appends to dst the JSON line (without its line ending) with the
// string value of field transformed by t. Every other byte of the line is
// kept; a record without the field, or whose field is not a string, is
// copied unchanged, and so is a field whose value does not change (no
// re-escaping). A line that is not an object is copied unchanged; a blank
// line too. It returns ErrMalformed for a line that is not valid JSON.
func Transform(dst, line []byte, field string, t transform.Transformer) ([]byte, error) {
	return Apply(dst, line, field, func(val []byte) ([]byte, error) {
		out, _, err := transform.Append(t, nil, val)
		return out, err
	})
}

// Apply is Transform with any function of the field's (unescaped) value.
// Values are passed and taken as raw bytes: invalid UTF-8 in a string is
// kept as it is.
func Apply(dst, line []byte, field string, apply func(val []byte) ([]byte, error)) ([]byte, error) {
	if len(bytes.TrimSpace(line)) == 0 {
		return append(dst, line...), nil
	}
	if !json.Valid(line) {
		return dst, ErrMalformed
	}
	i := skipSpace(line, 0)
	if line[i] != '{' {
		return append(dst, line...), nil // not a record: nothing to transform
	}
	last := 0
	i++
	for {
		i = skipSpace(line, i)
		if line[i] == '}' {
			break
		}
		ks := i
		i = skipString(line, i)
		key := line[ks:i]
		i = skipSpace(line, i) + 1 // ':'
		i = skipSpace(line, i)
		vs := i
		i = skipValue(line, i)
		if line[vs] == '"' && keyIs(key, field) {
			val := decodeString(line[vs:i])
			out, err := apply(val)
			if err != nil {
				return dst, err
			}
			if !bytes.Equal(out, val) {
				dst = append(dst, line[last:vs]...)
				dst = encodeString(dst, out)
				last = i
			}
		}
		i = skipSpace(line, i)
		if line[i] == ',' {
			i++
		}
	}
	return append(dst, line[last:]...), nil
}

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the offset after the string that starts at b[i].
func skipString(b []byte, i int) int {
	for i++; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// skipValue returns the offset after the (valid) JSON value at b[i].
func skipValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for ; i < len(b); i++ {
			switch b[i] {
			case '"':
				i = skipString(b, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(b) && b[i] != ',' && b[i] != '}' && b[i] != ']' && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
		i++
	}
	return i
}

func keyIs(key []byte, field string) bool {
	if bytes.IndexByte(key, '\\') < 0 {
		return len(key) == len(field)+2 && string(key[1:len(key)-1]) == field
	}
	return string(decodeString(key)) == field
}

// decodeString decodes a JSON string token. Bytes that are not escapes are
// copied as they are, invalid UTF-8 included.
func decodeString(tok []byte) []byte {
	s := tok[1 : len(tok)-1]
	if bytes.IndexByte(s, '\\') < 0 {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		i++
		switch s[i] {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(s[i+1:])
			i += 4
			if utf16.IsSurrogate(r) && i+6 < len(s)+1 && i+2 < len(s) && s[i+1] == '\\' && s[i+2] == 'u' {
				if r2 := hex4(s[i+3:]); r2 >= 0xDC00 && r2 <= 0xDFFF {
					r = utf16.DecodeRune(r, r2)
					i += 6
				}
			}
			out = utf8.AppendRune(out, r)
		default: // " \ /
			out = append(out, s[i])
		}
	}
	return out
}

func hex4(b []byte) rune {
	if len(b) < 4 {
		return utf8.RuneError
	}
	v, err := strconv.ParseUint(string(b[:4]), 16, 32)
	if err != nil {
		return utf8.RuneError
	}
	return rune(v)
}

// encodeString appends s as a JSON string, escaping only what JSON
// requires.
func encodeString(dst, s []byte) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			dst = append(dst, '\\', c)
		case c == '\n':
			dst = append(dst, '\\', 'n')
		case c == '\r':
			dst = append(dst, '\\', 'r')
		case c == '\t':
			dst = append(dst, '\\', 't')
		case c < 0x20:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '"')
}
