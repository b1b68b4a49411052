-- Claimdesk schema: the change log that each checker's in-memory ranked
-- search (search_index.go) follows to stay current with the claims,
-- articles, sources and evidence that others add, edit and delete. Every
-- insert, delete, and update that changes a row's text-search vector is
-- logged by table and seq, with the writing transaction's id (xid), so
-- that a reader can ask for the entries its last snapshot did not see,
-- whatever order transactions commit in. The log keeps about the last
-- 100,000 entries; search_changes_pruned holds the highest xid pruned, so
-- that a reader who may have missed a pruned entry rebuilds its index.
-- Every statement can run again over its own objects (the upgrade tests
-- replay migrations on databases set back to an older version).
CREATE TABLE IF NOT EXISTS search_changes (
    id  BIGSERIAL PRIMARY KEY,
    xid BIGINT NOT NULL DEFAULT pg_current_xact_id()::text::bigint,
    tbl TEXT NOT NULL,
    seq BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS search_changes_xid ON search_changes (xid);

CREATE TABLE IF NOT EXISTS search_changes_pruned (
    one BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    xid BIGINT NOT NULL
);
INSERT INTO search_changes_pruned (xid) VALUES (0) ON CONFLICT DO NOTHING;

CREATE OR REPLACE FUNCTION search_changes_log() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    logged BIGINT;
    gone   BIGINT;
BEGIN
    INSERT INTO search_changes (tbl, seq)
    VALUES (TG_TABLE_NAME, CASE WHEN TG_OP = 'DELETE' THEN OLD.seq ELSE NEW.seq END)
    RETURNING id INTO logged;
    IF logged % 1000 = 0 THEN
        -- one pruner at a time: the row lock first, then the deletions
        PERFORM 1 FROM search_changes_pruned FOR UPDATE;
        WITH d AS (DELETE FROM search_changes WHERE id <= logged - 100000 RETURNING xid)
        SELECT max(xid) INTO gone FROM d;
        IF gone IS NOT NULL THEN
            UPDATE search_changes_pruned SET xid = greatest(xid, gone);
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE TRIGGER search_changes_rows AFTER INSERT OR DELETE ON claims
    FOR EACH ROW EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_text AFTER UPDATE ON claims
    FOR EACH ROW WHEN (NEW.search IS DISTINCT FROM OLD.search) EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_rows AFTER INSERT OR DELETE ON articles
    FOR EACH ROW EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_text AFTER UPDATE ON articles
    FOR EACH ROW WHEN (NEW.search IS DISTINCT FROM OLD.search) EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_rows AFTER INSERT OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_text AFTER UPDATE ON sources
    FOR EACH ROW WHEN (NEW.search IS DISTINCT FROM OLD.search) EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_rows AFTER INSERT OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION search_changes_log();
CREATE OR REPLACE TRIGGER search_changes_text AFTER UPDATE ON evidence
    FOR EACH ROW WHEN (NEW.search IS DISTINCT FROM OLD.search) EXECUTE FUNCTION search_changes_log();
