ALTER TABLE journal_entry DROP COLUMN content;
ALTER TABLE journal_entry ALTER COLUMN content_sealed SET NOT NULL;

ALTER TABLE entry_assessment DROP COLUMN findings;
ALTER TABLE entry_assessment DROP COLUMN protective;
ALTER TABLE entry_assessment ALTER COLUMN findings_sealed SET NOT NULL;
ALTER TABLE entry_assessment ALTER COLUMN protective_sealed SET NOT NULL;
