package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// The stream engine splits an input into jobs at line boundaries, runs the
// jobs on several workers and writes the results in input order. A job is
// one block of complete lines, or a single line too long for a block,
// which then arrives in several chunks and is processed as a stream. So a
// line of any length works in bounded memory, and every worker's
// transformer sees whole lines only.

// processor turns the chunks of one job into output. Each worker owns one.
type processor interface {
	// start begins a job whose first line has number line (1-based) and
	// starts at byte offset offset of the input.
	start(line int, offset int64)
	// process appends to dst the output for the next chunk of the job;
	// final is set for the last chunk of the job (which may be empty). The
	// result may be chunk itself when nothing changes.
	process(dst, chunk []byte, final bool) ([]byte, error)
}

type job struct {
	line   int          // number of its first line
	offset int64        // input offset of its first byte
	blocks []*readBlock // read buffers the job's chunks live in
	in     chan []byte  // input chunks, closed by the reader
	out    chan []byte  // output chunks, closed by the worker
	err    error        // set by the worker before it closes out
}

// inputError is invalid input: invalid UTF-8 under --strict or a malformed
// JSON line. It makes the command exit with ExitInvalid.
type inputError struct {
	name   string // file name, "-" for standard input
	offset int64  // byte offset in the (decompressed) input, or -1
	line   int    // line number, or 0
	msg    string
}

func (e *inputError) Error() string {
	name := e.name
	if name == "-" {
		name = "<stdin>"
	}
	switch {
	case e.line > 0 && e.offset >= 0:
		return fmt.Sprintf("%s:%d: %s at byte offset %d", name, e.line, e.msg, e.offset)
	case e.line > 0:
		return fmt.Sprintf("%s:%d: %s", name, e.line, e.msg)
	default:
		return fmt.Sprintf("%s: %s at byte offset %d", name, e.msg, e.offset)
	}
}

var errStopped = errors.New("stopped")

// engine runs one input stream through workers.
type engine struct {
	name    string // input name for error messages
	workers int
	block   int // bytes per block
	strict  bool
	newProc func() processor
	stats   *stats
}

const defaultBlock = 1 << 20

// run copies r to w through the workers' processors.
//
// On the first error (a failing write, a failing job, a failing read)
// everything stops: done is closed, every goroutine that could block
// selects on it, and run returns without waiting for a reader that may be
// stuck in a read from a pipe.
func (e *engine) run(r io.Reader, w io.Writer) error {
	workers := max(e.workers, 1)
	done := make(chan struct{})
	var once sync.Once
	stop := func() { once.Do(func() { close(done) }) }
	defer stop()
	jobs := make(chan *job, workers*2)
	order := make(chan *job, workers*2+2)
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		err := e.read(r, jobs, order, done)
		readErr <- err
		if err != nil {
			stop()
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p := e.newProc()
			for {
				select {
				case j, ok := <-jobs:
					if !ok {
						return
					}
					work(p, j, done)
				case <-done:
					return
				}
			}
		}()
	}
	var err error
	for j := range order {
		for chunk := range j.out {
			if _, werr := w.Write(chunk); werr != nil {
				err = werr
				break
			}
			if e.stats != nil {
				e.stats.addOut(len(chunk))
			}
		}
		if err == nil && j.err != nil && j.err != errStopped {
			err = j.err
			var ie *inputError
			if errors.As(err, &ie) && ie.name == "" {
				ie.name = e.name
			}
		}
		if err != nil {
			stop()
			wg.Wait()
			return err
		}
		// Written: the job no longer needs its read buffers.
		for _, b := range j.blocks {
			b.release()
		}
	}
	wg.Wait()
	if rerr := <-readErr; rerr != nil && !errors.Is(rerr, errStopped) {
		return rerr
	}
	return nil
}

func work(p processor, j *job, done <-chan struct{}) {
	defer close(j.out)
	p.start(j.line, j.offset)
	send := func(b []byte) bool {
		if len(b) == 0 {
			return true
		}
		select {
		case j.out <- b:
			return true
		case <-done:
			j.err = errStopped
			return false
		}
	}
	// Hold one chunk back, so that the last chunk of the job is processed
	// as final: a spanning transformer can then pass clean text through
	// without copying it.
	var cur []byte
	have := false
	for {
		var chunk []byte
		ok := true
		select {
		case chunk, ok = <-j.in:
		case <-done:
			j.err = errStopped
			return
		}
		if !ok {
			break
		}
		if j.err != nil {
			continue // drain
		}
		if have {
			out, err := p.process(nil, cur, false)
			if err != nil {
				j.err = err
				continue
			}
			send(out)
		}
		cur, have = chunk, true
	}
	if j.err != nil {
		return
	}
	out, err := p.process(nil, cur, true)
	if err != nil {
		j.err = err
		return
	}
	send(out)
}

