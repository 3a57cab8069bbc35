package beam

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/rtrackers/offsetrange"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

func init() {
	register.DoFn4x1[context.Context, *sdf.LockRTracker, fileio.FileMetadata, func(string), error](&readFn{})
}

// BlockSize is the size of the blocks that ReadLines splits a plain file
// into, so that several workers read one large file.
const BlockSize = 64 << 20

// ReadLines reads the files that match the glob patterns (local paths or
// any scheme a Beam filesystem registers, such as gs:// or s3://) and
// returns their lines as a PCollection<string>. A line is what precedes a
// "\n" or the end of the file, without the "\n"; a "\r" before the "\n"
// stays in the line, so CRLF files come back as they were from
// WriteShards. Files ending in .gz or .zst are decompressed (and read by
// one worker each); plain files are split into blocks of BlockSize bytes
// read in parallel. A pattern that matches no file makes the pipeline
// fail. Lines are bytes as found: invalid UTF-8 is not changed.
func ReadLines(s beam.Scope, patterns ...string) beam.PCollection {
	return readLines(s.Scope("bntext.ReadLines"), BlockSize, patterns...)
}

func readLines(s beam.Scope, block int64, patterns ...string) beam.PCollection {
	if len(patterns) == 0 {
		panic("bntext: ReadLines needs at least one pattern")
	}
	for _, p := range patterns {
		filesystem.ValidateScheme(p)
	}
	files := fileio.MatchAll(s, beam.CreateList(s, patterns), fileio.MatchEmptyDisallow())
	return beam.ParDo(s, &readFn{BlockSize: block}, files)
}

// compression is how a file is compressed, told by its name as the command
// line does.
func compression(path string) string {
	switch {
	case strings.HasSuffix(path, ".gz"):
		return ".gz"
	case strings.HasSuffix(path, ".zst"):
		return ".zst"
	}
	return ""
}

// readFn is a splittable DoFn over the matched files. The restriction of
// a plain file is its byte range; a compressed file has the restriction
// [0, 1), which cannot be split, and is read whole.
type readFn struct {
	BlockSize int64 `json:"block_size"`
}

// CreateInitialRestriction returns the restriction of a whole file.
func (fn *readFn) CreateInitialRestriction(f fileio.FileMetadata) offsetrange.Restriction {
	if compression(f.Path) != "" {
		return offsetrange.Restriction{Start: 0, End: 1}
	}
	return offsetrange.Restriction{Start: 0, End: f.Size}
}

// SplitRestriction splits a plain file into blocks, merging a small last
// block into the one before.
func (fn *readFn) SplitRestriction(f fileio.FileMetadata, r offsetrange.Restriction) []offsetrange.Restriction {
	if compression(f.Path) != "" || fn.BlockSize <= 0 {
		return []offsetrange.Restriction{r}
	}
	splits := r.SizedSplits(fn.BlockSize)
	if n := len(splits); n > 1 && splits[n-1].End-splits[n-1].Start <= fn.BlockSize/4 {
		splits[n-2].End = splits[n-1].End
		splits = splits[:n-1]
	}
	return splits
}

// RestrictionSize returns the bytes of the restriction (the file size for
// a compressed file).
func (fn *readFn) RestrictionSize(f fileio.FileMetadata, r offsetrange.Restriction) float64 {
	if compression(f.Path) != "" {
		return float64(f.Size)
	}
	return r.Size()
}

// CreateTracker returns the tracker of a restriction.
func (fn *readFn) CreateTracker(r offsetrange.Restriction) *sdf.LockRTracker {
	return sdf.NewLockRTracker(offsetrange.NewTracker(r))
}

// ProcessElement emits the lines that start in the restriction: a line
// that starts before it belongs to the restriction before, and a line that
// starts in it is emitted whole even when it ends past its end.
func (fn *readFn) ProcessElement(ctx context.Context, rt *sdf.LockRTracker, f fileio.FileMetadata, emit func(string)) error {
	r := rt.GetRestriction().(offsetrange.Restriction)
	rc, err := open(ctx, f.Path)
	if err != nil {
		return err
	}
	defer rc.Close()
	if dir, ok := rc.(*os.File); ok {
		if fi, err := dir.Stat(); err == nil && fi.IsDir() {
			log.Warnf(ctx, "bntext: skipping directory %s", f.Path)
			finish(rt)
			return nil
		}
	}
	pos := r.Start
	var rd *bufio.Reader
	switch comp := compression(f.Path); {
	case comp != "":
		if !rt.TryClaim(int64(0)) {
			return nil
		}
		zr, err := decompress(rc, comp)
		if err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		defer zr.Close()
		return emitLines(bufio.NewReaderSize(zr, 256<<10), f.Path, emit, func(int64) bool { return true }, func() {})
	case pos > 0:
		// Go to the byte before the restriction and skip to the end of
		// the line it is in: the next line is the first that starts in
		// the restriction.
		if err := skip(rc, pos-1); err != nil {
			return fmt.Errorf("%s: %w", f.Path, err)
		}
		rd = bufio.NewReaderSize(rc, 256<<10)
		rest, err := rd.ReadSlice('\n')
		for err == bufio.ErrBufferFull {
			pos += int64(len(rest))
			rest, err = rd.ReadSlice('\n')
		}
		pos += int64(len(rest)) - 1
		if err == io.EOF {
			finish(rt)
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", f.Path, err)
		}
	default:
		rd = bufio.NewReaderSize(rc, 256<<10)
	}
	next := pos
	return emitLines(rd, f.Path, emit, func(n int64) bool {
		ok := rt.TryClaim(next)
		next += n
		return ok
	}, func() { finish(rt) })
}

// finish claims the end of the restriction of rt, which ends the work of a
// restriction in which no line is left.
func finish(rt *sdf.LockRTracker) {
	rt.TryClaim(rt.GetRestriction().(offsetrange.Restriction).End)
}

// emitLines emits the lines of rd while claim, called with the length of
// each line before it is emitted, allows, and calls eof at the end of the
// input.
func emitLines(rd *bufio.Reader, path string, emit func(string), claim func(int64) bool, eof func()) error {
	for {
		line, err := rd.ReadString('\n')
		if len(line) > 0 {
			if !claim(int64(len(line))) {
				return nil
			}
			emit(strings.TrimSuffix(line, "\n"))
		}
		if err == io.EOF {
			eof()
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", path, err)
		}
	}
}

// open opens path on its filesystem.
func open(ctx context.Context, path string) (io.ReadCloser, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	return fsys.OpenRead(ctx, path)
}

// skip moves r on by n bytes, seeking when r can.
func skip(r io.Reader, n int64) error {
	if s, ok := r.(io.Seeker); ok {
		_, err := s.Seek(n, io.SeekStart)
		return err
	}
	m, err := io.CopyN(io.Discard, r, n)
	if err == io.EOF {
		return fmt.Errorf("restriction starts at byte %d past the end of the file (%d bytes)", n+1, m)
	}
	return err
}

type zstdReader struct{ *zstd.Decoder }

func (z zstdReader) Close() error { z.Decoder.Close(); return nil }

// decompress returns the reader of the decompressed bytes of r.
func decompress(r io.Reader, comp string) (io.ReadCloser, error) {
	br := bufio.NewReaderSize(r, 256<<10)
	switch comp {
	case ".gz":
		return gzip.NewReader(br)
	case ".zst":
		zr, err := zstd.NewReader(br, zstd.WithDecoderConcurrency(1), zstd.WithDecoderLowmem(true))
		if err != nil {
			return nil, err
		}
		return zstdReader{zr}, nil
	}
	return io.NopCloser(br), nil
}
