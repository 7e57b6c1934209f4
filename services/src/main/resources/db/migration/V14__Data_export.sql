-- A person's export: made by a job, sealed like the data it holds, downloadable until it expires.
CREATE TABLE data_export (
    id          uuid PRIMARY KEY,
    owner_id    uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    job_id      uuid        NOT NULL,
    json_sealed bytea,
    csv_sealed  bytea,
    entries     integer,
    created_at  timestamptz NOT NULL,
    ready_at    timestamptz,
    expires_at  timestamptz NOT NULL
);
CREATE INDEX data_export_owner ON data_export (owner_id);
