package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

	"claimdesk/claims"
)

// normArticle returns a copy of a as a merge compares it: its body hash
// computed, times in UTC.
func normArticle(a *claims.Article) *claims.Article {
	c := *a
	c.BodySHA256 = claims.BodyHash(c.Body)
	c.PublishedAt, c.ImportedAt, c.UpdatedAt = c.PublishedAt.UTC(), c.ImportedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

// articleVersion returns the version of article a.
func articleVersion(a *claims.Article) *version {
	return newVersion(claims.RecordArticle, a.ID, a, a.UpdatedAt)
}

// articles merges the dataset's articles: each one is created, replaced or
// kept against the local version; a replaced body is noted for reanchor.
func (m *merger) articles(ctx context.Context, ds *claims.Dataset) error {
	for _, a := range ds.Articles {
		if a == nil || a.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds an article without ID.")
		}
		if err := a.Validate(); err != nil {
			return err
		}
		in := normArticle(a)
		local, err := findArticleByID(ctx, m.tx, in.ID)
		var lv *version
		switch {
		case err == nil:
			local = normArticle(local)
			lv = articleVersion(local)
		case claims.ErrorCode(err) != claims.ENOTFOUND:
			return err
		}
		iv := articleVersion(in)
		out, err := m.decide(ctx, iv, lv)
		if err != nil {
			return err
		}
		err = m.apply(ctx, out, iv, lv, in.Title, func() error {
			if lv == nil {
				return insertArticle(ctx, m.tx, in)
			}
			if in.Body != local.Body {
				m.bodies = append(m.bodies, in)
			}
			return m.updateArticle(ctx, in)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// updateArticle writes every field of article in over the stored row.
func (m *merger) updateArticle(ctx context.Context, in *claims.Article) error {
	_, err := m.tx.ExecContext(ctx, `UPDATE articles SET title = ?, url = ?, publisher = ?, language = ?,
		published_at = ?, `+bodySet(m.tx)+`, body_sha256 = ?, imported_at = ?, created_by = ?, updated_at = ? WHERE id = ?`,
		values(in.Title, in.URL, in.Publisher, in.Language, fmtTime(in.PublishedAt), m.tx.BodyValues(in.Body), in.BodySHA256,
			fmtTime(in.ImportedAt), in.CreatedBy, fmtTime(in.UpdatedAt), in.ID)...)
	return err
}

// reanchor re-anchors the claims of every article whose body the merge
// replaced, once the dataset's own claims are merged (they arrive anchored
// in the new body and are left where they are).
func (m *merger) reanchor(ctx context.Context, _ *claims.Dataset) error {
	for _, a := range m.bodies {
		if err := reanchorClaims(ctx, m.tx, a, m.actor); err != nil {
			return err
		}
	}
	return nil
}

// normSource returns a copy of s as a merge compares it: kind other when
// unset, without snapshots, times in UTC.
func normSource(s *claims.Source) *claims.Source {
	c := *s
	if c.Kind == "" {
		c.Kind = claims.KindOther
	}
	c.Snapshots = nil
	c.PublishedAt, c.AccessedAt = c.PublishedAt.UTC(), c.AccessedAt.UTC()
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

// sources merges the dataset's sources: each one is created, replaced or
// kept against the local version, and its snapshots are added.
func (m *merger) sources(ctx context.Context, ds *claims.Dataset) error {
	for _, src := range ds.Sources {
		if src == nil || src.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds a source without ID.")
		}
		if err := src.Validate(); err != nil {
			return err
		}
		in := normSource(src)
		local, err := findSourceByID(ctx, m.tx, in.ID)
		var lv *version
		switch {
		case err == nil:
			lv = newVersion(claims.RecordSource, in.ID, normSource(local), local.UpdatedAt)
		case claims.ErrorCode(err) != claims.ENOTFOUND:
			return err
		}
		iv := newVersion(claims.RecordSource, in.ID, in, in.UpdatedAt)
		out, err := m.decide(ctx, iv, lv)
		if err != nil {
			return err
		}
		title := in.Title
		if title == "" {
			title = in.URL
		}
		err = m.apply(ctx, out, iv, lv, title, func() error {
			if lv == nil {
				return insertSource(ctx, m.tx, in)
			}
			return saveSourceRow(ctx, m.tx, in)
		})
		if err != nil {
			return err
		}
		if err := m.linkSnapshots(ctx, in.ID, src.Snapshots); err != nil {
			return err
		}
	}
	return nil
}

// linkSnapshots adds the snapshots of a source that are not linked yet:
// snapshots merge as a set by SHA-256, never replaced or removed. A source
// not here (deleted here) gets none.
func (m *merger) linkSnapshots(ctx context.Context, sourceID string, sns []claims.Snapshot) error {
	ok, err := m.exists(ctx, "sources", sourceID)
	if err != nil || !ok {
		return err
	}
	for _, sn := range sns {
		if err := m.snapshot(ctx, sourceID, sn); err != nil {
			return err
		}
	}
	return nil
}

// snapshot stores the file of sn (unless already here) and links it.
func (m *merger) snapshot(ctx context.Context, sourceID string, sn claims.Snapshot) error {
	if !validSHA(sn.SHA256) {
		return claims.Errorf(claims.EINVALID, "The dataset names a snapshot with an invalid checksum %q.", sn.SHA256)
	}
	if sn.MIME == "" {
		sn.MIME = "application/octet-stream"
	}
	has, err := m.tx.HasSnapshot(ctx, m.tx, sn.SHA256)
	if err != nil {
		return err
	}
	if !has {
		content, ok := m.snaps[sn.SHA256]
		if !ok {
			return claims.Errorf(claims.EINVALID, "The snapshot %q (%s) is missing from the bundle.", sn.Name, sn.SHA256)
		}
		sum := sha256.Sum256(content)
		if hex.EncodeToString(sum[:]) != sn.SHA256 || len(content) == 0 {
			return claims.Errorf(claims.EINVALID, "The snapshot %q in the bundle does not match its checksum %s.", sn.Name, sn.SHA256)
		}
		if err := m.tx.StoreSnapshot(ctx, m.tx, &sn, content, m.dry); err != nil {
			return err
		}
		m.wrote = true
		m.res.Snapshots++
	}
	if sn.AddedAt.IsZero() {
		sn.AddedAt = m.at
	}
	var one int
	err = m.tx.QueryRowContext(ctx, `SELECT 1 FROM source_snapshots WHERE source_id = ? AND sha256 = ?`, sourceID, sn.SHA256).Scan(&one)
	if err == nil {
		return nil
	} else if !errNoRows(err) {
		return err
	}
	m.wrote = true
	return linkSnapshot(ctx, m.tx, sourceID, &sn)
}

// normEvidence returns a copy of e with its times in UTC.
func normEvidence(e *claims.Evidence) *claims.Evidence {
	c := *e
	c.CreatedAt, c.UpdatedAt = c.CreatedAt.UTC(), c.UpdatedAt.UTC()
	return &c
}

// evidenceVersion returns the version of evidence e, recorded in its
// claim's history.
func evidenceVersion(e *claims.Evidence) *version {
	v := newVersion(claims.RecordEvidence, e.ID, e, e.UpdatedAt)
	v.histKind, v.histID = claims.RecordClaim, e.ClaimID
	return v
}

// evidence merges the dataset's evidence: each piece is created, replaced
// or kept against the local version.
func (m *merger) evidence(ctx context.Context, ds *claims.Dataset) error {
	for _, e := range ds.Evidence {
		if e == nil || e.ID == "" {
			return claims.Errorf(claims.EINVALID, "The dataset holds evidence without ID.")
		}
		if err := e.Validate(); err != nil {
			return err
		}
		in := normEvidence(e)
		local, err := findEvidenceByID(ctx, m.tx, in.ID)
		var lv *version
		switch {
		case err == nil:
			lv = evidenceVersion(normEvidence(local))
		case claims.ErrorCode(err) != claims.ENOTFOUND:
			return err
		}
		iv := evidenceVersion(in)
		out, err := m.decide(ctx, iv, lv)
		if err != nil {
			return err
		}
		out = m.orphan(out, "claim/"+in.ClaimID, "source/"+in.SourceID)
		if out == outCreate || out == outReplace {
			if err := m.evidenceRefs(ctx, in); err != nil {
				return err
			}
		}
		err = m.apply(ctx, out, iv, lv, string(in.Stance)+": "+in.Excerpt, func() error {
			if lv == nil {
				return insertEvidence(ctx, m.tx, in)
			}
			return saveEvidenceRow(ctx, m.tx, in)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// evidenceRefs checks that the claim and source of evidence exist here.
func (m *merger) evidenceRefs(ctx context.Context, in *claims.Evidence) error {
	for _, r := range []struct{ table, id, what string }{{"claims", in.ClaimID, "claim"}, {"sources", in.SourceID, "source"}} {
		ok, err := m.exists(ctx, r.table, r.id)
		if err != nil {
			return err
		}
		if !ok {
			return claims.Errorf(claims.EINVALID, "Evidence %s in the dataset refers to %s %s, which is neither in the dataset nor here.", in.ID, r.what, r.id)
		}
	}
	return nil
}
