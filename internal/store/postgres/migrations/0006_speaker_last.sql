-- 0006_speaker_last: find a speaker's other names by their last word.
--
-- A person quoted by full name in one document ("Zalmay Khalilzad") is
-- often only "Khalilzad" in another (see quote.SameSpeaker). The index
-- holds each quote speaker's last word, lower-cased, so the names sharing
-- one are found without reading every quote (Store.SpeakerNames, which
-- queries the same expression).
CREATE INDEX quotes_speaker_last ON quotes (lower(substring(speaker from '[^ ]*$')));
