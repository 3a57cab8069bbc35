package beam

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
)

func init() {
	register.DoFn3x0[context.Context, string, func(int, string)](&shardKeyFn{})
	register.Emitter2[int, string]()
	register.DoFn3x1[context.Context, string, func(string), error](&writeBundleFn{})
	register.DoFn4x1[context.Context, int, func(*string) bool, func(string), error](&writeShardFn{})
	register.Iter1[string]()
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&finalizeFn{})
}

// WriteOptions are the options of WriteShards.
type WriteOptions struct {
	// Shards is the number of files. Zero lets the runner decide: every
	// bundle of work writes its own file, and the lines are not moved
	// between workers, which is the cheapest for large corpora. A positive
	// number spreads the lines over exactly that many files, at the cost
	// of a shuffle of all the data.
	Shards int

	// Force replaces the shards of an earlier output at the same prefix,
	// and deletes those of its shards that the new output does not have.
	// Without it, WriteShards fails when such shards exist.
	Force bool
}

// WriteShards writes the elements of col, a PCollection<string>, as lines
// (each followed by "\n") to shard files named after prefix:
// PREFIX-00000-of-00004, PREFIX-00001-of-00004, ... An extension of the
// last element of prefix goes after the shard number, and chooses the
// compression: "out/part.txt.gz" gives out/part-00000-of-00004.txt.gz and
// so on, gzip-compressed (".zst" gives zstd). A prefix ending in "/" is a
// directory, and the shards are called part-00000-of-00004 in it.
//
// Every shard is written under a temporary name in a hidden directory next
// to the shards, and all of them are renamed to their final names once all
// the data is written, so a failed or running pipeline never leaves a file
// under a shard name that is not complete. The order of the lines is not
// kept.
func WriteShards(s beam.Scope, prefix string, col beam.PCollection, opt WriteOptions) {
	if opt.Shards < 0 {
		panic(fmt.Sprintf("bntext: WriteShards: negative number of shards %d", opt.Shards))
	}
	filesystem.ValidateScheme(prefix)
	s = s.Scope("bntext.WriteShards")
	n := parseNaming(prefix)
	tmp := n.dir + ".bntext-beam-tmp-" + randomHex(8) + "/"
	var names beam.PCollection
	if opt.Shards == 0 {
		names = beam.ParDo(s, &writeBundleFn{Tmp: tmp, Ext: n.ext}, col)
	} else {
		keyed := beam.ParDo(s, &shardKeyFn{Shards: opt.Shards}, col)
		names = beam.ParDo(s, &writeShardFn{Tmp: tmp, Ext: n.ext}, beam.GroupByKey(s, keyed))
	}
	fin := &finalizeFn{Prefix: prefix, Tmp: tmp, Shards: opt.Shards, Force: opt.Force}
	beam.ParDo0(s, fin, beam.Impulse(s), beam.SideInput{Input: names})
}

// naming is how the shards of a prefix are called.
type naming struct {
	dir  string // up to and including the last "/", or ""
	base string // the name before the shard number
	ext  string // from the first "." of the last element of prefix on
}

func parseNaming(prefix string) naming {
	i := strings.LastIndex(prefix, "/") + 1
	n := naming{dir: prefix[:i], base: prefix[i:]}
	if n.base == "" {
		n.base = "part"
	}
	if j := strings.Index(n.base[1:], "."); j >= 0 {
		n.base, n.ext = n.base[:j+1], n.base[j+1:]
	}
	return n
}

// shard returns the name of shard i of n.
func (n naming) shard(i, count int) string {
	return fmt.Sprintf("%s%s-%05d-of-%05d%s", n.dir, n.base, i, count, n.ext)
}

// glob matches every shard of the prefix, whatever their number.
func (n naming) glob() string { return n.dir + n.base + "-*-of-*" + n.ext }

// isShard reports whether path, matched by glob, is a shard of the prefix.
func (n naming) isShard(path string) bool {
	rest, ok := strings.CutPrefix(path, n.dir+n.base)
	if !ok {
		return false
	}
	rest, ok = strings.CutSuffix(rest, n.ext)
	return ok && shardNumber.MatchString(rest)
}

var shardNumber = regexp.MustCompile(`^-[0-9]{5,}-of-[0-9]{5,}$`)

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b)
}

// shardKeyFn deals the lines out to the shards in turn, starting at a
// random shard in every instance.
type shardKeyFn struct {
	Shards int `json:"shards"`
	next   int
}