// read splits r into jobs.
func (e *engine) read(r io.Reader, jobs, order chan<- *job, done <-chan struct{}) error {
	block := e.block
	if block <= 0 {
		block = defaultBlock
	}
	line := 1
	var cur *job // a long line that spans blocks
	var carry []byte
	var offset int64 // input offset of the next byte read
	var tail []byte  // an incomplete rune at the end of the last read (strict)
	defer func() {
		if cur != nil {
			close(cur.in)
		}
	}()
	var jobStart int64 // input offset of the first byte of the next job
	newJob := func() *job {
		j := &job{line: line, offset: jobStart, in: make(chan []byte, 2), out: make(chan []byte, 2)}
		select {
		case order <- j:
		case <-done:
			return nil
		}
		select {
		case jobs <- j:
		case <-done:
			// No worker will take it: finish it here for the writer.
			close(j.in)
			j.err = errStopped
			close(j.out)
			return nil
		}
		return j
	}
	var cur0 *readBlock // the read buffer of this round
	send := func(j *job, chunk []byte) bool {
		if n := len(j.blocks); n == 0 || j.blocks[n-1] != cur0 {
			cur0.refs.Add(1)
			j.blocks = append(j.blocks, cur0)
		}
		select {
		case j.in <- chunk:
			jobStart += int64(len(chunk))
			return true
		case <-done:
			return false
		}
	}
	for {
		prev := cur0
		cur0 = getBlock(max(block, 2*len(carry)))
		buf := cur0.b[:len(carry)]
		copy(buf, carry)
		if prev != nil {
			prev.release() // the reader's own reference, once carry is copied out
		}
		n, err := io.ReadFull(r, buf[len(carry):cap(buf)])
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return fmt.Errorf("read %s: %w", displayName(e.name), err)
		}
		fresh := buf[len(carry) : len(carry)+n]
		data := buf[:len(carry)+n]
		if e.stats != nil {
			e.stats.addIn(n)
		}
		if e.strict {
			check := fresh
			if len(tail) > 0 {
				check = append(append([]byte(nil), tail...), fresh...)
			}
			bad, incomplete := firstInvalid(check, eof)
			if bad >= 0 {
				return &inputError{name: e.name, offset: offset - int64(len(tail)) + int64(bad), msg: "invalid UTF-8"}
			}
			tail = append(tail[:0], check[len(check)-incomplete:]...)
		}
		offset += int64(n)
		carry = nil
		if cur != nil {
			i := bytes.IndexByte(data, '\n')
			if i < 0 && !eof {
				if !send(cur, data) {
					return errStopped
				}
				continue
			}
			k := len(data)
			if i >= 0 {
				k = i + 1
				line++
			}
			if !send(cur, data[:k]) {
				return errStopped
			}
			close(cur.in)
			cur = nil
			data = data[k:]
		}
		if len(data) > 0 {
			// Every job is cur while it is open, so that the deferred
			// close releases its worker whatever happens.
			last := bytes.LastIndexByte(data, '\n')
			switch {
			case last < 0 && !eof:
				// A line longer than what is left of the block: the job
				// stays open for the next blocks.
				if cur = newJob(); cur == nil || !send(cur, data) {
					return errStopped
				}
			case last < 0:
				if cur = newJob(); cur == nil || !send(cur, data) {
					return errStopped
				}
				close(cur.in)
				cur = nil
			default:
				if cur = newJob(); cur == nil || !send(cur, data[:last+1]) {
					return errStopped
				}
				close(cur.in)
				cur = nil
				line += bytes.Count(data[:last+1], []byte{'\n'})
				carry = data[last+1:]
				if eof && len(carry) > 0 {
					if cur = newJob(); cur == nil || !send(cur, carry) {
						return errStopped
					}
					close(cur.in)
					cur = nil
					carry = nil
				}
			}
		}
		if eof {
			return nil
		}
	}
}

// readBlock is a read buffer shared by the jobs whose chunks live in it, and
// recycled when the last of them has been written.
type readBlock struct {
	b    []byte
	refs atomic.Int32
}

var blockPool sync.Pool

func getBlock(size int) *readBlock {
	if size == defaultBlock {
		if b, ok := blockPool.Get().(*readBlock); ok {
			b.refs.Store(1)
			return b
		}
	}
	b := &readBlock{b: make([]byte, size)}
	b.refs.Store(1)
	return b
}

