-- 0004_story_events: the developments of each story as its grouper reports
-- them — sentences first reported by one of its documents — replaced as a
-- whole whenever the story's record is written.

CREATE TABLE story_events (
	story_id TEXT    NOT NULL,
	position INTEGER NOT NULL,
	time     TEXT    NOT NULL DEFAULT '',
	text     TEXT    NOT NULL,
	source   TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (story_id, position)
);
