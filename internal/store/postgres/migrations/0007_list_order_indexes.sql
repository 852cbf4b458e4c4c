-- The list queries order text columns with COLLATE "C", byte by byte, so
-- that PostgreSQL lists in the order SQLite does. An index built with the
-- database's own collation cannot serve such an order, and every page of
-- /api/documents or /api/stories sorted all the rows it could list. The two
-- indexes are rebuilt with the collation the queries use. (Building an
-- index blocks writes to its table while it runs: on a large store, run
-- this migration at a quiet time.)
DROP INDEX documents_current_day;
CREATE INDEX documents_current_day ON documents (day COLLATE "C" DESC, seq DESC) WHERE is_current;
DROP INDEX stories_activity;
CREATE INDEX stories_activity ON stories (last_seen COLLATE "C" DESC, updated_at COLLATE "C" DESC, id COLLATE "C");
