-- Jobs done for one person carry their account, so deleting the account deletes its jobs too.
ALTER TABLE job ADD COLUMN owner_id uuid;
CREATE INDEX job_owner ON job (owner_id) WHERE owner_id IS NOT NULL;
