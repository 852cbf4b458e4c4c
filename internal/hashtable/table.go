// Package hashtable is a map from 64-bit hashes to small values for the
// indexes whose lookups nearly all miss the processor's caches: the
// duplicate finder's fingerprint postings and the story clusterer's term
// dictionary, each millions of lookups a second into tables far larger
// than the caches.
//
// It is an open-addressing table with linear probing, written here rather
// than taken from Go's map because a Go map probes a group's control word
// and then a slot elsewhere in the group, two cache lines, where one probe
// of this table reads one (slots of 16 or 24 bytes, the next slot usually
// on the same line). BenchmarkTable compares the two on two million keys.
//
// Deletion shifts the entries after the deleted one back (Knuth, The Art
// of Computer Programming vol. 3, 6.4, Algorithm R), so no tombstones
// accumulate and probe runs stay short however much the table turns over.
package hashtable

import "math/bits"

// Table maps 64-bit keys, which should already be hashes, to values of
// type V. The zero value is not usable; call New. It is not safe for
// concurrent use.
type Table[V any] struct {
	slots []slot[V] // a power of two long; key 0 marks an empty slot
	shift uint      // 64 - log2(len(slots))
	n     int       // occupied slots
	// zero holds the value of key 0, which cannot be stored in a slot.
	zero    V
	hasZero bool
}

type slot[V any] struct {
	key uint64
	val V
}

// minSlots is the smallest table.
const minSlots = 1 << 10

// New returns an empty table.
func New[V any]() *Table[V] {
	t := &Table[V]{}
	t.alloc(minSlots)
	return t
}

func (t *Table[V]) alloc(n int) {
	t.slots = make([]slot[V], n)
	t.shift = uint(64 - bits.TrailingZeros(uint(n)))
	t.n = 0
}

// home is the slot where the search for key k starts. A Fibonacci
// multiplication spreads keys whose bits are skewed (winnowing keeps the
// smallest hashes of each window, so fingerprints lean towards zero).
func (t *Table[V]) home(k uint64) int {
	return int((k * 0x9e3779b97f4a7c15) >> t.shift)
}

// Len returns the number of keys stored.
func (t *Table[V]) Len() int {
	if t.hasZero {
		return t.n + 1
	}
	return t.n
}

// Get returns the value stored for k.
func (t *Table[V]) Get(k uint64) (V, bool) {
	if k == 0 {
		return t.zero, t.hasZero
	}
	mask := len(t.slots) - 1
	for i := t.home(k); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == k {
			return s.val, true
		}
		if s.key == 0 {
			var zero V
			return zero, false
		}
	}
}

// Put stores v for k, replacing what was there.
func (t *Table[V]) Put(k uint64, v V) {
	if k == 0 {
		t.zero, t.hasZero = v, true
		return
	}
	mask := len(t.slots) - 1
	i := t.home(k)
	for ; t.slots[i].key != 0; i = (i + 1) & mask {
		if t.slots[i].key == k {
			t.slots[i].val = v
			return
		}
	}
	t.slots[i] = slot[V]{key: k, val: v}
	t.n++
	if t.n*4 > len(t.slots)*3 { // at most three quarters full
		t.grow()
	}
}

func (t *Table[V]) grow() {
	old := t.slots
	t.alloc(2 * len(old))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.key == 0 {
			continue
		}
		i := t.home(s.key)
		for t.slots[i].key != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		t.n++
	}
}

// Keep passes every entry to keep, once, stores the value it returns and
// deletes the entry when it returns false; one pass over the table.
func (t *Table[V]) Keep(keep func(k uint64, v V) (V, bool)) {
	if t.hasZero {
		var ok bool
		if t.zero, ok = keep(0, t.zero); !ok {
			var zero V
			t.zero, t.hasZero = zero, false
		}
	}
	// Start after an empty slot (there is one: the table is at most three
	// quarters full), so that no probe run wraps past the end of the pass.
	// A deletion moves entries of the current run back into the slot just
	// emptied, the one being looked at or one ahead: every entry is looked
	// at exactly once.
	mask := len(t.slots) - 1
	e := 0
	for t.slots[e].key != 0 {
		e++
	}
	for c := 1; c <= len(t.slots); {
		i := (e + c) & mask
		s := &t.slots[i]
		if s.key == 0 {
			c++
			continue
		}
		if v, ok := keep(s.key, s.val); ok {
			s.val = v
			c++
			continue
		}
		t.deleteAt(i) // slot i now holds the next entry of its run, if any
	}
}

// deleteAt empties slot i and moves back the entries of its probe run
// that could not be reached past an empty slot otherwise.
func (t *Table[V]) deleteAt(i int) {
	mask := len(t.slots) - 1
	for j := (i + 1) & mask; t.slots[j].key != 0; j = (j + 1) & mask {
		// The entry at j may move to i unless its home lies cyclically
		// in (i, j].
		h := t.home(t.slots[j].key)
		if i <= j && (h <= i || h > j) || i > j && h <= i && h > j {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = slot[V]{}
	t.n--
}
