-- Append-only audit trail. Each record holds the hash of the one before it, so altering, removing
-- or reordering any record breaks the chain at that point; the verifier names the first break.
-- Records name actors and objects by id, never by content.
CREATE TABLE audit_record (
    seq       bigint PRIMARY KEY,
    at        timestamptz  NOT NULL,
    actor     varchar(80)  NOT NULL,
    action    varchar(40)  NOT NULL,
    object    varchar(200) NOT NULL,
    prev_hash char(64)     NOT NULL,
    hash      char(64)     NOT NULL
);

-- The end of the chain; appending locks this one row, so records are written one after another.
CREATE TABLE audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint   NOT NULL,
    hash      char(64) NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64));

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit records are append-only';
END;
$$;

CREATE TRIGGER audit_record_append_only
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_is_append_only();
