package jsonl_test

import (
	"fmt"

	"github.com/bntext/bntext/internal/jsonl"
	"github.com/bntext/bntext/normalize"
)

func ExampleTransform() {
	out, err := jsonl.Transform(nil, []byte(`{"id": 7, "text": "অাম", "note": "অাম"}`), "text", normalize.Default)
	fmt.Println(string(out), err)
	// Output: {"id": 7, "text": "আম", "note": "অাম"} <nil>
}
