-- Claimdesk schema, version 8: the changes the in-memory ranked search
-- (search_index.go) reads to stay current with claims, sources, evidence
-- and articles. New rows it finds by their seq (always above the highest seq
-- it indexed, since a seq is only reused after a deletion, which is
-- logged); changed or deleted rows are logged here by table and seq. The
-- log keeps the last 10,000 entries: a reader that fell further behind
-- sees the gap and rebuilds its index.
CREATE TABLE search_changes (
    id  INTEGER PRIMARY KEY AUTOINCREMENT,
    tbl TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TRIGGER search_changes_claims_update AFTER UPDATE OF text, rationale, conclusion, claimant ON claims
WHEN old.text IS NOT new.text OR old.rationale IS NOT new.rationale
    OR old.conclusion IS NOT new.conclusion OR old.claimant IS NOT new.claimant
BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('claims', new.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_claims_delete AFTER DELETE ON claims BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('claims', old.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_sources_update AFTER UPDATE OF title, publisher, notes, url ON sources
WHEN old.title IS NOT new.title OR old.publisher IS NOT new.publisher
    OR old.notes IS NOT new.notes OR old.url IS NOT new.url
BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('sources', new.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_sources_delete AFTER DELETE ON sources BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('sources', old.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_evidence_update AFTER UPDATE OF excerpt, note ON evidence
WHEN old.excerpt IS NOT new.excerpt OR old.note IS NOT new.note
BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('evidence', new.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_evidence_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('evidence', old.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;

-- FTS5's own vocabularies (no storage of their own), against which an
-- in-memory index checks its tokens when it is built.
CREATE VIRTUAL TABLE claims_fts_vocab USING fts5vocab(claims_fts, row);
CREATE VIRTUAL TABLE sources_fts_vocab USING fts5vocab(sources_fts, row);
CREATE VIRTUAL TABLE evidence_fts_vocab USING fts5vocab(evidence_fts, row);
CREATE TRIGGER search_changes_articles_update AFTER UPDATE OF title, body ON articles
WHEN old.title IS NOT new.title OR old.body IS NOT new.body
BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('articles', new.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE TRIGGER search_changes_articles_delete AFTER DELETE ON articles BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('articles', old.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, row);
