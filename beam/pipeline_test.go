package beam

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
)

func TestMain(m *testing.M) {
	beamlog.LogLevel = "warn" // no INFO lines of the local runner in test output
	ptest.MainWithDefault(m, "prism")
}

// shardLines returns the lines of all the shards at prefix.
func shardLines(t *testing.T, prefix string) []string {
	t.Helper()
	n := parseNaming(prefix)
	files, err := filepath.Glob(n.glob())
	require.NoError(t, err)
	require.NotEmpty(t, files, "no shard at %s", prefix)
	var lines []string
	for _, f := range files {
		require.True(t, n.isShard(f), f)
		lines = append(lines, fileLines(t, f)...)
	}
	return lines
}

// TestPipelineMatchesCLI runs one pipeline on prism with a branch per
// configuration and output layout, and checks every output against
// `bntext pipe` over the same files, line for line after sorting. The
// plain files are read in blocks of 97 bytes, so that lines are cut at
// block edges.
func TestPipelineMatchesCLI(t *testing.T) {
	dir := t.TempDir()
	texts := textInputs(t)
	type branch struct {
		c      Config
		inputs []string
		prefix string
	}
	var branches []branch
	for i, c := range textConfigs(t) {
		// Vary the output: runner-chosen shards, fixed shards, compression.
		prefix := []string{"part.txt", "fixed/part.txt.gz", "zst/part.zst"}[i%3]
		branches = append(branches, branch{c, texts, filepath.Join(dir, fmt.Sprint(i), prefix)})
		j := c
		j.Field, j.SkipBad = "text", true
		branches = append(branches, branch{j, jsonlInputs(), filepath.Join(dir, fmt.Sprint(i), "jsonl/part.jsonl")})
	}
	require.NotEmpty(t, branches)

	p, s := beam.NewPipelineWithRoot()
	text := readLines(s, 97, texts...)
	jsonl := readLines(s, 97, jsonlInputs()...)
	for _, b := range branches {
		in := text
		if b.c.Field != "" {
			in = jsonl
		}
		shards := 0
		if strings.Contains(b.prefix, "fixed") {
			shards = 3
		}
		WriteShards(s, b.prefix, Apply(s, b.c, in), WriteOptions{Shards: shards})
	}
	res, err := ptest.RunWithMetrics(p)
	require.NoError(t, err)

	total := 0
	for _, b := range branches {
		want := cliLines(t, b.c, b.inputs...)
		got := shardLines(t, b.prefix)
		require.Equal(t, sorted(want), sorted(got), "%+v", b.c)
		total += len(want)
		if strings.Contains(b.prefix, "fixed") {
			files, _ := filepath.Glob(parseNaming(b.prefix).glob())
			assert.Len(t, files, 3)
		}
		tmp, _ := filepath.Glob(filepath.Join(filepath.Dir(b.prefix), ".bntext-beam-tmp-*"))
		assert.Empty(t, tmp, "temporary files are removed")
	}

	var lines int64
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "bntext" && c.Key.Name == "lines" {
			lines += c.Result()
		}
	}
	assert.Equal(t, int64(total), lines, "counter bntext/lines")
}

// TestPipelineMalformed checks that a malformed JSON line fails the
// pipeline with an error that says so, and leaves no shard.
func TestPipelineMalformed(t *testing.T) {
	dir := t.TempDir()
	p, s := beam.NewPipelineWithRoot()
	lines := ReadLines(s, filepath.Join(testdata, "malformed.jsonl"))
	WriteShards(s, dir+"/out/", PipeJSONL(s, lines, "text", "normalize"), WriteOptions{})
	err := ptest.Run(p)
	require.Error(t, err)
	assert.Contains(t, err.Error(), InvalidInput)
	files, _ := filepath.Glob(dir + "/out/part-*")
	assert.Empty(t, files)
}
