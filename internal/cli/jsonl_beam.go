package cli

import "golang.org/x/text/transform"

// JSONLLine appends to dst the JSON line with the string value of field
// transformed by t, exactly as --jsonl-field does for one line (without its
// line ending): every other byte of the line is kept, a record without the
// field or whose field is not a string is copied unchanged, and malformed
// JSON is an error. The Beam module calls it so that bntext-beam and the
// CLI give the same bytes.
func JSONLLine(dst, line []byte, field string, t transform.Transformer) ([]byte, error) {
	return jsonlLine(dst, line, field, t)
}
