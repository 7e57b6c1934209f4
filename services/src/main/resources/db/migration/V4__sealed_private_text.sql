-- Journal text and assessment evidence are stored only sealed (AES-256-GCM envelopes naming their
-- key and object). V5 seals rows written before this version; V6 drops the plain columns.
ALTER TABLE journal_entry ADD COLUMN content_sealed bytea;
ALTER TABLE journal_entry ALTER COLUMN content DROP NOT NULL;

ALTER TABLE entry_assessment ADD COLUMN findings_sealed bytea;
ALTER TABLE entry_assessment ADD COLUMN protective_sealed bytea;
ALTER TABLE entry_assessment ALTER COLUMN findings DROP NOT NULL;
ALTER TABLE entry_assessment ALTER COLUMN protective DROP NOT NULL;

-- Encryptions per data key across all servers (reserved in blocks), to rotate long before GCM's
-- 2^32 limit for random IVs.
CREATE TABLE crypto_key_usage (
    key_id      varchar(255) PRIMARY KEY,
    encryptions bigint       NOT NULL
);
