-- Claimdesk schema: the links a checker made, pair by pair. A group
-- (claim_groups, group_records) is what the links join: the claims and
-- records connected by them. Unlink removes one link and splits the group
-- only where no other link holds its members together, so it needs to know
-- which pairs were linked. A claim pair is kept once, the lower ID first.
-- No foreign keys: links through a claim deleted since still hold the
-- others of its group together, as the group did before.
CREATE TABLE group_links (
    claim_id    TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('record', 'claim')),
    target_id   TEXT NOT NULL,
    linked_at   TEXT NOT NULL DEFAULT '',
    linked_by   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (claim_id, target_kind, target_id)
);
CREATE INDEX group_links_target ON group_links (target_kind, target_id);

-- Groups linked before this step do not say which pairs were linked: each
-- of their claims counts as linked to every other claim and record of its
-- group (time unknown for two claims), so that taking one link back never
-- parts the others.
INSERT OR IGNORE INTO group_links (claim_id, target_kind, target_id, linked_at, linked_by)
    SELECT c.claim_id, 'record', r.record_id, r.linked_at, r.linked_by
    FROM claim_groups c JOIN group_records r ON r.group_id = c.group_id;
INSERT OR IGNORE INTO group_links (claim_id, target_kind, target_id)
    SELECT a.claim_id, 'claim', b.claim_id
    FROM claim_groups a JOIN claim_groups b ON b.group_id = a.group_id AND a.claim_id < b.claim_id;

-- A link between two claims made before this step names its author and
-- time in the claims' history (the `linked` entry, "claim ID" on either
-- side): the first such entry of the pair gives them. Pairs counted as
-- linked only because they shared a group have none and stay unrecorded.
UPDATE group_links SET
    linked_at = COALESCE((SELECT e.at FROM events e WHERE e.field = 'linked' AND (
        (e.claim_id = group_links.claim_id AND e.new = 'claim ' || group_links.target_id) OR
        (e.claim_id = group_links.target_id AND e.new = 'claim ' || group_links.claim_id))
        ORDER BY e.at, e.seq LIMIT 1), ''),
    linked_by = COALESCE((SELECT e.actor FROM events e WHERE e.field = 'linked' AND (
        (e.claim_id = group_links.claim_id AND e.new = 'claim ' || group_links.target_id) OR
        (e.claim_id = group_links.target_id AND e.new = 'claim ' || group_links.claim_id))
        ORDER BY e.at, e.seq LIMIT 1), '')
    WHERE target_kind = 'claim' AND linked_at = '' AND linked_by = '';
