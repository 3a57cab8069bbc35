package beam

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/klauspost/compress/gzip"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll reads f with readFn, split in blocks of block bytes, and returns
// the lines of all the blocks in order.
func readAll(t *testing.T, f fileio.FileMetadata, block int64) []string {
	t.Helper()
	fn := &readFn{BlockSize: block}
	var lines []string
	for _, r := range fn.SplitRestriction(f, fn.CreateInitialRestriction(f)) {
		rt := fn.CreateTracker(r)
		err := fn.ProcessElement(context.Background(), rt, f, func(s string) { lines = append(lines, s) })
		require.NoError(t, err)
		require.True(t, rt.IsDone(), "restriction %v not done", r)
		require.NoError(t, rt.GetError())
	}
	return lines
}

var readCases = []string{
	"",
	"\n",
	"\n\n\n",
	"one line",
	"one line\n",
	"দুটি\nলাইন\n",
	"CRLF\r\nলাইন\r\nno end",
	"a\n\nb\n\n\nগ" + strings.Repeat("দীর্ঘ", 40) + "\nd\n",
	"\xff\xfe\n\xe0\xa6\nবাংলা",
}

// blockSizes returns the block sizes to read a file of n bytes with: all
// the small ones, and those around a half, a third and the whole.
func blockSizes(n int) []int64 {
	var sizes []int64
	for b := 1; b <= min(n+1, 24); b++ {
		sizes = append(sizes, int64(b))
	}
	for _, b := range []int{n/3 - 1, n / 3, n/3 + 1, n/2 - 1, n / 2, n/2 + 1, n - 1, n, n + 1} {
		if b > 24 {
			sizes = append(sizes, int64(b))
		}
	}
	return sizes
}

// TestReadBlocks reads files split at every block size, from a seekable
// local file and from memfs, which cannot seek.
func TestReadBlocks(t *testing.T) {
	dir := t.TempDir()
	for i, content := range readCases {
		want := splitLines([]byte(content))
		local := filepath.Join(dir, "case"+string(rune('a'+i))+".txt")
		require.NoError(t, os.WriteFile(local, []byte(content), 0o644))
		mem := "memfs://read/" + filepath.Base(local)
		memfs.Write(mem, []byte(content))
		for _, path := range []string{local, mem} {
			f := fileio.FileMetadata{Path: path, Size: int64(len(content))}
			for _, block := range blockSizes(len(content)) {
				got := readAll(t, f, block)
				require.Equal(t, want, got, "%s %q block %d", path, content, block)
			}
		}
	}
}

// TestReadSplitWhileReading splits a restriction in the middle of the
// reading, as a runner does to rebalance work, and checks that the primary
// and the residual together give every line once.
func TestReadSplitWhileReading(t *testing.T) {
	content := "আ\nব\n" + strings.Repeat("গ", 30) + "\nঘ\nঙ\n"
	path := filepath.Join(t.TempDir(), "split.txt")
	require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	f := fileio.FileMetadata{Path: path, Size: int64(len(content))}
	fn := &readFn{}
	for after := 1; after <= 4; after++ {
		rt := fn.CreateTracker(fn.CreateInitialRestriction(f))
		var lines []string
		var residual any
		err := fn.ProcessElement(context.Background(), rt, f, func(s string) {
			lines = append(lines, s)
			if len(lines) == after {
				_, res, err := rt.TrySplit(0.5)
				require.NoError(t, err)
				residual = res
			}
		})
		require.NoError(t, err)
		require.True(t, rt.IsDone())
		if residual != nil {
			rt2 := fn.CreateTracker(residual.(offsetrange.Restriction))
			require.NoError(t, fn.ProcessElement(context.Background(), rt2, f, func(s string) { lines = append(lines, s) }))
			require.True(t, rt2.IsDone())
		}
		assert.Equal(t, splitLines([]byte(content)), lines, "split after %d lines", after)
	}
}

