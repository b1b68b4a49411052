-- Claimdesk schema: the number of claims per status, kept by triggers, so
-- that the claims list's total and the status counts do not count a large
-- table on every load (1,000,000 claims: about 120 ms each time). Every
-- writer (edits, imports, merges, copies) goes through the triggers; Check
-- compares the counts with the table. Two transactions changing the same
-- status's count at once are serialised by the row lock (and at REPEATABLE
-- READ the later one is retried, see inTx).
CREATE TABLE claim_counts (
    status TEXT PRIMARY KEY,
    n      BIGINT NOT NULL
);
INSERT INTO claim_counts (status, n) SELECT status, count(*) FROM claims GROUP BY status;

CREATE FUNCTION claim_counts_keep() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE claim_counts SET n = n - 1 WHERE status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO claim_counts (status, n) VALUES (NEW.status, 1)
        ON CONFLICT (status) DO UPDATE SET n = claim_counts.n + 1;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER claim_counts_rows AFTER INSERT OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION claim_counts_keep();
CREATE TRIGGER claim_counts_status AFTER UPDATE OF status ON claims
    FOR EACH ROW WHEN (NEW.status IS DISTINCT FROM OLD.status) EXECUTE FUNCTION claim_counts_keep();
