-- Claimdesk schema, version 1: records, history and rating scales.
-- Every table has an explicit integer key (seq) so that full-text indexes can
-- refer to rows by a rowid that VACUUM never renumbers; the domain ID is a
-- UUIDv7 in text form. Times are RFC 3339 UTC with nine fractional digits, so
-- text order is time order. An empty string stands for "not set".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE articles (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    title        TEXT NOT NULL CHECK (title <> ''),
    url          TEXT NOT NULL DEFAULT '',
    publisher    TEXT NOT NULL DEFAULT '',
    language     TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'de', 'en')),
    published_at TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    body_sha256  TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE INDEX articles_imported_at ON articles (imported_at);

CREATE TABLE scales (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    free_text INTEGER NOT NULL DEFAULT 0,
    preset    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE ratings (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    scale_id TEXT NOT NULL REFERENCES scales (id) ON DELETE CASCADE,
    label_en TEXT NOT NULL DEFAULT '',
    label_de TEXT NOT NULL DEFAULT '',
    color    TEXT NOT NULL,
    ordinal  INTEGER NOT NULL DEFAULT 0,
    final    INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ratings_scale ON ratings (scale_id, position);

CREATE TABLE claims (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    article_id    TEXT REFERENCES articles (id) ON DELETE SET NULL,
    text          TEXT NOT NULL CHECK (text <> ''),
    anchor_start  INTEGER,
    anchor_end    INTEGER,
    anchor_exact  TEXT,
    anchor_prefix TEXT,
    anchor_suffix TEXT,
    detached      INTEGER NOT NULL DEFAULT 0,
    claimant      TEXT NOT NULL DEFAULT '',
    claim_date    TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('new', 'researching', 'in_review', 'published', 'discarded')),
    rating_id     TEXT REFERENCES ratings (id),
    conclusion    TEXT NOT NULL DEFAULT '',
    rationale     TEXT NOT NULL DEFAULT '',
    score         REAL NOT NULL DEFAULT 0,
    kinds         TEXT NOT NULL DEFAULT '[]',
    reasons       TEXT NOT NULL DEFAULT '[]',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_article ON claims (article_id, anchor_start);
CREATE INDEX claims_status ON claims (status, updated_at);
CREATE INDEX claims_rating ON claims (rating_id);
CREATE INDEX claims_updated ON claims (updated_at);
CREATE INDEX claims_created ON claims (created_at);
CREATE INDEX claims_claimant ON claims (claimant COLLATE NOCASE);

CREATE TABLE claim_tags (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, tag)
) WITHOUT ROWID;
CREATE INDEX claim_tags_tag ON claim_tags (tag, claim_id);

CREATE TABLE sources (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    url          TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    publisher    TEXT NOT NULL DEFAULT '',
    author       TEXT NOT NULL DEFAULT '',
    published_at TEXT NOT NULL DEFAULT '',
    accessed_at  TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL CHECK (kind IN ('official', 'statistics', 'news', 'expert', 'social', 'other')),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE INDEX sources_url ON sources (url);
CREATE INDEX sources_created ON sources (created_at);

CREATE TABLE snapshots (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    mime   TEXT NOT NULL
);

CREATE TABLE source_snapshots (
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL REFERENCES snapshots (sha256),
    name      TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, sha256)
) WITHOUT ROWID;
CREATE INDEX source_snapshots_sha ON source_snapshots (sha256);

CREATE TABLE evidence (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    source_id  TEXT NOT NULL REFERENCES sources (id),
    stance     TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    excerpt    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX evidence_claim ON evidence (claim_id, created_at);
CREATE INDEX evidence_source ON evidence (source_id);

-- History is append-only: no foreign key (it outlives deleted claims), and
-- triggers refuse every UPDATE and DELETE.
CREATE TABLE events (
    seq      INTEGER PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    field    TEXT NOT NULL,
    old      TEXT NOT NULL DEFAULT '',
    new      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_claim ON events (claim_id, at, seq);

CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'history events cannot be changed');
END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'history events cannot be deleted');
END;