func (b *readBlock) release() {
	if b.refs.Add(-1) == 0 && len(b.b) == defaultBlock {
		blockPool.Put(b)
	}
}

// firstInvalid returns the offset of the first byte of p that is not valid
// UTF-8, or -1, and the length of an incomplete rune at the end of p that
// more input may complete (only when !eof).
func firstInvalid(p []byte, eof bool) (bad, incomplete int) {
	if utf8.Valid(p) {
		return -1, 0
	}
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 {
			if !eof && !utf8.FullRune(p[i:]) {
				return -1, len(p) - i
			}
			return i, 0
		}
		i += size
	}
	return -1, 0
}

// transformProcessor runs a transformer over the chunks of a job.
type transformProcessor struct {
	t   transform.Transformer
	src []byte // input the transformer has not consumed yet
}

func newTransformProcessor(t transform.Transformer) *transformProcessor {
	return &transformProcessor{t: t}
}

func (p *transformProcessor) start(int, int64) {
	p.t.Reset()
	p.src = p.src[:0]
}

func (p *transformProcessor) process(dst, chunk []byte, final bool) ([]byte, error) {
	if sp, ok := p.t.(transform.SpanningTransformer); ok && len(p.src) == 0 && len(dst) == 0 && final {
		// Clean text goes out as it came in.
		if n, err := sp.Span(chunk, true); n == len(chunk) && err == nil {
			return chunk, nil
		}
		// Span may have moved the transformer's state up to where it
		// stopped; the whole chunk is transformed from its start below.
		p.t.Reset()
	}
	src := chunk
	if len(p.src) > 0 {
		p.src = append(p.src, chunk...)
		src = p.src
	}
	if cap(dst)-len(dst) < len(src)+len(src)/8+64 {
		dst = append(make([]byte, 0, len(dst)+len(src)+len(src)/8+64), dst...)
	}
	for {
		nDst, nSrc, err := p.t.Transform(dst[len(dst):cap(dst)], src, final)
		dst = dst[:len(dst)+nDst]
		src = src[nSrc:]
		switch err {
		case nil:
			if len(src) == 0 || !final {
				p.src = append(p.src[:0], src...)
				return dst, nil
			}
		case transform.ErrShortDst:
			if nDst == 0 || cap(dst)-len(dst) < 64 {
				dst = append(make([]byte, 0, 2*cap(dst)+64), dst...)
			}
		case transform.ErrShortSrc:
			if final {
				return dst, fmt.Errorf("transformer could not finish its input")
			}
			p.src = append(p.src[:0], src...)
			return dst, nil
		default:
			return dst, err
		}
	}
}

// lineProcessor calls fn for every line of a job. The line passed to fn
// has no line ending; the processor writes back the ending the input had,
// unless raw is set (then fn writes what it wants).
type lineProcessor struct {
	fn      func(dst, line []byte, n int) ([]byte, error)
	raw     bool
	line    int
	partial []byte

	// While fn runs: the input offset of the line and its size in bytes
	// with its line ending.
	offset int64
	size   int
}

func (p *lineProcessor) start(line int, offset int64) {
	p.line = line
	p.offset = offset
	p.partial = p.partial[:0]
}

func (p *lineProcessor) process(dst, chunk []byte, final bool) ([]byte, error) {
	var err error
	for len(chunk) > 0 {
		i := bytes.IndexByte(chunk, '\n')
		if i < 0 {
			p.partial = append(p.partial, chunk...)
			break
		}
		l := chunk[:i]
		if len(p.partial) > 0 {
			p.partial = append(p.partial, l...)
			l = p.partial
		}
		if dst, err = p.emit(dst, l, true); err != nil {
			return dst, err
		}
		p.partial = p.partial[:0]
		chunk = chunk[i+1:]
	}
	if final && len(p.partial) > 0 {
		dst, err = p.emit(dst, p.partial, false)
		p.partial = p.partial[:0]
	}
	return dst, err
}

func (p *lineProcessor) emit(dst, l []byte, nl bool) ([]byte, error) {
	p.size = len(l)
	if nl {
		p.size++
	}
	cr := len(l) > 0 && l[len(l)-1] == '\r'
	if cr {
		l = l[:len(l)-1]
	}
	dst, err := p.fn(dst, l, p.line)
	p.line++
	p.offset += int64(p.size)
	if p.raw {
		return dst, err
	}
	if cr {
		dst = append(dst, '\r')
	}
	if nl {
		dst = append(dst, '\n')
	}
	return dst, err
}
