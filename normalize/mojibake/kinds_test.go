package mojibake_test

import (
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/bntext/bntext/normalize/mojibake"
	"github.com/stretchr/testify/assert"
)

var dump = flag.String("dump", "", "write every damaged case of TestDamageKinds as JSON Lines to `FILE` (kind, set, orig, damaged, fixed)")

// kindResult is the score of one damage kind over a set of lines.
type kindResult struct {
	exact, total int
	sim          float64 // mean similarity of the repaired text to the original
	simBefore    float64 // the same for the damaged text
	fails        []string
}

func runKind(k damageKind, lines []string, seed uint64, out *json.Encoder, set string) kindResult {
	rng := rand.New(rand.NewPCG(seed, 7))
	f := mojibake.New(mojibake.HTML(k.html))
	var res kindResult
	for _, want := range lines {
		damaged := k.f(want, rng)
		if k.want != nil {
			want = k.want(want, damaged)
		}
		got := f.String(damaged)
		if out != nil {
			out.Encode(map[string]string{"kind": k.name, "set": set, "orig": want, "damaged": damaged, "fixed": got})
		}
		res.total++
		if got == want {
			res.exact++
		} else if len(res.fails) < 3 {
			res.fails = append(res.fails, "\n  damaged: "+damaged+"\n  got:     "+got+"\n  want:    "+want)
		}
		res.sim += similarity(got, want)
		res.simBefore += similarity(damaged, want)
	}
	res.sim /= float64(res.total)
	res.simBefore /= float64(res.total)
	return res
}

// TestDamageKinds repairs every line of the corpus broken in every way the
// generator knows. Lossless kinds must come back exactly; lossy kinds
// (lost bytes) must keep a character similarity of at least 0.98.
func TestDamageKinds(t *testing.T) {
	sets := map[string][]string{"corpus": corpusLines}
	if seed := seedLines(); seed != nil {
		sets["seed"] = seed
	}
	var out *json.Encoder
	if *dump != "" {
		f, err := os.Create(*dump)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		out = json.NewEncoder(f)
	}
	for setName, lines := range sets {
		for _, k := range damageKinds {
			t.Run(setName+"/"+k.name, func(t *testing.T) {
				res := runKind(k, lines, 1, out, setName)
				t.Logf("%-20s exact %3d/%3d  similarity %.4f (damaged %.4f)", k.name, res.exact, res.total, res.sim, res.simBefore)
				if k.lossy {
					assert.GreaterOrEqual(t, res.sim, 0.98, "similarity%s", strings.Join(res.fails, ""))
					return
				}
				assert.Equal(t, res.total, res.exact, "exact%s", strings.Join(res.fails, ""))
			})
		}
	}
}
