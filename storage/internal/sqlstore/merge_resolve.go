package sqlstore

import (
	"context"
	"encoding/json"
	"strings"

	"claimdesk/claims"
)

// ResolveConflict makes a conflict version current; see
// claims.ExchangeService.
func (s *Store) ResolveConflict(ctx context.Context, kind claims.RecordKind, id, hash string) error {
	hash = strings.ToLower(strings.TrimSpace(hash))
	if len(hash) < 8 {
		return claims.Errorf(claims.EINVALID, "Give at least the first 8 characters of the version's hash.")
	}
	return s.write(ctx, "take the version from the bundle", func(tx *Tx) error {
		m := &merger{s: s, tx: tx, actor: s.actor(ctx), at: now()}
		iv, err := m.conflictVersion(ctx, kind, id, hash)
		if err != nil {
			return err
		}
		gone := func(err error) error {
			if claims.ErrorCode(err) == claims.ENOTFOUND {
				return claims.Errorf(claims.ECONFLICT, "The %s %s was deleted here; its version from the bundle cannot be taken over.", kind, id)
			}
			return err
		}
		switch kind {
		case claims.RecordClaim:
			return gone(m.takeClaim(ctx, iv))
		case claims.RecordArticle:
			return gone(m.takeArticle(ctx, iv))
		case claims.RecordSource:
			return gone(m.takeSource(ctx, iv))
		case claims.RecordEvidence:
			return gone(m.takeEvidence(ctx, iv))
		}
		return claims.Errorf(claims.EINVALID, "Only claims, articles, sources and evidence can be taken over from a bundle.")
	})
}

// conflictVersion loads the conflict version of record id whose hash
// starts with prefix.
func (m *merger) conflictVersion(ctx context.Context, kind claims.RecordKind, id, prefix string) (*version, error) {
	rows, err := m.tx.QueryContext(ctx, `SELECT hash, content FROM versions WHERE kind = ? AND record_id = ?
		AND origin = 'conflict' AND substr(hash, 1, ?) = ?`, string(kind), id, len(prefix), prefix)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []*version
	for rows.Next() {
		v := &version{kind: kind, id: id, histKind: kind, histID: id}
		if err := rows.Scan(&v.hash, &v.content); err != nil {
			return nil, err
		}
		found = append(found, v)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	switch len(found) {
	case 0:
		return nil, claims.Errorf(claims.ENOTFOUND, "No conflicting version %s of %s %s is kept in the history.", prefix, kind, id)
	case 1:
		return found[0], nil
	}
	return nil, claims.Errorf(claims.EINVALID, "Several conflicting versions of %s %s start with %s; give more of the hash.", kind, id, prefix)
}

// take replaces local by the chosen version in, as a merge replaces one;
// when local is that version already, it writes nothing.
func (m *merger) take(ctx context.Context, in, local *version, write func() error) error {
	if in.hash == local.hash { // taken already: resolving again changes nothing
		return nil
	}
	if _, err := recordVersion(ctx, m.tx, local, "replaced", m.at, m.actor); err != nil {
		return err
	}
	if err := m.historyEvent(ctx, in, claims.FieldMerged, local, "replaced by a version from a bundle, chosen by "+m.actor); err != nil {
		return err
	}
	if err := write(); err != nil {
		return err
	}
	_, err := recordVersion(ctx, m.tx, in, "taken", m.at, m.actor)
	return err
}

// takeClaim makes the claim version iv the current one (take).
func (m *merger) takeClaim(ctx context.Context, iv *version) error {
	var in claims.Claim
	if err := json.Unmarshal([]byte(iv.content), &in); err != nil {
		return err
	}
	local, err := findClaimByID(ctx, m.tx, iv.id)
	if err != nil {
		return err
	}
	if err := m.refs(ctx, &in); err != nil {
		return err
	}
	lv := newVersion(claims.RecordClaim, iv.id, normClaim(local), local.UpdatedAt)
	return m.take(ctx, iv, lv, func() error {
		if err := saveClaimRow(ctx, m.tx, &in); err != nil {
			return err
		}
		return writeTags(ctx, m.tx, in.ID, in.Tags)
	})
}

// takeArticle makes the article version iv the current one (take),
// re-anchoring the claims when its body changes.
func (m *merger) takeArticle(ctx context.Context, iv *version) error {
	var in claims.Article
	if err := json.Unmarshal([]byte(iv.content), &in); err != nil {
		return err
	}
	local, err := findArticleByID(ctx, m.tx, iv.id)
	if err != nil {
		return err
	}
	local = normArticle(local)
	return m.take(ctx, iv, articleVersion(local), func() error {
		if err := m.updateArticle(ctx, &in); err != nil {
			return err
		}
		if in.Body == local.Body {
			return nil
		}
		return reanchorClaims(ctx, m.tx, &in, m.actor)
	})
}

// takeSource makes the source version iv the current one (take).
func (m *merger) takeSource(ctx context.Context, iv *version) error {
	var in claims.Source
	if err := json.Unmarshal([]byte(iv.content), &in); err != nil {
		return err
	}
	local, err := findSourceByID(ctx, m.tx, iv.id)
	if err != nil {
		return err
	}
	lv := newVersion(claims.RecordSource, iv.id, normSource(local), local.UpdatedAt)
	return m.take(ctx, iv, lv, func() error { return saveSourceRow(ctx, m.tx, &in) })
}

// takeEvidence makes the evidence version iv the current one (take).
func (m *merger) takeEvidence(ctx context.Context, iv *version) error {
	var in claims.Evidence
	if err := json.Unmarshal([]byte(iv.content), &in); err != nil {
		return err
	}
	local, err := findEvidenceByID(ctx, m.tx, iv.id)
	if err != nil {
		return err
	}
	if err := m.evidenceRefs(ctx, &in); err != nil {
		return err
	}
	lv := evidenceVersion(normEvidence(local))
	iv.histKind, iv.histID = lv.histKind, lv.histID
	return m.take(ctx, iv, lv, func() error { return saveEvidenceRow(ctx, m.tx, &in) })
}
