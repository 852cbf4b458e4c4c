-- 0002_group_order: the order in which documents were given their story.
-- Story grouping is online, so a grouper that takes over (or an ingester
-- that resumes) must replay the grouped documents in the order they were
-- grouped; with parallel workers that can differ from storage order (seq).
CREATE SEQUENCE documents_group_order;
ALTER TABLE documents ADD COLUMN group_order bigint;
UPDATE documents SET group_order = seq WHERE story_id <> '';
SELECT setval('documents_group_order', GREATEST((SELECT MAX(seq) FROM documents), 1));
CREATE INDEX documents_grouped ON documents (group_order) WHERE is_current AND story_id <> '';
CREATE INDEX documents_ungrouped ON documents (seq) WHERE is_current AND story_id = '';
