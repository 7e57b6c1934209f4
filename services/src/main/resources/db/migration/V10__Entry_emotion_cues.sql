-- The cues toward patterns across entries that each entry shows (comma-separated Cue names), so
-- patterns over a window are read from this table alone, without opening any entry's text.
ALTER TABLE entry_emotion ADD COLUMN cues varchar(200) NOT NULL DEFAULT '';
