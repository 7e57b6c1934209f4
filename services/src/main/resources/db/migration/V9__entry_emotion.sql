-- Each entry's emotion profile, replaced when the entry is revised.
CREATE TABLE entry_emotion (
    entry_id    uuid PRIMARY KEY REFERENCES journal_entry (id) ON DELETE CASCADE,
    dominant    varchar(20)      NOT NULL,
    valence     double precision NOT NULL,
    arousal     double precision NOT NULL,
    profile     text             NOT NULL,
    model       varchar(160)     NOT NULL,
    analysed_at timestamptz      NOT NULL
);
