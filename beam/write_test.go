package beam

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNaming(t *testing.T) {
	tests := []struct {
		prefix, shard string
	}{
		{"out/part", "out/part-00002-of-00010"},
		{"out/part.txt", "out/part-00002-of-00010.txt"},
		{"out/part.txt.gz", "out/part-00002-of-00010.txt.gz"},
		{"out/", "out/part-00002-of-00010"},
		{"corpus.jsonl.zst", "corpus-00002-of-00010.jsonl.zst"},
		{"/data/v1.2/clean", "/data/v1.2/clean-00002-of-00010"},
		{"gs://bucket/bn/clean.txt", "gs://bucket/bn/clean-00002-of-00010.txt"},
		{"out/.hidden", "out/.hidden-00002-of-00010"},
	}
	for _, tt := range tests {
		n := parseNaming(tt.prefix)
		got := n.shard(2, 10)
		assert.Equal(t, tt.shard, got, tt.prefix)
		assert.True(t, n.isShard(got), tt.prefix)
		ok, err := filepath.Match(n.glob(), got)
		require.NoError(t, err)
		assert.True(t, ok, "glob %s matches %s", n.glob(), got)
	}
	n := parseNaming("out/part.txt")
	for _, other := range []string{"out/part-1-of-2.txt", "out/part-00001-of-00002.txt.bak", "out/part-x0001-of-00002.txt", "out/partial-00001-of-00002.txt"} {
		assert.False(t, n.isShard(other), other)
	}
}

// tmpFiles writes temporary shard files as the writers do and returns their
// names.
func tmpFiles(t *testing.T, fn *finalizeFn, ext string, contents map[string]string) []string {
	t.Helper()
	var names []string
	for name, content := range contents {
		w, err := createShard(context.Background(), fn.Tmp+name+ext)
		require.NoError(t, err)
		require.NoError(t, w.line(content))
		require.NoError(t, w.close(context.Background()))
		names = append(names, w.path)
	}
	return names
}

func finalize(fn *finalizeFn, names []string) error {
	i := 0
	return fn.ProcessElement(context.Background(), nil, func(s *string) bool {
		if i == len(names) {
			return false
		}
		*s = names[i]
		i++
		return true
	})
}

func dirFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	return names
}

func TestFinalizeBundles(t *testing.T) {
	dir := t.TempDir()
	fn := &finalizeFn{Prefix: dir + "/part.txt.gz", Tmp: dir + "/.bntext-beam-tmp-1/"}
	names := tmpFiles(t, fn, ".txt.gz", map[string]string{"b-1": "এক", "b-2": "দুই", "b-3": "তিন"})
	// A file of a failed attempt, which is not in the list.
	tmpFiles(t, fn, ".txt.gz", map[string]string{"b-4": "ব্যর্থ"})
	require.NoError(t, finalize(fn, names))
	assert.Equal(t, []string{"part-00000-of-00003.txt.gz", "part-00001-of-00003.txt.gz", "part-00002-of-00003.txt.gz"}, dirFiles(t, dir))
	var lines []string
	for _, f := range dirFiles(t, dir) {
		lines = append(lines, fileLines(t, filepath.Join(dir, f))...)
	}
	assert.Equal(t, []string{"এক", "দুই", "তিন"}, lines)

	// An existing output stays unless Force is set.
	fn2 := &finalizeFn{Prefix: dir + "/part.txt.gz", Tmp: dir + "/.bntext-beam-tmp-2/"}
	names = tmpFiles(t, fn2, ".txt.gz", map[string]string{"b-1": "নতুন"})
	err := finalize(fn2, names)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "exists")
	existing, err := ExistingShards(context.Background(), dir+"/part.txt.gz")
	require.NoError(t, err)
	assert.Len(t, existing, 3)

	// With Force the new output replaces it, old shards included.
	fn2.Force = true
	require.NoError(t, finalize(fn2, names))
	assert.Equal(t, []string{"part-00000-of-00001.txt.gz"}, dirFiles(t, dir))
	assert.Equal(t, []string{"নতুন"}, fileLines(t, filepath.Join(dir, "part-00000-of-00001.txt.gz")))
}

func TestFinalizeFixedShards(t *testing.T) {
	dir := t.TempDir()
	fn := &finalizeFn{Prefix: dir + "/out/", Tmp: dir + "/out/.bntext-beam-tmp-1/", Shards: 4}
	names := tmpFiles(t, fn, "", map[string]string{"s00000-a": "শূন্য", "s00002-b": "দুই"})
	require.NoError(t, finalize(fn, names))
	files := dirFiles(t, dir+"/out")
	assert.Equal(t, []string{"part-00000-of-00004", "part-00001-of-00004", "part-00002-of-00004", "part-00003-of-00004"}, files)
	assert.Equal(t, []string{"শূন্য"}, fileLines(t, dir+"/out/part-00000-of-00004"))
	assert.Empty(t, fileLines(t, dir+"/out/part-00001-of-00004"), "a shard with no line is an empty file")
	assert.Equal(t, []string{"দুই"}, fileLines(t, dir+"/out/part-00002-of-00004"))

	// Two files for one shard, or a shard out of range, are errors.
	fn = &finalizeFn{Prefix: dir + "/x", Tmp: dir + "/.t/", Shards: 2}
	names = tmpFiles(t, fn, "", map[string]string{"s00001-a": "ক", "s00001-b": "খ"})
	require.ErrorContains(t, finalize(fn, names), "two files")
	fn.Shards = 1
	require.ErrorContains(t, finalize(fn, names[:1]), "unexpected")
}

func TestFinalizeEmpty(t *testing.T) {
	dir := t.TempDir()
	fn := &finalizeFn{Prefix: dir + "/part.zst", Tmp: dir + "/.bntext-beam-tmp-1/"}
	require.NoError(t, finalize(fn, nil))
	assert.Empty(t, dirFiles(t, dir), "no input, no shard")

	fn = &finalizeFn{Prefix: dir + "/part.zst", Tmp: dir + "/.bntext-beam-tmp-2/", Shards: 2}
	require.NoError(t, finalize(fn, nil))
	assert.Equal(t, []string{"part-00000-of-00002.zst", "part-00001-of-00002.zst"}, dirFiles(t, dir))
	assert.Empty(t, fileLines(t, dir+"/part-00000-of-00002.zst"))
}
