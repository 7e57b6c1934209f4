-- Background work shared by every server through this table: claims take rows with
-- FOR UPDATE SKIP LOCKED, so no two workers run one job; a lease that is not renewed expires and
-- the job is taken again. Payloads hold ids and settings only, never journal text.
CREATE TABLE job (
    id               uuid PRIMARY KEY,
    kind             varchar(60)  NOT NULL,
    priority         smallint     NOT NULL CHECK (priority BETWEEN 0 AND 2),
    state            varchar(12)  NOT NULL
                     CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'DEAD', 'CANCELLED')),
    payload          text         NOT NULL,
    idempotency_key  varchar(200) UNIQUE,
    attempts         integer      NOT NULL DEFAULT 0,
    max_attempts     integer      NOT NULL,
    run_at           timestamptz  NOT NULL,
    lease_owner      varchar(120),
    lease_until      timestamptz,
    progress_done    bigint       NOT NULL DEFAULT 0,
    progress_total   bigint       NOT NULL DEFAULT 0,
    cursor           varchar(200),
    cancel_requested boolean      NOT NULL DEFAULT false,
    last_error       varchar(500),
    created_at       timestamptz  NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz
);

-- What a claim reads: the ready jobs of one priority, oldest first.
CREATE INDEX job_ready ON job (priority, run_at) WHERE state = 'QUEUED';
-- What the reaper reads: running jobs whose lease may have run out.
CREATE INDEX job_leased ON job (lease_until) WHERE state = 'RUNNING';
CREATE INDEX job_listing ON job (created_at DESC);
