-- Claimdesk schema: "created" history events refer to the claim instead of
-- copying its text (the copy had made history as large as the claims).
-- A "created" event whose new is char(0), a single NUL character that no
-- real text is, means: the text the claim had when it
-- was created, which is the claim's text until the first change, and kept
-- in created_texts from then on (the triggers below copy it just before the
-- claim's text is changed or the claim deleted, whoever changes it).
-- History reads (ClaimHistory) put the text back, so nothing recorded is
-- lost and readers see what they saw before. (A "created" event with an
-- empty new, as bundles from elsewhere may hold, stays as it is.)
CREATE TABLE created_texts (
    claim_id TEXT PRIMARY KEY,
    text     TEXT NOT NULL
) WITHOUT ROWID;

CREATE TRIGGER claims_keep_created_text BEFORE UPDATE OF text ON claims
WHEN new.text IS NOT old.text
BEGIN
    INSERT OR IGNORE INTO created_texts (claim_id, text)
    SELECT old.id, old.text WHERE EXISTS
        (SELECT 1 FROM events WHERE claim_id = old.id AND field = 'created' AND new = char(0));
END;
CREATE TRIGGER claims_keep_created_text_on_delete BEFORE DELETE ON claims
BEGIN
    INSERT OR IGNORE INTO created_texts (claim_id, text)
    SELECT old.id, old.text WHERE EXISTS
        (SELECT 1 FROM events WHERE claim_id = old.id AND field = 'created' AND new = char(0));
END;

-- Recorded copies that equal the claim's text now become references (the
-- text is the same either way). History stays append-only: the guard is
-- lifted for this one statement only.
DROP TRIGGER events_no_update;
UPDATE events SET new = char(0)
WHERE field = 'created' AND new <> ''
  AND new = (SELECT c.text FROM claims c WHERE c.id = events.claim_id);
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'history events cannot be changed');
END;
