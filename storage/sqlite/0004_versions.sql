-- Claimdesk schema, version 4: history for every record kind, and versions.
-- Events now belong to any record: kind names which (claim_id keeps its name
-- and holds the record's ID), imported marks an event brought by a bundle
-- (actor is then who made the change in the other database).
ALTER TABLE events ADD COLUMN kind TEXT NOT NULL DEFAULT 'claim'
    CHECK (kind IN ('claim', 'article', 'source', 'evidence', 'scale'));
ALTER TABLE events ADD COLUMN imported INTEGER NOT NULL DEFAULT 0;

-- versions keeps every version of a record that a merge met, by the SHA-256
-- of its canonical JSON (see docs/exchange.md), with the content itself, so
-- a replaced or conflicting version stays readable and a version seen once
-- is recognised again. Append-only like events.
--   imported  arrived and became current (created or replaced the local one)
--   matched   arrived identical to the current version
--   replaced  was current here and was replaced by an imported version
--   older     arrived, but the current version is newer (kept)
--   conflict  arrived while both sides had changed (the local one was kept)
--   taken     a conflict version a checker then chose (ResolveConflict)
CREATE TABLE versions (
    seq       INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('claim', 'article', 'source', 'evidence', 'scale')),
    record_id TEXT NOT NULL,
    hash      TEXT NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('imported', 'matched', 'replaced', 'older', 'conflict', 'taken')),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    content   TEXT NOT NULL,
    UNIQUE (kind, record_id, hash, origin)
);
CREATE INDEX versions_record ON versions (record_id, seq);

CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN
    SELECT RAISE(ABORT, 'versions cannot be changed');
END;
CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN
    SELECT RAISE(ABORT, 'versions cannot be deleted');
END;