func TestReadCompressed(t *testing.T) {
	for _, path := range []string{filepath.Join(testdata, "news-3.txt.gz"), filepath.Join(testdata, "news-4.txt.zst")} {
		fi, err := os.Stat(path)
		require.NoError(t, err)
		f := fileio.FileMetadata{Path: path, Size: fi.Size()}
		fn := &readFn{BlockSize: 16}
		r := fn.CreateInitialRestriction(f)
		require.Len(t, fn.SplitRestriction(f, r), 1, "a compressed file is not split")
		got := readAll(t, f, 16)
		assert.Equal(t, fileLines(t, path), got)
		assert.NotEmpty(t, got)

		// A runner cannot split it while it is read either.
		rt := fn.CreateTracker(r)
		require.True(t, rt.TryClaim(int64(0)))
		_, residual, err := rt.TrySplit(0.5)
		require.NoError(t, err)
		assert.Nil(t, residual)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt.gz")
	require.NoError(t, os.WriteFile(bad, []byte("not gzip"), 0o644))
	fn := &readFn{BlockSize: BlockSize}
	f := fileio.FileMetadata{Path: bad, Size: 8}
	err := fn.ProcessElement(context.Background(), fn.CreateTracker(fn.CreateInitialRestriction(f)), f, func(string) {})
	require.Error(t, err)
	assert.Contains(t, err.Error(), bad)

	// A truncated gzip stream is an error, not a short file.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(strings.Repeat("বাংলা\n", 1000)))
	zw.Close()
	trunc := filepath.Join(dir, "trunc.txt.gz")
	require.NoError(t, os.WriteFile(trunc, buf.Bytes()[:buf.Len()/2], 0o644))
	f = fileio.FileMetadata{Path: trunc, Size: int64(buf.Len() / 2)}
	err = fn.ProcessElement(context.Background(), fn.CreateTracker(fn.CreateInitialRestriction(f)), f, func(string) {})
	require.Error(t, err)

	missing := fileio.FileMetadata{Path: filepath.Join(dir, "missing.txt"), Size: 10}
	err = fn.ProcessElement(context.Background(), sdf.NewLockRTracker(offsetrange.NewTracker(offsetrange.Restriction{End: 10})), missing, func(string) {})
	require.Error(t, err)

	// A directory that a glob matched is skipped.
	sub := filepath.Join(dir, "sub")
	require.NoError(t, os.Mkdir(sub, 0o755))
	fs, _ := filesystem.New(context.Background(), sub)
	size, _ := fs.Size(context.Background(), sub)
	assert.Empty(t, readAll(t, fileio.FileMetadata{Path: sub, Size: size}, BlockSize))
}

// FuzzReadBlocks checks that the lines of a file read in blocks of any size
// are the lines of the file, each once and in order.
func FuzzReadBlocks(f *testing.F) {
	for _, c := range readCases {
		f.Add([]byte(c), uint8(3))
	}
	n := 0
	f.Fuzz(func(t *testing.T, content []byte, block uint8) {
		n++
		path := "memfs://fuzz/" + strings.Repeat("x", n%7) + ".txt"
		memfs.Write(path, content)
		f := fileio.FileMetadata{Path: path, Size: int64(len(content))}
		// At most 100 blocks: a reader without Seek reads up to its block.
		got := readAll(t, f, max(int64(block)+1, int64(len(content)/100)))
		require.Equal(t, splitLines(content), got)
	})
}

func BenchmarkReadLines(b *testing.B) {
	data := bytes.Repeat([]byte(strings.Repeat("রাশিয়ার পররাষ্ট্রমন্ত্রী সের্গেই ল্যাভরভ উত্তর কোরিয়া সফরে। ", 3)+"\n"), 20000)
	path := filepath.Join(b.TempDir(), "corpus.txt")
	require.NoError(b, os.WriteFile(path, data, 0o644))
	f := fileio.FileMetadata{Path: path, Size: int64(len(data))}
	fn := &readFn{BlockSize: BlockSize}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		rt := fn.CreateTracker(fn.CreateInitialRestriction(f))
		if err := fn.ProcessElement(context.Background(), rt, f, func(string) {}); err != nil {
			b.Fatal(err)
		}
	}
}
