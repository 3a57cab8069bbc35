package transliterate

import (
	"runtime"
	"sync"
	"unsafe"

	"github.com/bntext/bntext/internal/bn"
	"github.com/bntext/bntext/normalize"
)

// scratch is the working memory of one Transform call.
type scratch struct {
	norm     []byte    // the normalized unit
	out      []byte    // the output of a unit
	revItems []revItem // reverse: the unit decoded and decomposed
	nm       namesScratch
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{out: make([]byte, 0, 4*maxLineUnit)}
}}

// cached keeps the scratches that hold a word cache of the names scheme
// out of sync.Pool, which empties itself at every garbage collection: a
// cache that took a million words to fill should outlive that. At most
// GOMAXPROCS of them are kept.
var cached struct {
	sync.Mutex
	list []*scratch
}

func getScratch() *scratch {
	cached.Lock()
	if n := len(cached.list); n > 0 {
		sc := cached.list[n-1]
		cached.list = cached.list[:n-1]
		cached.Unlock()
		return sc
	}
	cached.Unlock()
	return scratchPool.Get().(*scratch)
}

func putScratch(sc *scratch) {
	if cap(sc.out) > 1<<16 || cap(sc.norm) > 1<<16 {
		return
	}
	if sc.nm.cache != nil && len(sc.nm.cache.ents) > 0 {
		cached.Lock()
		if len(cached.list) < runtime.GOMAXPROCS(0) {
			cached.list = append(cached.list, sc)
			cached.Unlock()
			return
		}
		cached.Unlock()
	}
	scratchPool.Put(sc)
}

// normalizeUnit returns unit normalized by normalize.Default, without
// copying when it is already normal.
func normalizeUnit(sc *scratch, unit []byte) []byte {
	if normalize.Default.IsNormal(unit) {
		return unit
	}
	return sc.normalize(normalize.Default, unit)
}

// normalize returns unit normalized by n, in sc.norm. unit may be
// anything, even sc.norm itself: transform.Append must not write over its
// own source, so when unit shares memory with sc.norm the result goes to
// a new buffer.
func (sc *scratch) normalize(n *normalize.Normalizer, unit []byte) []byte {
	if need := 2*len(unit) + 64; cap(sc.norm) < need || overlaps(sc.norm[:cap(sc.norm)], unit) {
		sc.norm = make([]byte, 0, max(need, cap(sc.norm)))
	}
	sc.norm = n.Append(sc.norm[:0], unit)
	return sc.norm
}

// overlaps reports whether a and b share memory.
func overlaps(a, b []byte) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	a0 := uintptr(unsafe.Pointer(unsafe.SliceData(a)))
	b0 := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return a0 < b0+uintptr(len(b)) && b0 < a0+uintptr(len(a))
}

// unsafeBytes returns the bytes of s without copying; they must not be
// modified.
func unsafeBytes(s string) []byte {
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

// bnIndex returns the block index of the Bengali code point encoded at
// b[i:i+3].
func bnIndex(b []byte, i int) (int, bool) {
	if i < 0 || i+2 >= len(b) || b[i] != 0xE0 {
		return 0, false
	}
	return bn.Index(b[i+1], b[i+2])
}

// Block indexes (code point - U+0980) of the runes the converters test.
const (
	xCandrabindu = 0x01
	xAnusvara    = 0x02
	xVisarga     = 0x03
	xA           = 0x05
	xAA          = 0x06
	xI           = 0x07
	xII          = 0x08
	xU           = 0x09
	xUU          = 0x0A
	xE           = 0x0F
	xAI          = 0x10
	xO           = 0x13
	xAU          = 0x14
	xKa          = 0x15
	xKha         = 0x16
	xGa          = 0x17
	xGha         = 0x18
	xNga         = 0x19
	xCa          = 0x1A
	xCha         = 0x1B
	xJa          = 0x1C
	xJha         = 0x1D
	xNya         = 0x1E
	xTta         = 0x1F
	xTtha        = 0x20
	xDda         = 0x21
	xDdha        = 0x22
	xNna         = 0x23
	xTa          = 0x24
	xTha         = 0x25
	xDa          = 0x26
	xDha         = 0x27
	xNa          = 0x28
	xPa          = 0x2A
	xPha         = 0x2B
	xBa          = 0x2C
	xBha         = 0x2D
	xMa          = 0x2E
	xYa          = 0x2F
	xRa          = 0x30
	xLa          = 0x32
	xSha         = 0x36
	xSsa         = 0x37
	xSa          = 0x38
	xHa          = 0x39
	xNukta       = 0x3C
	xSignAA      = 0x3E
	xSignI       = 0x3F
	xSignII      = 0x40
	xSignU       = 0x41
	xSignUU      = 0x42
	xSignR       = 0x43
	xSignE       = 0x47
	xSignAI      = 0x48
	xSignO       = 0x4B
	xSignAU      = 0x4C
	xVirama      = 0x4D
	xKhandaTa    = 0x4E
	xAULength    = 0x57
	xRra         = 0x5C
	xRha         = 0x5D
	xYya         = 0x5F
)

func isConsIdx(x int) bool { return bn.ClassAt(x) == bn.Consonant }

func isSignIdx(x int) bool { return bn.ClassAt(x) == bn.VowelSign }
