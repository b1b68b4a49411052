-- Claimdesk schema: the number of claims per status, kept by triggers, so
-- that the claims list's total and the status counts do not count a large
-- table on every load (1,000,000 claims: about 20 ms each time). Every
-- writer (edits, imports, merges) goes through the triggers; Check compares
-- the counts with the table.
CREATE TABLE claim_counts (
    status TEXT PRIMARY KEY,
    n      INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO claim_counts (status, n) SELECT status, count(*) FROM claims GROUP BY status;

CREATE TRIGGER claim_counts_insert AFTER INSERT ON claims
BEGIN
    INSERT INTO claim_counts (status, n) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER claim_counts_delete AFTER DELETE ON claims
BEGIN
    UPDATE claim_counts SET n = n - 1 WHERE status = old.status;
END;
CREATE TRIGGER claim_counts_status AFTER UPDATE OF status ON claims
WHEN new.status IS NOT old.status
BEGIN
    UPDATE claim_counts SET n = n - 1 WHERE status = old.status;
    INSERT INTO claim_counts (status, n) VALUES (new.status, 1)
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
END;
