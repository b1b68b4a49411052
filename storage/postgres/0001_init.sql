-- Claimdesk schema for PostgreSQL, version 1: the same records as the SQLite
-- schema at its version 4 (history for every record kind, versions), with
-- PostgreSQL text search instead of FTS5 and snapshot contents stored in the
-- database, so that every checker on the server sees them.
-- Times are RFC 3339 UTC text with nine fractional digits, as in SQLite, so
-- that text order is time order and a copy between the backends is exact.
-- An empty string stands for "not set".

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- claimdesk_config names the text search configuration for an article
-- language: german or english; 'simple' (no stemming) when it is not set.
CREATE FUNCTION claimdesk_config(lang TEXT) RETURNS regconfig
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE lang WHEN 'de' THEN 'german'::regconfig
                     WHEN 'en' THEN 'english'::regconfig
                     ELSE 'simple'::regconfig END
$$;

CREATE TABLE articles (
    seq          BIGSERIAL PRIMARY KEY,
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
    updated_at   TEXT NOT NULL,
    -- the title weighs more than the body; the body is indexed up to
    -- 500,000 characters (a tsvector holds at most 1 MB).
    search       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(claimdesk_config(language), title), 'A') ||
        setweight(to_tsvector(claimdesk_config(language), left(body, 500000)), 'D')) STORED
);
CREATE INDEX articles_imported_at ON articles (imported_at);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE scales (
    seq       BIGSERIAL PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    free_text BOOLEAN NOT NULL DEFAULT false,
    preset    BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE ratings (
    seq      BIGSERIAL PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    scale_id TEXT NOT NULL REFERENCES scales (id) ON DELETE CASCADE,
    label_en TEXT NOT NULL DEFAULT '',
    label_de TEXT NOT NULL DEFAULT '',
    color    TEXT NOT NULL,
    ordinal  INTEGER NOT NULL DEFAULT 0,
    final    BOOLEAN NOT NULL DEFAULT false,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ratings_scale ON ratings (scale_id, position);

CREATE TABLE claims (
    seq           BIGSERIAL PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    article_id    TEXT REFERENCES articles (id) ON DELETE SET NULL,
    text          TEXT NOT NULL CHECK (text <> ''),
    anchor_start  INTEGER,
    anchor_end    INTEGER,
    anchor_exact  TEXT,
    anchor_prefix TEXT,
    anchor_suffix TEXT,
    detached      BOOLEAN NOT NULL DEFAULT false,
    claimant      TEXT NOT NULL DEFAULT '',
    claim_date    TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL CHECK (status IN ('new', 'researching', 'in_review', 'published', 'discarded')),
    rating_id     TEXT REFERENCES ratings (id),
    conclusion    TEXT NOT NULL DEFAULT '',
    rationale     TEXT NOT NULL DEFAULT '',
    score         DOUBLE PRECISION NOT NULL DEFAULT 0,
    kinds         TEXT NOT NULL DEFAULT '[]',
    reasons       TEXT NOT NULL DEFAULT '[]',
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL DEFAULT '',
    -- the claim's language is its article's: set by the triggers below.
    language      TEXT NOT NULL DEFAULT '',
    search        tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector(claimdesk_config(language), text), 'A') ||
        setweight(to_tsvector(claimdesk_config(language), claimant), 'B') ||
        setweight(to_tsvector(claimdesk_config(language), conclusion), 'B') ||
        setweight(to_tsvector(claimdesk_config(language), rationale), 'C')) STORED
);
CREATE INDEX claims_article ON claims (article_id, anchor_start);
CREATE INDEX claims_status ON claims (status, updated_at);
CREATE INDEX claims_rating ON claims (rating_id);
CREATE INDEX claims_updated ON claims (updated_at);
CREATE INDEX claims_created ON claims (created_at);
CREATE INDEX claims_search ON claims USING gin (search);

CREATE FUNCTION claims_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.language := COALESCE((SELECT language FROM articles WHERE id = NEW.article_id), '');
    RETURN NEW;
END $$;
CREATE TRIGGER claims_language BEFORE INSERT OR UPDATE OF article_id ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_language();

CREATE FUNCTION articles_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claims SET language = NEW.language WHERE article_id = NEW.id AND language <> NEW.language;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_language AFTER UPDATE OF language ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_language();

