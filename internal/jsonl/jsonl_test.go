package jsonl

import (
	"testing"

	"github.com/bntext/bntext/normalize"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTransform(t *testing.T) {
	cases := []struct{ in, want string }{
		{`{"id": 1, "text": "অাম", "other": "অাম"}`, `{"id": 1, "text": "আম", "other": "অাম"}`},
		{`{"text":"\u0985\u09be \"q\" \\ \n"}`, `{"text":"আ \"q\" \\ \n"}`},
		{`{"te\u0078t": "অাম"}`, `{"te\u0078t": "আম"}`},
		{`{"a": {"text": "অা"}, "text": "অা", "text": "অা"}`, `{"a": {"text": "অা"}, "text": "আ", "text": "আ"}`},
		{`{"text": 12, "n": null}`, `{"text": 12, "n": null}`},
		{`{"title": "অাম"}`, `{"title": "অাম"}`},
		{`["text", "অাম"]`, `["text", "অাম"]`},
		{`   `, `   `},
		{`{"text": "বাংলা \ud83d\ude00"}`, `{"text": "বাংলা \ud83d\ude00"}`},
		{`{"text": "অা\ud83d\ude00"}`, "{\"text\": \"আ\U0001F600\"}"},
		{`{ "text" : "অা" , "x" : [1, {"y": "}"}] }`, `{ "text" : "আ" , "x" : [1, {"y": "}"}] }`},
	}
	for _, c := range cases {
		got, err := Transform(nil, []byte(c.in), "text", normalize.Default)
		require.NoError(t, err, c.in)
		assert.Equal(t, c.want, string(got), c.in)
	}
	for _, bad := range []string{`{"text": "অা"`, `{text: 1}`, `not json`, `{"a":1}{"b":2}`} {
		_, err := Transform(nil, []byte(bad), "text", normalize.Default)
		assert.ErrorIs(t, err, ErrMalformed, bad)
	}
}

func TestInvalidUTF8Kept(t *testing.T) {
	line := []byte("{\"text\": \"অা \xff\"}")
	got, err := Apply(nil, line, "text", func(v []byte) ([]byte, error) {
		assert.Equal(t, []byte("অা \xff"), v)
		return append([]byte("x"), v...), nil
	})
	if err != nil {
		// encoding/json rejects invalid UTF-8 only in some versions; the
		// point is that nothing is silently replaced.
		assert.ErrorIs(t, err, ErrMalformed)
		return
	}
	assert.Equal(t, "{\"text\": \"xঅা \xff\"}", string(got))
}
