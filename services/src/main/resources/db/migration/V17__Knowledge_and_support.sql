-- The knowledge base: Haven's bundled passages (no document) and operators' documents, each cut
-- into passages whose MiniLM vectors are kept here so a restart embeds nothing it embedded before.
CREATE TABLE knowledge_document (
    id           uuid PRIMARY KEY,
    name         varchar(200) NOT NULL,
    media_type   varchar(100) NOT NULL,
    domain       varchar(40)  NOT NULL,
    meta         text         NOT NULL,  -- JSON: title, citation, contraindications
    size_bytes   bigint       NOT NULL,
    content_hash varchar(64)  NOT NULL UNIQUE,
    status       varchar(20)  NOT NULL,  -- PENDING, READY, FAILED
    passages     integer      NOT NULL DEFAULT 0,
    chars_read   bigint       NOT NULL DEFAULT 0,  -- characters of text cut so far
    failure      varchar(400),
    job_id       uuid,
    added_by     varchar(200) NOT NULL,
    created_at   timestamptz  NOT NULL,
    ready_at     timestamptz
);

CREATE TABLE knowledge_passage (
    passage_key       varchar(200) PRIMARY KEY,
    document_id       uuid REFERENCES knowledge_document (id) ON DELETE CASCADE,
    title             varchar(300) NOT NULL,
    domain            varchar(40)  NOT NULL,
    techniques        text         NOT NULL,  -- JSON array
    evidence_level    varchar(40)  NOT NULL,
    contraindications text         NOT NULL,  -- JSON array
    body              text         NOT NULL,
    citations         text         NOT NULL,  -- JSON array
    situations        text         NOT NULL,  -- JSON array: when the passage helps, in a writer's words
    content_hash      varchar(64)  NOT NULL,
    vector            bytea,                  -- 384 float32s a vector (text, then each situation),
                                              -- as TextMeaning.bytes writes them; NULL until embedded
    model             varchar(80),
    changed_at        timestamptz  NOT NULL
);
CREATE INDEX knowledge_passage_document ON knowledge_passage (document_id);
CREATE UNIQUE INDEX knowledge_passage_hash ON knowledge_passage (content_hash);

-- The support a person received for an entry: the template at once, the LLM's wording when it
-- arrives and passes the safety gate. The text is sealed: it is written about their journal.
CREATE TABLE entry_support (
    entry_id          uuid PRIMARY KEY REFERENCES journal_entry (id) ON DELETE CASCADE,
    owner_id          uuid         NOT NULL,
    status            varchar(20)  NOT NULL,  -- PENDING or READY
    source            varchar(20)  NOT NULL,  -- TEMPLATE or LLM
    intervention      varchar(60)  NOT NULL,
    approach          varchar(200) NOT NULL,
    techniques        text         NOT NULL,  -- JSON array
    entry_version     bigint       NOT NULL,  -- the entry's version this support was written for
    plan              text         NOT NULL,  -- JSON: level, categories, emotion, locale, careTeam
    text_sealed       bytea        NOT NULL,
    citations         text         NOT NULL,  -- JSON array of {number, passage, title, domain, evidence, sources}
    fallback_reason   varchar(200),
    llm_model         varchar(120),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);
CREATE INDEX entry_support_owner ON entry_support (owner_id);
