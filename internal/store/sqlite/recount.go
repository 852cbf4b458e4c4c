package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/storyline-dev/storyline/internal/store"
)

// recountQuery lists the stories whose counters (migration 0006) disagree
// with their current documents. PostgreSQL's store has the same query.
const recountQuery = `WITH
	per AS (SELECT story_id, site, COUNT(*) AS n FROM documents
		WHERE current = 1 AND story_id <> '' AND site <> '' GROUP BY story_id, site),
	docs AS (SELECT story_id, COUNT(*) AS n FROM documents
		WHERE current = 1 AND story_id <> '' GROUP BY story_id),
	sites AS (SELECT story_id, COUNT(*) AS n FROM per GROUP BY story_id),
	diff AS (
		SELECT story_id FROM (SELECT story_id, site, n FROM per EXCEPT SELECT story_id, site, n FROM story_sites)
		UNION ALL
		SELECT story_id FROM (SELECT story_id, site, n FROM story_sites EXCEPT SELECT story_id, site, n FROM per)),
	bad AS (SELECT story_id, COUNT(*) AS n FROM diff GROUP BY story_id)
SELECT s.id, s.documents, COALESCE(d.n, 0), s.sites, COALESCE(x.n, 0), COALESCE(b.n, 0)
FROM stories s
LEFT JOIN docs d ON d.story_id = s.id
LEFT JOIN sites x ON x.story_id = s.id
LEFT JOIN bad b ON b.story_id = s.id
WHERE s.documents <> COALESCE(d.n, 0) OR s.sites <> COALESCE(x.n, 0) OR b.n IS NOT NULL
ORDER BY s.id`

// Recount compares the stories' counters with their documents and, with
// repair, rewrites them (see store.Store.Recount). The repair runs on the
// writer connection, in one transaction.
func (s *Store) Recount(ctx context.Context, repair bool) ([]store.StoryCount, error) {
	if !repair {
		out, err := scanCounts(ctx, s.rd)
		if err != nil {
			return nil, fmt.Errorf("sqlite: recount: %w", err)
		}
		return out, nil
	}
	if s.wr == nil {
		return nil, errReadOnly("recount")
	}
	tx, err := s.wr.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: recount: %w", err)
	}
	defer tx.Rollback()
	// The writer's transactions are immediate (_txlock): the write lock is
	// held from here, so what is counted is what is rewritten.
	out, err := scanCounts(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: recount: %w", err)
	}
	for _, q := range []string{
		`DELETE FROM story_sites`,
		`INSERT INTO story_sites (story_id, site, n)
			SELECT story_id, site, COUNT(*) FROM documents
			WHERE current = 1 AND story_id <> '' AND site <> ''
			GROUP BY story_id, site`,
		// only the rows that change, so a repair of a few stories does
		// not rewrite every story row
		`UPDATE stories SET documents = c.documents, sites = c.sites
			FROM (SELECT st.id, COALESCE(d.n, 0) AS documents, COALESCE(x.n, 0) AS sites FROM stories st
				LEFT JOIN (SELECT story_id, COUNT(*) AS n FROM documents WHERE current = 1 GROUP BY story_id) d ON d.story_id = st.id
				LEFT JOIN (SELECT story_id, COUNT(*) AS n FROM story_sites GROUP BY story_id) x ON x.story_id = st.id) AS c
			WHERE c.id = stories.id AND (stories.documents <> c.documents OR stories.sites <> c.sites)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("sqlite: recount: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: recount: %w", err)
	}
	return out, nil
}

// querier is a *sql.DB or a *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func scanCounts(ctx context.Context, q querier) ([]store.StoryCount, error) {
	rows, err := q.QueryContext(ctx, recountQuery)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []store.StoryCount
	for rows.Next() {
		var c store.StoryCount
		if err := rows.Scan(&c.Story, &c.Documents, &c.CountedDocuments, &c.Sites, &c.CountedSites, &c.SiteRows); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
