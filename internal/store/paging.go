package store

import (
	"errors"
	"fmt"
	"strconv"
)

// ErrBadCursor is returned for a list cursor that no page handed out: the
// caller's mistake, which servers answer with 400, not 500.
var ErrBadCursor = errors.New("bad cursor")

// Both backends page a list by offset into its ordered result: the cursor a
// Page hands out is that offset in decimal, and a backend fetches limit+1
// rows to learn whether another page follows.

// ParseCursor decodes a list cursor; the empty cursor is the first page.
func ParseCursor(cursor string) (int, error) {
	if cursor == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(cursor)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%w %q", ErrBadCursor, cursor)
	}
	return n, nil
}

// PageOf makes a page of items fetched with limit+1 from offset off: at most
// limit items, and the cursor of the next page when there is one.
func PageOf[T any](items []T, off, limit int) Page[T] {
	p := Page[T]{Items: items}
	if len(items) > limit {
		p.Next = strconv.Itoa(off + limit)
		p.Items = items[:limit]
	}
	return p
}
