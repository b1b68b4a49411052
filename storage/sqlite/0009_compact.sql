-- Claimdesk schema: a claim's "created" event without a row of its own.
-- Nearly every claim has one "created" event, made when the claim was
-- stored: at its created_at, by its created_by, text by reference (0006).
-- Everything but the event's ID can be read from the claim, so such an
-- event keeps only its ID (16 bytes) in created_events, keyed by the
-- claim's seq, or none: a claim stored from now on gets a created event
-- whose ID is derived from the claim's (claimdesk_created_event_id, see
-- history.go). The view history shows it as the row it was (its seq read
-- as -claim_seq, which orders it first among the claim's events of the same
-- time, as it was). When the claim is deleted, or its created_at or
-- created_by change (a merge), the event becomes an ordinary row of events
-- again first, with the text kept in created_texts as before. History stays
-- append-only: nothing of an event is ever lost or changed.
CREATE TABLE created_events (
    claim_seq INTEGER PRIMARY KEY, -- claims.seq
    id        BLOB                 -- the event's UUID as 16 bytes; NULL: derived
);

-- The events to move: "created" by reference, as the claim's creation
-- recorded it, with an ID in the canonical lower-case form (so that it reads
-- back exactly), and no earlier event of the claim at the same time.
CREATE TEMP TABLE compact_moved (
    seq       INTEGER PRIMARY KEY,
    claim_seq INTEGER NOT NULL,
    id        BLOB NOT NULL
);
INSERT INTO compact_moved (seq, claim_seq, id)
SELECT e.seq, c.seq, unhex(replace(e.id, '-', ''))
FROM events e JOIN claims c ON c.id = e.claim_id
WHERE e.field = 'created' AND e.kind = 'claim' AND e.imported = 0 AND e.old = '' AND e.new = char(0)
  AND e.at = c.created_at AND e.actor = c.created_by
  AND length(e.id) = 36 AND e.id = lower(e.id) AND substr(e.id, 9, 1) = '-' AND substr(e.id, 14, 1) = '-'
  AND substr(e.id, 19, 1) = '-' AND substr(e.id, 24, 1) = '-' AND length(unhex(replace(e.id, '-', ''))) = 16
  AND NOT EXISTS (SELECT 1 FROM events o WHERE o.claim_id = e.claim_id AND o.at = e.at AND o.seq < e.seq);
INSERT OR IGNORE INTO created_events (claim_seq, id) SELECT claim_seq, id FROM compact_moved ORDER BY seq;
DELETE FROM compact_moved WHERE NOT EXISTS
    (SELECT 1 FROM created_events ce WHERE ce.claim_seq = compact_moved.claim_seq AND ce.id = compact_moved.id);

-- The guard is lifted for this one statement only.
DROP TRIGGER events_no_delete;
DELETE FROM events WHERE seq IN (SELECT seq FROM compact_moved);
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'history events cannot be deleted');
END;
DROP TABLE compact_moved;

-- A claim's created_at and updated_at shrink to 8 bytes: nanoseconds since
-- 1970 (UTC) as a blob that sorts as the times do, instead of 30 bytes of
-- text in the table and in its time indexes (claimdesk_time and
-- claimdesk_time_text convert, see claimtime.go; a time 8 bytes cannot
-- hold stays text). Readers get the same times back. The indexes are built
-- anew, once, but for claims_updated: the list sorted by last change merges
-- the runs of claims_status instead (claims_merge.go).
DROP INDEX claims_status;
DROP INDEX claims_updated;
DROP INDEX claims_created;
UPDATE claims SET created_at = claimdesk_time(created_at), updated_at = claimdesk_time(updated_at);
CREATE INDEX claims_status ON claims (status, updated_at);
CREATE INDEX claims_created ON claims (created_at);

CREATE VIEW history AS
SELECT seq, id, claim_id, kind, at, actor, field, old, new, imported FROM events
UNION ALL
SELECT -c.seq, claimdesk_created_event_id(ce.id, c.id), c.id, 'claim', claimdesk_time_text(c.created_at), c.created_by, 'created', '', char(0), 0
FROM created_events ce JOIN claims c ON c.seq = ce.claim_seq;

-- The text a claim was created with is kept before it changes (0006), for
-- events by reference in either place.
DROP TRIGGER claims_keep_created_text;
CREATE TRIGGER claims_keep_created_text BEFORE UPDATE OF text ON claims
WHEN new.text IS NOT old.text
BEGIN
    INSERT OR IGNORE INTO created_texts (claim_id, text)
    SELECT old.id, old.text WHERE EXISTS (SELECT 1 FROM created_events WHERE claim_seq = old.seq)
        OR EXISTS (SELECT 1 FROM events WHERE claim_id = old.id AND field = 'created' AND new = char(0));
END;
DROP TRIGGER claims_keep_created_text_on_delete;
CREATE TRIGGER claims_keep_created_text_on_delete BEFORE DELETE ON claims
BEGIN
    INSERT OR IGNORE INTO created_texts (claim_id, text)
    SELECT old.id, old.text WHERE EXISTS (SELECT 1 FROM created_events WHERE claim_seq = old.seq)
        OR EXISTS (SELECT 1 FROM events WHERE claim_id = old.id AND field = 'created' AND new = char(0));
