-- Accounts of people who keep a journal.
CREATE TABLE account (
    id            uuid PRIMARY KEY,
    username      varchar(40)  NOT NULL UNIQUE,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE journal_entry (
    id         uuid PRIMARY KEY,
    owner_id   uuid        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    content    text        NOT NULL,
    mood       smallint    CHECK (mood BETWEEN 1 AND 10),
    favorite   boolean     NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0
);

-- Serves the newest-first, keyset-paginated listing of one person's journal.
CREATE INDEX journal_entry_owner_newest ON journal_entry (owner_id, created_at DESC, id DESC);

CREATE TABLE journal_entry_tag (
    entry_id uuid        NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    position integer     NOT NULL,
    tag      varchar(40) NOT NULL,
    PRIMARY KEY (entry_id, position)
);

-- Members of the care team who sign in to the console.
CREATE TABLE clinician (
    id            uuid PRIMARY KEY,
    username      varchar(40)  NOT NULL UNIQUE,
    display_name  varchar(120) NOT NULL,
    password_hash varchar(255) NOT NULL,
    created_at    timestamptz  NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);

CREATE TABLE clinician_role (
    clinician_id uuid        NOT NULL REFERENCES clinician (id) ON DELETE CASCADE,
    role         varchar(20) NOT NULL CHECK (role IN ('CLINICIAN', 'SUPERVISOR', 'ADMIN')),
    PRIMARY KEY (clinician_id, role)
);
