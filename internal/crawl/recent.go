package crawl

// recent is a map that keeps at most limit keys, forgetting the oldest
// added first. A Crawler that watches its sources for months remembers the
// URLs it fetched and their validators in one, so that its memory follows
// what its sources announce, not how long it has run. Not safe for
// concurrent use; its owners hold their own locks.
type recent[V any] struct {
	limit int
	m     map[string]recentEntry[V]
	order []recentKey // ring of keys in the order they were added
	next  int         // where the next key goes in order, once full
	seq   uint64
}

type recentEntry[V any] struct {
	v   V
	seq uint64 // which addition put the key in order
}

type recentKey struct {
	key string
	seq uint64
}

func newRecent[V any](limit int) *recent[V] {
	return &recent[V]{limit: limit, m: map[string]recentEntry[V]{}}
}

func (r *recent[V]) get(k string) (V, bool) {
	e, ok := r.m[k]
	return e.v, ok
}

// set stores v under k; a new key may push out the oldest one.
func (r *recent[V]) set(k string, v V) {
	if e, ok := r.m[k]; ok {
		e.v = v
		r.m[k] = e
		return
	}
	r.seq++
	r.m[k] = recentEntry[V]{v: v, seq: r.seq}
	rk := recentKey{key: k, seq: r.seq}
	if len(r.order) < r.limit {
		r.order = append(r.order, rk)
		return
	}
	// Full: the oldest slot's key goes, unless it was deleted and added
	// again since (then its newer slot is further on).
	old := r.order[r.next]
	if e, ok := r.m[old.key]; ok && e.seq == old.seq {
		delete(r.m, old.key)
	}
	r.order[r.next] = rk
	r.next = (r.next + 1) % r.limit
}

func (r *recent[V]) delete(k string) { delete(r.m, k) }

func (r *recent[V]) len() int { return len(r.m) }
