-- A publication date as an instant, to order one day's quotes by when they
-- were published rather than by the date string: "12:40+05:30" (07:10 UTC)
-- comes before "09:00Z". NULL for a day without a time, and for a string
-- PostgreSQL cannot read (a Document JSONL input may carry anything),
-- which then sorts first, as SQLite's julianday() does.
CREATE FUNCTION storyline_instant(p_date text) RETURNS timestamptz
LANGUAGE plpgsql STABLE AS $$
BEGIN
	IF length(p_date) <= 10 THEN
		RETURN NULL;
	END IF;
	RETURN p_date::timestamptz;
EXCEPTION WHEN others THEN
	RETURN NULL;
END
$$;
