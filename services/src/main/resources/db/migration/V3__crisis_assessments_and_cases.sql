-- The crisis assessment of each entry, with the evidence that led to it.
CREATE TABLE entry_assessment (
    entry_id       uuid PRIMARY KEY REFERENCES journal_entry (id) ON DELETE CASCADE,
    level          varchar(10)      NOT NULL,
    confidence     double precision NOT NULL,
    categories     text             NOT NULL,
    findings       text             NOT NULL,
    protective     text             NOT NULL,
    decided_by     text             NOT NULL,
    degraded       text             NOT NULL,
    elapsed_micros bigint           NOT NULL,
    assessed_at    timestamptz      NOT NULL
);

-- Cases in front of the care team: one open case per person and concern.
CREATE TABLE crisis_case (
    id               uuid PRIMARY KEY,
    account_id       uuid        NOT NULL REFERENCES account (id),
    concern          varchar(30),
    screening_failed boolean     NOT NULL DEFAULT false,
    level            varchar(10) NOT NULL,
    status           varchar(20) NOT NULL,
    latest_entry_id  uuid REFERENCES journal_entry (id) ON DELETE SET NULL,
    opened_at        timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    due_at           timestamptz NOT NULL,
    version          bigint      NOT NULL DEFAULT 0,
    CHECK (concern IS NOT NULL OR screening_failed)
);

CREATE UNIQUE INDEX crisis_case_one_open_per_concern
    ON crisis_case (account_id, COALESCE(concern, 'SCREENING_FAILED'))
    WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ESCALATED');

-- The review queue: open cases, most urgent first.
CREATE INDEX crisis_case_queue ON crisis_case (due_at) WHERE status IN ('NEW', 'ACKNOWLEDGED', 'ESCALATED');

CREATE TABLE crisis_case_event (
    case_id  uuid        NOT NULL REFERENCES crisis_case (id) ON DELETE CASCADE,
    position integer     NOT NULL,
    at       timestamptz NOT NULL,
    actor    varchar(80) NOT NULL,
    type     varchar(30) NOT NULL,
    level    varchar(10),
    entry_id varchar(36),
    PRIMARY KEY (case_id, position)
);
