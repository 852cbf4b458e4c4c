package store

// Rows is what both database/sql and pgx query results offer.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// Collect scans every row of rows with scan, in order. The caller closes
// rows.
func Collect[T any](rows Rows, scan func(Rows) (T, error)) ([]T, error) {
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}
