package crawl

import (
	"fmt"
	"testing"
)

// TestRecent: the map keeps at most its limit of keys, forgetting the
// oldest added first; updating a key does not make it younger, and a key
// deleted and added again counts from its new addition.
func TestRecent(t *testing.T) {
	r := newRecent[int](3)
	for i, k := range []string{"a", "b", "c"} {
		r.set(k, i)
	}
	r.set("a", 10) // an update: "a" stays the oldest
	r.set("d", 3)  // pushes out "a"
	if _, ok := r.get("a"); ok {
		t.Error(`"a" kept after three younger keys were added`)
	}
	r.delete("b")
	r.set("b", 20) // added again: it lives for three additions from now
	r.set("e", 4)  // pushes out "c", the oldest left
	r.set("f", 5)  // pushes out "d"
	for k, want := range map[string]bool{"b": true, "c": false, "d": false, "e": true, "f": true} {
		if _, ok := r.get(k); ok != want {
			t.Errorf("%q present = %v; want %v", k, ok, want)
		}
	}
	r.set("g", 6) // pushes out the new "b"
	if _, ok := r.get("b"); ok {
		t.Error(`"b" kept after three additions since it was added again`)
	}
	// Many more keys than the limit: the size stays at the limit.
	for i := range 1000 {
		r.set(fmt.Sprint(i), i)
	}
	if r.len() > 3 {
		t.Errorf("len = %d after 1,000 additions; want at most 3", r.len())
	}
	if _, ok := r.get("999"); !ok {
		t.Error("the newest key is gone")
	}
}
