package postgres

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/storyline-dev/storyline/internal/store"
)

// recountQuery lists the stories whose counters (migration 0005) disagree
// with their current documents. SQLite's store has the same query.
const recountQuery = `WITH
	per AS (SELECT story_id, site, COUNT(*)::int AS n FROM documents
		WHERE is_current AND story_id <> '' AND site <> '' GROUP BY story_id, site),
	docs AS (SELECT story_id, COUNT(*)::int AS n FROM documents
		WHERE is_current AND story_id <> '' GROUP BY story_id),
	sites AS (SELECT story_id, COUNT(*)::int AS n FROM per GROUP BY story_id),
	diff AS (
		SELECT story_id FROM (SELECT story_id, site, n FROM per EXCEPT SELECT story_id, site, n FROM story_sites) a
		UNION ALL
		SELECT story_id FROM (SELECT story_id, site, n FROM story_sites EXCEPT SELECT story_id, site, n FROM per) b),
	bad AS (SELECT story_id, COUNT(*)::int AS n FROM diff GROUP BY story_id)
SELECT s.id, s.documents, COALESCE(d.n, 0), s.sites, COALESCE(x.n, 0), COALESCE(b.n, 0)
FROM stories s
LEFT JOIN docs d ON d.story_id = s.id
LEFT JOIN sites x ON x.story_id = s.id
LEFT JOIN bad b ON b.story_id = s.id
WHERE s.documents <> COALESCE(d.n, 0) OR s.sites <> COALESCE(x.n, 0) OR b.n IS NOT NULL
ORDER BY s.id COLLATE "C"`

// Recount compares the stories' counters with their documents and, with
// repair, rewrites them (see store.Store.Recount). It reads one snapshot
// (repeatable read, taken at the first query, after the lock). A repair
// first locks the stories and their per-site counts in EXCLUSIVE mode:
// reads go on, but every write that moves the counters waits, including
// storyline_put's SELECT ... FOR UPDATE of a story row, which a weaker
// mode lets through and which would then deadlock with the rewrite.
func (s *Store) Recount(ctx context.Context, repair bool) ([]store.StoryCount, error) {
	var out []store.StoryCount
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead}, func(tx pgx.Tx) error {
		if repair {
			if _, err := tx.Exec(ctx, `LOCK TABLE stories, story_sites IN EXCLUSIVE MODE`); err != nil {
				return err
			}
		}
		rows, err := tx.Query(ctx, recountQuery)
		if err != nil {
			return err
		}
		out, err = pgx.CollectRows(rows, func(row pgx.CollectableRow) (store.StoryCount, error) {
			var c store.StoryCount
			err := row.Scan(&c.Story, &c.Documents, &c.CountedDocuments, &c.Sites, &c.CountedSites, &c.SiteRows)
			return c, err
		})
		if err != nil || !repair {
			return err
		}
		for _, q := range []string{
			`DELETE FROM story_sites`,
			`INSERT INTO story_sites (story_id, site, n)
				SELECT story_id, site, COUNT(*) FROM documents
				WHERE is_current AND story_id <> '' AND site <> ''
				GROUP BY story_id, site`,
			// only the rows that change, so a repair of a few stories
			// does not rewrite every story row
			`UPDATE stories s SET documents = c.documents, sites = c.sites
				FROM (SELECT st.id, COALESCE(d.n, 0) AS documents, COALESCE(x.n, 0) AS sites FROM stories st
					LEFT JOIN (SELECT story_id, COUNT(*)::int AS n FROM documents WHERE is_current GROUP BY story_id) d ON d.story_id = st.id
					LEFT JOIN (SELECT story_id, COUNT(*)::int AS n FROM story_sites GROUP BY story_id) x ON x.story_id = st.id) c
				WHERE c.id = s.id AND (s.documents <> c.documents OR s.sites <> c.sites)`,
		} {
			if _, err := tx.Exec(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("postgres: recount: %w", err)
	}
	return out, nil
}
