-- Claimdesk schema, version 2: full-text search (FTS5).
-- External-content indexes over the record tables, keyed by their integer
-- seq, kept in sync by triggers. unicode61 with remove_diacritics 2 folds
-- case and accents, so "Köln" and "koln" meet; the query builder adds the
-- German spellings ("ß" / "ss", "ö" / "oe") on the query side.

CREATE VIRTUAL TABLE claims_fts USING fts5 (
    text, rationale, conclusion, claimant,
    content = 'claims', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text, rationale, conclusion, claimant)
    VALUES (new.seq, new.text, new.rationale, new.conclusion, new.claimant);
END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text, rationale, conclusion, claimant)
    VALUES ('delete', old.seq, old.text, old.rationale, old.conclusion, old.claimant);
END;
CREATE TRIGGER claims_fts_update AFTER UPDATE OF text, rationale, conclusion, claimant ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text, rationale, conclusion, claimant)
    VALUES ('delete', old.seq, old.text, old.rationale, old.conclusion, old.claimant);
    INSERT INTO claims_fts (rowid, text, rationale, conclusion, claimant)
    VALUES (new.seq, new.text, new.rationale, new.conclusion, new.claimant);
END;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, body,
    content = 'articles', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;

CREATE VIRTUAL TABLE sources_fts USING fts5 (
    title, publisher, notes, url,
    content = 'sources', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
    INSERT INTO sources_fts (rowid, title, publisher, notes, url)
    VALUES (new.seq, new.title, new.publisher, new.notes, new.url);
END;
CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, publisher, notes, url)
    VALUES ('delete', old.seq, old.title, old.publisher, old.notes, old.url);
END;
CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, publisher, notes, url ON sources BEGIN
    INSERT INTO sources_fts (sources_fts, rowid, title, publisher, notes, url)
    VALUES ('delete', old.seq, old.title, old.publisher, old.notes, old.url);
    INSERT INTO sources_fts (rowid, title, publisher, notes, url)
    VALUES (new.seq, new.title, new.publisher, new.notes, new.url);
END;

CREATE VIRTUAL TABLE evidence_fts USING fts5 (
    excerpt, note,
    content = 'evidence', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN
    INSERT INTO evidence_fts (rowid, excerpt, note) VALUES (new.seq, new.excerpt, new.note);
END;
CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, excerpt, note)
    VALUES ('delete', old.seq, old.excerpt, old.note);
END;
CREATE TRIGGER evidence_fts_update AFTER UPDATE OF excerpt, note ON evidence BEGIN
    INSERT INTO evidence_fts (evidence_fts, rowid, excerpt, note)
    VALUES ('delete', old.seq, old.excerpt, old.note);
    INSERT INTO evidence_fts (rowid, excerpt, note) VALUES (new.seq, new.excerpt, new.note);
END;

-- Index whatever version 1 already holds.
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
INSERT INTO sources_fts (sources_fts) VALUES ('rebuild');
INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild');
