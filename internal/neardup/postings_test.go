package neardup

import (
	"math/rand/v2"
	"testing"
)

// TestPostingsAgainstMap drives the table and a Go map with the same
// random puts and sweeps (on a small table, so that it grows, its probe
// runs collide and wrap around its end) and checks that they agree.
func TestPostingsAgainstMap(t *testing.T) {
	for _, keys := range []uint64{50, 3_000, 1 << 40} {
		r := rand.New(rand.NewPCG(1, keys))
		tab, ref := newPostings(), map[uint64][maxPostings]uint64{}
		for step := range 60_000 {
			h := r.Uint64N(keys) // includes 0 now and then
			v := [maxPostings]uint64{uint64(step) + 1}
			tab.put(h, v)
			ref[h] = v
			if step%5_000 == 4_999 {
				// drop about half the entries, as a sweep drops expired ones
				cut := uint64(step) - 2_500
				drop := func(p [maxPostings]uint64) [maxPostings]uint64 {
					if p[0] < cut {
						return [maxPostings]uint64{}
					}
					return p
				}
				tab.keep(drop)
				for k, p := range ref {
					if drop(p)[0] == 0 {
						delete(ref, k)
					}
				}
			}
			if step%997 == 0 || step == 59_999 {
				if tab.len() != len(ref) {
					t.Fatalf("keys < %d, step %d: len %d; want %d", keys, step, tab.len(), len(ref))
				}
				for k, want := range ref {
					if got, ok := tab.get(k); !ok || got != want {
						t.Fatalf("keys < %d, step %d: get(%d) = %v, %v; want %v", keys, step, k, got, ok, want)
					}
				}
				for range 100 {
					k := r.Uint64()
					if _, in := ref[k]; !in {
						if _, ok := tab.get(k); ok {
							t.Fatalf("keys < %d: get(%d) found a key never put", keys, k)
						}
					}
				}
			}
		}
	}
}

// BenchmarkPostings looks up fingerprints in two million entries, in the
// table and in the Go map it replaced, half of them present.
func BenchmarkPostings(b *testing.B) {
	const n = 2_000_000
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, n)
	tab, m := newPostings(), make(map[uint64][maxPostings]uint64)
	for i := range keys {
		keys[i] = r.Uint64()
		tab.put(keys[i], [maxPostings]uint64{uint64(i) + 1})
		m[keys[i]] = [maxPostings]uint64{uint64(i) + 1}
	}
	probe := make([]uint64, 1<<22) // more probes than fit a cache
	for i := range probe {
		if i%2 == 0 {
			probe[i] = keys[r.IntN(n)]
		} else {
			probe[i] = r.Uint64()
		}
	}
	b.Run("table", func(b *testing.B) {
		var hits int
		for i := 0; b.Loop(); i++ {
			if _, ok := tab.get(probe[i&(len(probe)-1)]); ok {
				hits++
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		var hits int
		for i := 0; b.Loop(); i++ {
			if _, ok := m[probe[i&(len(probe)-1)]]; ok {
				hits++
			}
		}
	})
}
