-- People who sign in through an external identity provider get an account on first use, keyed by
-- their issuer and subject; they have no password here.
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE account ADD COLUMN external_subject varchar(512) UNIQUE;
ALTER TABLE account ADD CONSTRAINT account_has_a_way_in
    CHECK (password_hash IS NOT NULL OR external_subject IS NOT NULL);
