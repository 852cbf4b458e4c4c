-- 0009_site_nocase: an outlet filter matches whatever the case ("coastline
-- daily" finds "Coastline Daily"); the index on sites compares without
-- case too, so that the filter still reads it.
DROP INDEX documents_site;
CREATE INDEX documents_site ON documents (site COLLATE NOCASE, day) WHERE current = 1;
