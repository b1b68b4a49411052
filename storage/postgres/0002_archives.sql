-- Claimdesk schema for PostgreSQL, version 2: "seen before", as SQLite's
-- 0005_archives.sql — archives of earlier fact-checks kept apart from the
-- desk's claims, the links a checker made between a claim and its earlier
-- checks (groups), and the pairs dismissed as "not the same". Archive
-- records need no text search index here: candidate retrieval (package
-- claims/match) indexes what MatchTargets returns, in memory.
CREATE TABLE archives (
    seq         BIGSERIAL PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (name <> ''),
    publisher   TEXT NOT NULL DEFAULT '',
    source      TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX archives_sha256 ON archives (sha256);

CREATE TABLE archive_records (
    seq        BIGSERIAL PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    archive_id TEXT NOT NULL REFERENCES archives (id) ON DELETE CASCADE,
    key        TEXT NOT NULL CHECK (key <> ''),
    text       TEXT NOT NULL CHECK (text <> ''),
    title      TEXT NOT NULL DEFAULT '',
    verdict    TEXT NOT NULL DEFAULT '',
    claimant   TEXT NOT NULL DEFAULT '',
    claim_date TEXT NOT NULL DEFAULT '',
    url        TEXT NOT NULL DEFAULT '',
    publisher  TEXT NOT NULL DEFAULT '',
    language   TEXT NOT NULL DEFAULT '',
    UNIQUE (archive_id, key)
);

-- A claim's group: claims sharing group_id were linked as the same claim.
CREATE TABLE claim_groups (
    claim_id TEXT PRIMARY KEY REFERENCES claims (id) ON DELETE CASCADE,
    group_id TEXT NOT NULL
);
CREATE INDEX claim_groups_group ON claim_groups (group_id);

-- Archive records linked to a group.
CREATE TABLE group_records (
    group_id  TEXT NOT NULL,
    record_id TEXT NOT NULL REFERENCES archive_records (id) ON DELETE CASCADE,
    linked_at TEXT NOT NULL,
    linked_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (group_id, record_id)
);

-- Pairs the checker said are not the same; never suggested again.
CREATE TABLE match_dismissals (
    claim_id     TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    target_kind  TEXT NOT NULL CHECK (target_kind IN ('record', 'claim')),
    target_id    TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    dismissed_by TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, target_kind, target_id)
);

-- A link changes what the claims list shows of a claim ("has an earlier
-- check"): open windows hear it as a claim change (see 0001_init.sql).
CREATE TRIGGER claim_groups_notify AFTER INSERT OR UPDATE OR DELETE ON claim_groups
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('claim');
CREATE TRIGGER group_records_notify AFTER INSERT OR UPDATE OR DELETE ON group_records
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('claim');
