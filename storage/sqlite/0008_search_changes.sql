-- Claimdesk schema, version 8: the changes the in-memory ranked search
-- (search_index.go) reads to stay current. New claims it finds by their
-- seq (always above the highest seq it indexed, since a seq is only ever
-- reused after a deletion, which is logged); changed or deleted claims are
-- logged here by seq. The log keeps the last 10,000 entries: a reader that
-- fell further behind sees the gap and rebuilds its index.
CREATE TABLE claims_fts_changes (
    id  INTEGER PRIMARY KEY AUTOINCREMENT,
    seq INTEGER NOT NULL
);
CREATE TRIGGER claims_fts_changes_update AFTER UPDATE OF text, rationale, conclusion, claimant ON claims
WHEN old.text IS NOT new.text OR old.rationale IS NOT new.rationale
    OR old.conclusion IS NOT new.conclusion OR old.claimant IS NOT new.claimant
BEGIN
    INSERT INTO claims_fts_changes (seq) VALUES (new.seq);
    DELETE FROM claims_fts_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER claims_fts_changes_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts_changes (seq) VALUES (old.seq);
    DELETE FROM claims_fts_changes WHERE id <= last_insert_rowid() - 10000;
END;

-- FTS5's own vocabulary of the claims (no storage of its own), against
-- which the in-memory index checks its tokens when it is built.
CREATE VIRTUAL TABLE claims_fts_vocab USING fts5vocab(claims_fts, row);
