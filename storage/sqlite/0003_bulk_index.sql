-- Claimdesk schema, version 3: bulk indexing of claims.
-- FTS5 writes its pending index data to disk at every statement savepoint,
-- so a transaction inserting many claims through the per-row trigger makes
-- one small index segment per claim. While fts_pause holds its row (only
-- ever inside the writing transaction, see CreateClaims) the insert trigger
-- stands aside, and the new claims are indexed by one INSERT ... SELECT.
CREATE TABLE fts_pause (one INTEGER PRIMARY KEY CHECK (one = 1));

DROP TRIGGER claims_fts_insert;
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims
WHEN NOT EXISTS (SELECT 1 FROM fts_pause)
BEGIN
    INSERT INTO claims_fts (rowid, text, rationale, conclusion, claimant)
    VALUES (new.seq, new.text, new.rationale, new.conclusion, new.claimant);
END;
