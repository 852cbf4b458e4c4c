package neardup

import "math/bits"

// postings maps a fingerprint to the sequence numbers of the earliest
// indexed articles that hold it. It is an open-addressing table with
// linear probing, written here rather than taken from Go's map because
// almost every lookup misses the processor's caches: a Go map probes a
// group's control word and then a slot elsewhere in the group, two cache
// lines, where one probe of this table reads one (a slot is 24 bytes and
// the next slot is usually on the same line). BenchmarkPostings compares
// the two on a table of two million fingerprints.
//
// Deletion shifts the entries after the deleted one back (Knuth, The Art
// of Computer Programming vol. 3, 6.4, Algorithm R), so no tombstones
// accumulate and lookups stay short however much the index turns over.
type postings struct {
	slots []pslot // a power of two long; hash 0 marks an empty slot
	shift uint    // 64 - log2(len(slots))
	n     int     // occupied slots
	// zero holds the fingerprint 0, which cannot be stored in a slot.
	zero    [maxPostings]uint64
	hasZero bool
}

type pslot struct {
	hash uint64
	seqs [maxPostings]uint64
}

// minSlots is the smallest table: 24 KB.
const minSlots = 1 << 10

func newPostings() *postings {
	t := &postings{}
	t.alloc(minSlots)
	return t
}

func (t *postings) alloc(n int) {
	t.slots = make([]pslot, n)
	t.shift = uint(64 - bits.TrailingZeros(uint(n)))
	t.n = 0
}

// home is the slot where the search for h starts. Winnowing keeps the
// smallest hashes of each window, so the high bits of fingerprints are
// skewed towards zero; a Fibonacci multiplication spreads them again.
func (t *postings) home(h uint64) int {
	return int((h * 0x9e3779b97f4a7c15) >> t.shift)
}

// len returns the number of fingerprints stored.
func (t *postings) len() int {
	if t.hasZero {
		return t.n + 1
	}
	return t.n
}

// get returns the sequence numbers stored for h.
func (t *postings) get(h uint64) ([maxPostings]uint64, bool) {
	if h == 0 {
		return t.zero, t.hasZero
	}
	mask := len(t.slots) - 1
	for i := t.home(h); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.hash == h {
			return s.seqs, true
		}
		if s.hash == 0 {
			return [maxPostings]uint64{}, false
		}
	}
}

// put stores seqs for h, replacing what was there.
func (t *postings) put(h uint64, seqs [maxPostings]uint64) {
	if h == 0 {
		t.zero, t.hasZero = seqs, true
		return
	}
	mask := len(t.slots) - 1
	i := t.home(h)
	for ; t.slots[i].hash != 0; i = (i + 1) & mask {
		if t.slots[i].hash == h {
			t.slots[i].seqs = seqs
			return
		}
	}
	t.slots[i] = pslot{hash: h, seqs: seqs}
	t.n++
	if t.n*4 > len(t.slots)*3 { // at most three quarters full
		t.grow()
	}
}

func (t *postings) grow() {
	old := t.slots
	t.alloc(2 * len(old))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.hash == 0 {
			continue
		}
		i := t.home(s.hash)
		for t.slots[i].hash != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
		t.n++
	}
}

// keep rewrites every entry with keep(seqs) and deletes the entries for
// which it returns an empty list, in one pass over the table.
func (t *postings) keep(keep func([maxPostings]uint64) [maxPostings]uint64) {
	if t.hasZero {
		t.zero = keep(t.zero)
		t.hasZero = t.zero[0] != 0
	}
	for i := 0; i < len(t.slots); {
		s := &t.slots[i]
		if s.hash == 0 {
			i++
			continue
		}
		if q := keep(s.seqs); q[0] != 0 {
			s.seqs = q
			i++
			continue
		}
		// The entry shifted into slot i, if any, is looked at next.
		// Entries only move into the slot just emptied, which is i or
		// lies after it, or, for a run that wraps past the end of the
		// table, from its start (already looked at) to its end: each entry
		// is looked at at least once.
		t.deleteAt(i)
	}
}

// deleteAt empties slot i and moves back the entries of its probe run
// that may not be reached past an empty slot otherwise.
func (t *postings) deleteAt(i int) {
	mask := len(t.slots) - 1
	for j := (i + 1) & mask; t.slots[j].hash != 0; j = (j + 1) & mask {
		// The entry at j may move to i unless its home lies cyclically
		// in (i, j].
		k := t.home(t.slots[j].hash)
		if i <= j && (k <= i || k > j) || i > j && k <= i && k > j {
			t.slots[i] = t.slots[j]
			i = j
		}
	}
	t.slots[i] = pslot{}
	t.n--
}
