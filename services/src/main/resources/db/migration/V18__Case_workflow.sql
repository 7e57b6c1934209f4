-- The care team's work on a case: who has it, when it was acknowledged (the response clock stops
-- there), when and how it closed. Notes and reasons are sealed in the case's history.
ALTER TABLE crisis_case
    ADD COLUMN assignee        varchar(80),
    ADD COLUMN acknowledged_at timestamptz,
    ADD COLUMN acknowledged_by varchar(80),
    ADD COLUMN closed_at       timestamptz,
    ADD COLUMN outcome         varchar(30);

-- Events become rows of their own (an id each), appended and never rewritten.
ALTER TABLE crisis_case_event
    ADD COLUMN id            uuid,
    ADD COLUMN code          varchar(80),
    ADD COLUMN detail_sealed bytea;
UPDATE crisis_case_event SET id = gen_random_uuid();
ALTER TABLE crisis_case_event ALTER COLUMN id SET NOT NULL;
CREATE UNIQUE INDEX crisis_case_event_id ON crisis_case_event (id);

-- The overdue sweep: open cases nobody acknowledged, by due time.
CREATE INDEX crisis_case_unacknowledged ON crisis_case (due_at)
    WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ESCALATED') AND acknowledged_at IS NULL;

-- What the queue lists besides open cases: those closed lately.
CREATE INDEX crisis_case_closed ON crisis_case (closed_at) WHERE closed_at IS NOT NULL;