// Setup picks the first shard.
func (fn *shardKeyFn) Setup() {
	v, err := rand.Int(rand.Reader, big.NewInt(int64(fn.Shards)))
	if err == nil {
		fn.next = int(v.Int64())
	}
}

// ProcessElement emits the line with its shard.
func (fn *shardKeyFn) ProcessElement(_ context.Context, line string, emit func(int, string)) {
	emit(fn.next, line)
	if fn.next++; fn.next == fn.Shards {
		fn.next = 0
	}
}

// writeBundleFn writes the lines of each bundle to a temporary file and
// emits its name when the bundle ends.
type writeBundleFn struct {
	Tmp string `json:"tmp"`
	Ext string `json:"ext"`
	w   *shardWriter
}

// StartBundle drops the file of a bundle that failed before, if this
// instance is used again.
func (fn *writeBundleFn) StartBundle(ctx context.Context, _ func(string)) {
	if fn.w != nil {
		fn.w.abort(ctx)
		fn.w = nil
	}
}

// ProcessElement writes one line, opening the bundle's file first if
// needed.
func (fn *writeBundleFn) ProcessElement(ctx context.Context, line string, _ func(string)) error {
	if fn.w == nil {
		w, err := createShard(ctx, fn.Tmp+"b-"+randomHex(12)+fn.Ext)
		if err != nil {
			return err
		}
		fn.w = w
	}
	return fn.w.line(line)
}

// FinishBundle completes the bundle's file and emits its name.
func (fn *writeBundleFn) FinishBundle(ctx context.Context, emit func(string)) error {
	w := fn.w
	if w == nil {
		return nil
	}
	fn.w = nil
	if err := w.close(ctx); err != nil {
		return err
	}
	emit(w.path)
	return nil
}

// Teardown removes the file of a bundle that did not finish.
func (fn *writeBundleFn) Teardown(ctx context.Context) {
	if fn.w != nil {
		fn.w.abort(ctx)
		fn.w = nil
	}
}

// writeShardFn writes the lines of one shard to a temporary file and
// emits its name, which carries the shard number.
type writeShardFn struct {
	Tmp string `json:"tmp"`
	Ext string `json:"ext"`
}

// ProcessElement writes the lines of shard key.
func (fn *writeShardFn) ProcessElement(ctx context.Context, key int, lines func(*string) bool, emit func(string)) error {
	w, err := createShard(ctx, fmt.Sprintf("%ss%05d-%s%s", fn.Tmp, key, randomHex(12), fn.Ext))
	if err != nil {
		return err
	}
	var line string
	for lines(&line) {
		if err := w.line(line); err != nil {
			w.abort(ctx)
			return err
		}
	}
	if err := w.close(ctx); err != nil {
		return err
	}
	emit(w.path)
	return nil
}

// finalizeFn runs once all the temporary files are written: it renames
// them to the shard names and removes what is left of the temporary
// directory.
type finalizeFn struct {
	Prefix string `json:"prefix"`
	Tmp    string `json:"tmp"`
	Shards int    `json:"shards"`
	Force  bool   `json:"force"`
}