END;

-- Before the claim goes or its creation fields change, its compact event
-- becomes a row of events, with a seq below every other (so that it still
-- comes first among the claim's events of its time) and below -2^40, so
-- that it never meets the seq of a compact event in history. A claim whose
-- -seq an event row holds (a copy may bring such rows) gets an ordinary
-- created event (appendCreated).
CREATE TRIGGER claims_created_event_on_delete BEFORE DELETE ON claims
WHEN EXISTS (SELECT 1 FROM created_events WHERE claim_seq = old.seq)
BEGIN
    INSERT INTO events (seq, id, claim_id, kind, at, actor, field, old, new, imported)
    SELECT min(-1099511627776, COALESCE((SELECT min(seq) FROM events), 0)) - 1,
        claimdesk_created_event_id(id, old.id), old.id, 'claim', claimdesk_time_text(old.created_at), old.created_by, 'created', '', char(0), 0
    FROM created_events WHERE claim_seq = old.seq;
    DELETE FROM created_events WHERE claim_seq = old.seq;
END;
CREATE TRIGGER claims_created_event_on_update BEFORE UPDATE OF created_at, created_by ON claims
WHEN (new.created_at IS NOT old.created_at OR new.created_by IS NOT old.created_by)
    AND EXISTS (SELECT 1 FROM created_events WHERE claim_seq = old.seq)
BEGIN
    INSERT INTO events (seq, id, claim_id, kind, at, actor, field, old, new, imported)
    SELECT min(-1099511627776, COALESCE((SELECT min(seq) FROM events), 0)) - 1,
        claimdesk_created_event_id(id, old.id), old.id, 'claim', claimdesk_time_text(old.created_at), old.created_by, 'created', '', char(0), 0
    FROM created_events WHERE claim_seq = old.seq;
    DELETE FROM created_events WHERE claim_seq = old.seq;
END;

-- An imported event that is a compact one already (a bundle of this desk
-- coming back) is skipped, as ON CONFLICT (id) DO NOTHING skipped it.
CREATE TRIGGER events_compact_once BEFORE INSERT ON events
WHEN new.imported <> 0 AND new.field = 'created' AND EXISTS (SELECT 1 FROM created_events ce
    JOIN claims c ON c.seq = ce.claim_seq WHERE c.id = new.claim_id AND claimdesk_created_event_id(ce.id, c.id) = new.id)
BEGIN
    SELECT RAISE(IGNORE);
END;

-- No query filters or sorts by this index's column (the claimant filter
-- matches anywhere in the name, folded in Go: claimdesk_lower).
DROP INDEX claims_claimant;

-- Only claims with a verdict are indexed by it: "without verdict" is
-- counted as all less those (claims_count.go) and listed from the status
-- runs (claims_merge.go).
DROP INDEX claims_rating;
CREATE INDEX claims_rating ON claims (rating_id) WHERE rating_id IS NOT NULL;

-- The claims of an article are found by the 16 bytes of its ID instead of
-- its 36 characters (claimdesk_ref, see ref.go; queries use the same
-- expression). Deleting an article then reads the claims table to clear
-- their references (ON DELETE SET NULL), which is rare.
DROP INDEX claims_article;
CREATE INDEX claims_article ON claims (claimdesk_ref(article_id), anchor_start);

-- Article bodies are stored compressed. body becomes a column computed
-- from body_text (a body kept as text: empty, short, or written by a
-- copy) and body_z (the body deflated; claimdesk_inflate and
-- claimdesk_deflate are Claimdesk's, see body.go), so that every reader and
-- the full-text index (whose content table articles stays) read the text
-- as before. The index holds the same words, so it is not rebuilt: its
-- triggers stand aside while the bodies are packed.
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP TRIGGER search_changes_articles_update; -- 0008's; made again below for the new columns
ALTER TABLE articles RENAME COLUMN body TO body_text;
ALTER TABLE articles ADD COLUMN body_z BLOB;
ALTER TABLE articles ADD COLUMN body TEXT GENERATED ALWAYS AS
    (CASE WHEN body_z IS NULL THEN body_text ELSE claimdesk_inflate(body_z) END) VIRTUAL;
UPDATE articles SET body_z = claimdesk_deflate(body_text) WHERE length(CAST(body_text AS BLOB)) >= 256;
UPDATE articles SET body_z = NULL WHERE length(body_z) >= length(CAST(body_text AS BLOB));
UPDATE articles SET body_text = '' WHERE body_z IS NOT NULL;
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body_text, body_z ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, body)
    VALUES ('delete', old.seq, old.title, old.body);
    INSERT INTO articles_fts (rowid, title, body) VALUES (new.seq, new.title, new.body);
END;
-- The in-memory search index learns of changed articles from search_changes
-- (0008): the same trigger as there, on the columns the body is now kept in.
CREATE TRIGGER search_changes_articles_update AFTER UPDATE OF title, body_text, body_z ON articles
WHEN old.title IS NOT new.title OR old.body IS NOT new.body
BEGIN
    INSERT INTO search_changes (tbl, seq) VALUES ('articles', new.seq);
    DELETE FROM search_changes WHERE id <= last_insert_rowid() - 10000;
END;
