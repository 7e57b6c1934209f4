-- Every model version Haven can serve, with its artifact, where every server of a cluster reads it.
CREATE TABLE model_version (
    id           uuid PRIMARY KEY,
    name         varchar(80)  NOT NULL,
    version      varchar(80)  NOT NULL,
    task         varchar(40)  NOT NULL,
    format       varchar(20)  NOT NULL,
    sha256       char(64)     NOT NULL,
    artifact     bytea        NOT NULL,
    metadata     text         NOT NULL,
    model_card   text         NOT NULL,
    state        varchar(10)  NOT NULL CHECK (state IN ('STAGED', 'ACTIVE', 'RETIRED')),
    last_error   varchar(500),
    created_at   timestamptz  NOT NULL,
    activated_at timestamptz,
    UNIQUE (name, version)
);

CREATE UNIQUE INDEX model_version_one_active ON model_version (name) WHERE state = 'ACTIVE';