// ProcessElement renames the temporary files listed by tmp.
func (fn *finalizeFn) ProcessElement(ctx context.Context, _ []byte, tmp func(*string) bool) error {
	var names []string
	var name string
	for tmp(&name) {
		names = append(names, name)
	}
	sort.Strings(names)
	n := parseNaming(fn.Prefix)
	fsys, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fsys.Close()

	count := len(names)
	moves := map[string]string{} // final name -> temporary name
	if fn.Shards == 0 {
		for i, t := range names {
			moves[n.shard(i, count)] = t
		}
	} else {
		count = fn.Shards
		for _, t := range names {
			k, err := strconv.Atoi(strings.TrimPrefix(t, fn.Tmp)[1:6])
			if err != nil || k < 0 || k >= count {
				return fmt.Errorf("bntext: unexpected temporary file %s", t)
			}
			if _, dup := moves[n.shard(k, count)]; dup {
				return fmt.Errorf("bntext: two files for shard %d", k)
			}
			moves[n.shard(k, count)] = t
		}
		for k := range count {
			final := n.shard(k, count)
			if _, ok := moves[final]; ok {
				continue
			}
			// A shard that got no line is an empty file.
			t := fmt.Sprintf("%ss%05d-%s%s", fn.Tmp, k, randomHex(12), n.ext)
			w, err := createShard(ctx, t)
			if err == nil {
				err = w.close(ctx)
			}
			if err != nil {
				return err
			}
			moves[final] = t
		}
	}

	existing, err := listShards(ctx, fsys, n)
	if err != nil {
		return err
	}
	var stale []string
	for _, e := range existing {
		if !fn.Force {
			return fmt.Errorf("bntext: %s exists (set Force, --force, to replace the output)", e)
		}
		if _, ok := moves[e]; !ok {
			stale = append(stale, e)
		}
	}

	err = forEach(moves, func(final, t string) error {
		if err := filesystem.Rename(ctx, fsys, t, final); err != nil {
			return fmt.Errorf("bntext: rename %s to %s: %w", t, final, err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	log.Infof(ctx, "bntext: wrote %d shards to %s", count, n.glob())
	if rm, ok := fsys.(filesystem.Remover); ok {
		for _, e := range stale {
			if err := rm.Remove(ctx, e); err != nil {
				return fmt.Errorf("bntext: remove old shard: %w", err)
			}
		}
		// Files of failed attempts, then the directory itself (local
		// filesystems have one; object stores do not).
		left, _ := fsys.List(ctx, fn.Tmp+"*")
		for _, l := range left {
			_ = rm.Remove(ctx, l)
		}
		_ = rm.Remove(ctx, strings.TrimSuffix(fn.Tmp, "/"))
	}
	return nil
}

// ExistingShards returns the shard files of an earlier output at prefix
// (named as WriteShards names them, whatever their number).
func ExistingShards(ctx context.Context, prefix string) ([]string, error) {
	fsys, err := filesystem.New(ctx, prefix)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	return listShards(ctx, fsys, parseNaming(prefix))
}

func listShards(ctx context.Context, fsys filesystem.Interface, n naming) ([]string, error) {
	files, err := fsys.List(ctx, n.glob())
	if err != nil {
		return nil, fmt.Errorf("bntext: list %s: %w", n.glob(), err)
	}
	shards := files[:0]
	for _, f := range files {
		if n.isShard(f) {
			shards = append(shards, f)
		}
	}
	return shards, nil
}

// forEach calls f for the pairs of m on a few goroutines, since renames on
// object stores are copies that take a while.
func forEach(m map[string]string, f func(k, v string) error) error {
	type kv struct{ k, v string }
	work := make(chan kv)
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	for range min(8, len(m)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range work {
				if err := f(p.k, p.v); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
				}
			}
		}()
	}
	for k, v := range m {
		work <- kv{k, v}
	}
	close(work)
	wg.Wait()
	return first
}

// shardWriter writes lines to one file, compressed as its name says.
type shardWriter struct {
	path string
	f    io.WriteCloser
	z    io.WriteCloser // compressor, or nil
	bw   *bufio.Writer
}

func createShard(ctx context.Context, path string) (*shardWriter, error) {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	defer fsys.Close()
	f, err := fsys.OpenWrite(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("bntext: create %s: %w", path, err)
	}
	w := &shardWriter{path: path, f: f}
	var dst io.Writer = f
	switch compression(path) {
	case ".gz":
		w.z = gzip.NewWriter(f)
		dst = w.z
	case ".zst":
		z, err := zstd.NewWriter(f, zstd.WithEncoderConcurrency(1))
		if err != nil {
			f.Close()
			return nil, err
		}
		w.z = z
		dst = z
	}
	w.bw = bufio.NewWriterSize(dst, 1<<20)
	return w, nil
}

func (w *shardWriter) line(s string) error {
	if _, err := w.bw.WriteString(s); err != nil {
		return fmt.Errorf("bntext: write %s: %w", w.path, err)
	}
	return w.bw.WriteByte('\n')
}

func (w *shardWriter) close(ctx context.Context) error {
	err := w.bw.Flush()
	if w.z != nil {
		if zerr := w.z.Close(); err == nil {
			err = zerr
		}
	}
	if ferr := w.f.Close(); err == nil {
		err = ferr
	}
	if err != nil {
		w.remove(ctx)
		return fmt.Errorf("bntext: write %s: %w", w.path, err)
	}
	return nil
}

// abort closes and removes a file that will not be completed.
func (w *shardWriter) abort(ctx context.Context) {
	w.f.Close()
	w.remove(ctx)
}

func (w *shardWriter) remove(ctx context.Context) {
	fsys, err := filesystem.New(ctx, w.path)
	if err != nil {
		return
	}
	defer fsys.Close()
	if rm, ok := fsys.(filesystem.Remover); ok {
		_ = rm.Remove(ctx, w.path)
	}
}
