-- An outlet filter matches whatever the case ("coastline daily" finds
-- "Coastline Daily"); the index on sites is on their lower case too, so
-- that the filter still reads it.
DROP INDEX documents_site;
CREATE INDEX documents_site ON documents (lower(site), day) WHERE is_current;
