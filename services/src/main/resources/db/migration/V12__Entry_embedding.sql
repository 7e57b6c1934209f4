-- Each entry's meaning as a sentence-embedding vector, for semantic search over one's own entries.
-- Sealed like the text it comes from: a vector can be inverted back towards its words.
CREATE TABLE entry_embedding (
    entry_id      uuid PRIMARY KEY REFERENCES journal_entry (id) ON DELETE CASCADE,
    owner_id      uuid         NOT NULL,
    vector_sealed bytea        NOT NULL,
    model         varchar(80)  NOT NULL,
    embedded_at   timestamptz  NOT NULL
);
CREATE INDEX entry_embedding_owner ON entry_embedding (owner_id);