CREATE TABLE claim_tags (
    claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    tag      TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (claim_id, tag)
);
CREATE INDEX claim_tags_tag ON claim_tags (tag, claim_id);

CREATE TABLE sources (
    seq          BIGSERIAL PRIMARY KEY,
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
    updated_at   TEXT NOT NULL,
    -- sources have no language of their own: the simple configuration.
    search       tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', title), 'A') ||
        setweight(to_tsvector('simple', publisher), 'B') ||
        setweight(to_tsvector('simple', notes), 'C') ||
        setweight(to_tsvector('simple', url), 'C')) STORED
);
CREATE INDEX sources_url ON sources (url);
CREATE INDEX sources_created ON sources (created_at);
CREATE INDEX sources_search ON sources USING gin (search);

-- Snapshot files live in the database (content), by SHA-256.
CREATE TABLE snapshots (
    sha256  TEXT PRIMARY KEY,
    size    BIGINT NOT NULL,
    mime    TEXT NOT NULL,
    content BYTEA NOT NULL
);

CREATE TABLE source_snapshots (
    source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    sha256    TEXT NOT NULL REFERENCES snapshots (sha256),
    name      TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL,
    PRIMARY KEY (source_id, sha256)
);
CREATE INDEX source_snapshots_sha ON source_snapshots (sha256);

CREATE TABLE evidence (
    seq        BIGSERIAL PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    claim_id   TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    source_id  TEXT NOT NULL REFERENCES sources (id),
    stance     TEXT NOT NULL CHECK (stance IN ('supports', 'refutes', 'context')),
    excerpt    TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    search     tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', excerpt), 'A') ||
        setweight(to_tsvector('simple', note), 'B')) STORED
);
CREATE INDEX evidence_claim ON evidence (claim_id, created_at);
CREATE INDEX evidence_source ON evidence (source_id);
CREATE INDEX evidence_search ON evidence USING gin (search);

-- History is append-only: no foreign key (it outlives deleted records), and
-- a trigger refuses every UPDATE and DELETE. kind names the record kind
-- (claim_id holds the record's ID); imported marks an event from a bundle.
CREATE TABLE events (
    seq      BIGSERIAL PRIMARY KEY,
    id       TEXT NOT NULL UNIQUE,
    claim_id TEXT NOT NULL,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    field    TEXT NOT NULL,
    old      TEXT NOT NULL DEFAULT '',
    new      TEXT NOT NULL DEFAULT '',
    kind     TEXT NOT NULL DEFAULT 'claim'
        CHECK (kind IN ('claim', 'article', 'source', 'evidence', 'scale')),
    imported BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX events_claim ON events (claim_id, at, seq);

-- versions: every version of a record a merge met (see docs/exchange.md).
CREATE TABLE versions (
    seq       BIGSERIAL PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('claim', 'article', 'source', 'evidence', 'scale')),
    record_id TEXT NOT NULL,
    hash      TEXT NOT NULL,
    origin    TEXT NOT NULL CHECK (origin IN ('imported', 'matched', 'replaced', 'older', 'conflict', 'taken')),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL DEFAULT '',
    content   TEXT NOT NULL,
    UNIQUE (kind, record_id, hash, origin)
);
CREATE INDEX versions_record ON versions (record_id, seq);

CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% cannot be changed or deleted (append-only)', TG_TABLE_NAME
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION append_only();

-- Every committed change of a record kind sends NOTIFY claimdesk_changes
-- with the kind as payload (once per statement; PostgreSQL folds identical
-- notifications of one transaction), so that open windows can refresh.
CREATE FUNCTION claimdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('claimdesk_changes', TG_ARGV[0]);
    RETURN NULL;
END $$;
CREATE TRIGGER articles_notify AFTER INSERT OR UPDATE OR DELETE ON articles
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('article');
CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('claim');
CREATE TRIGGER sources_notify AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('source');
CREATE TRIGGER evidence_notify AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('evidence');
CREATE TRIGGER scales_notify AFTER INSERT OR UPDATE OR DELETE ON scales
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_notify('scale');

-- claimdesk_query turns a tsquery text (built by the application from the
-- words typed, see query.go) into one query matching under the German,
-- English and simple configurations, so that a record indexed under any of
-- them is found, and the GIN indexes serve it.
CREATE FUNCTION claimdesk_query(q TEXT) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT to_tsquery('german', q) || to_tsquery('english', q) || to_tsquery('simple', q)
$$;
