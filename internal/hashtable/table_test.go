package hashtable

import (
	"math/rand/v2"
	"testing"
)

// TestAgainstMap drives a table and a Go map with the same random puts and
// sweeps (starting small, so that the table grows and its probe runs
// collide and wrap around its end) and checks that they agree, and that a
// sweep looks at every entry exactly once.
func TestAgainstMap(t *testing.T) {
	for _, keys := range []uint64{50, 3_000, 1 << 40} {
		r := rand.New(rand.NewPCG(1, keys))
		tab, ref := New[[2]uint64](), map[uint64][2]uint64{}
		for step := range 60_000 {
			k := r.Uint64N(keys) // includes 0 now and then
			v := [2]uint64{uint64(step) + 1}
			tab.Put(k, v)
			ref[k] = v
			if step%5_000 == 4_999 {
				// drop about half the entries, as a sweep drops expired
				// ones, and shift the rest
				cut := uint64(step) - 2_500
				seen := map[uint64]int{}
				tab.Keep(func(k uint64, v [2]uint64) ([2]uint64, bool) {
					seen[k]++
					v[1]++
					return v, v[0] >= cut
				})
				if len(seen) != len(ref) {
					t.Fatalf("keys < %d, step %d: Keep looked at %d keys; want %d", keys, step, len(seen), len(ref))
				}
				for k, v := range ref {
					if seen[k] != 1 {
						t.Fatalf("keys < %d, step %d: Keep looked at %d %d times", keys, step, k, seen[k])
					}
					if v[0] < cut {
						delete(ref, k)
					} else {
						v[1]++
						ref[k] = v
					}
				}
			}
			if step%997 == 0 || step == 59_999 {
				if tab.Len() != len(ref) {
					t.Fatalf("keys < %d, step %d: Len %d; want %d", keys, step, tab.Len(), len(ref))
				}
				for k, want := range ref {
					if got, ok := tab.Get(k); !ok || got != want {
						t.Fatalf("keys < %d, step %d: Get(%d) = %v, %v; want %v", keys, step, k, got, ok, want)
					}
				}
				for range 100 {
					k := r.Uint64()
					if _, in := ref[k]; !in {
						if _, ok := tab.Get(k); ok {
							t.Fatalf("keys < %d: Get(%d) found a key never put", keys, k)
						}
					}
				}
			}
		}
	}
}

// BenchmarkTable looks up two million keys, half of them absent, in a
// table and in a Go map with the values of neardup's postings, with more
// probes than fit a cache.
func BenchmarkTable(b *testing.B) {
	const n = 2_000_000
	r := rand.New(rand.NewPCG(1, 2))
	keys := make([]uint64, n)
	tab, m := New[[2]uint64](), make(map[uint64][2]uint64)
	for i := range keys {
		keys[i] = r.Uint64()
		tab.Put(keys[i], [2]uint64{uint64(i) + 1})
		m[keys[i]] = [2]uint64{uint64(i) + 1}
	}
	probe := make([]uint64, 1<<22)
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
			if _, ok := tab.Get(probe[i&(len(probe)-1)]); ok {
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

// TestKeepWrappedRun deletes the first entry of a probe run that wraps
// past the end of the table: its other entries move back across the end,
// and each must still be looked at once.
func TestKeepWrappedRun(t *testing.T) {
	tab := New[int]()
	last := len(tab.slots) - 1
	var keys []uint64
	r := rand.New(rand.NewPCG(3, 4))
	for len(keys) < 6 {
		if k := r.Uint64(); k != 0 && tab.home(k) == last {
			keys = append(keys, k)
			tab.Put(k, len(keys))
		}
	}
	if tab.slots[last].key != keys[0] || tab.slots[0].key != keys[1] {
		t.Fatalf("the run does not wrap: slots %d and 0 hold %x, %x", last, tab.slots[last].key, tab.slots[0].key)
	}
	seen := map[uint64]int{}
	tab.Keep(func(k uint64, v int) (int, bool) {
		seen[k]++
		return v, k != keys[0]
	})
	for _, k := range keys {
		if seen[k] != 1 {
			t.Errorf("Keep looked at %x %d times; want 1", k, seen[k])
		}
	}
	for i, k := range keys[1:] {
		if v, ok := tab.Get(k); !ok || v != i+2 {
			t.Errorf("Get(%x) = %d, %v after the deletion; want %d", k, v, ok, i+2)
		}
	}
	if _, ok := tab.Get(keys[0]); ok || tab.Len() != 5 {
		t.Errorf("deleted key still found or Len %d; want 5", tab.Len())
	}
}
