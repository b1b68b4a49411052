package sqlstore

import (
	"context"
	"fmt"
	"strings"

	"claimdesk/claims"
)

// evidenceCols are the columns scanEvidence reads.
const evidenceCols = `e.id, e.claim_id, e.source_id, e.stance, e.excerpt, e.note, e.created_at, e.created_by, e.updated_at`

// scanEvidence reads a piece of evidence from a row of evidenceCols.
func scanEvidence(r Scanner) (*claims.Evidence, error) {
	var e claims.Evidence
	var stance, created, updated string
	if err := r.Scan(&e.ID, &e.ClaimID, &e.SourceID, &stance, &e.Excerpt, &e.Note, &created, &e.CreatedBy, &updated); err != nil {
		return nil, err
	}
	e.Stance = claims.Stance(stance)
	var err error
	if e.CreatedAt, err = parseTime(created); err != nil {
		return nil, err
	}
	if e.UpdatedAt, err = parseTime(updated); err != nil {
		return nil, err
	}
	return &e, nil
}

// evidenceSummary describes a link for the claim's history.
func evidenceSummary(ctx context.Context, tx *Tx, e *claims.Evidence) (string, error) {
	var title, url string
	err := tx.QueryRowContext(ctx, "SELECT title, url FROM sources WHERE id = ?", e.SourceID).Scan(&title, &url)
	if err != nil && !errNoRows(err) {
		return "", err
	}
	name := title
	if name == "" {
		name = url
	}
	if name == "" {
		name = e.SourceID
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s [evidence %s, source %s]", e.Stance, name, e.ID, e.SourceID)
	if e.Excerpt != "" {
		fmt.Fprintf(&b, " excerpt: %q", e.Excerpt)
	}
	if e.Note != "" {
		fmt.Fprintf(&b, " note: %q", e.Note)
	}
	return b.String(), nil
}

// evidenceEvent appends an evidence event to the claim's history.
func evidenceEvent(ctx context.Context, tx *Tx, claimID, actor string, old, new *claims.Evidence) error {
	ev := &claims.Event{ClaimID: claimID, At: now(), Actor: actor, Field: claims.FieldEvidence}
	var err error
	if old != nil {
		if ev.Old, err = evidenceSummary(ctx, tx, old); err != nil {
			return err
		}
	}
	if new != nil {
		if ev.New, err = evidenceSummary(ctx, tx, new); err != nil {
			return err
		}
	}
	return appendEvent(ctx, tx, ev)
}

// CreateEvidence links a claim and a source.
func (s *Store) CreateEvidence(ctx context.Context, e *claims.Evidence) error {
	if e == nil {
		return claims.Errorf(claims.EINVALID, "No evidence was given.")
	}
	if err := e.Validate(); err != nil {
		return err
	}
	return s.write(ctx, "save the evidence", func(tx *Tx) error {
		known := map[string]bool{}
		if err := mustExist(ctx, tx, known, "claims", e.ClaimID, "Claim %s was not found."); err != nil {
			return err
		}
		if err := mustExist(ctx, tx, known, "sources", e.SourceID, "Source %s was not found."); err != nil {
			return err
		}
		id, err := newID()
		if err != nil {
			return err
		}
		actor := s.actor(ctx)
		t := now()
		e.ID, e.CreatedAt, e.UpdatedAt, e.CreatedBy = id, t, t, actor
		if err := insertEvidence(ctx, tx, e); err != nil {
			return err
		}
		return evidenceEvent(ctx, tx, e.ClaimID, actor, nil, e)
	})
}

// insertEvidence writes the evidence row as it is.
func insertEvidence(ctx context.Context, tx *Tx, e *claims.Evidence) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO evidence (id, claim_id, source_id, stance, excerpt, note,
		created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)`,
		e.ID, e.ClaimID, e.SourceID, string(e.Stance), e.Excerpt, e.Note, fmtTime(e.CreatedAt), e.CreatedBy, fmtTime(e.UpdatedAt))
	return err
}

// saveEvidenceRow overwrites the stored row of e.ID with e.
func saveEvidenceRow(ctx context.Context, tx *Tx, e *claims.Evidence) error {
	_, err := tx.ExecContext(ctx, `UPDATE evidence SET claim_id = ?, source_id = ?, stance = ?, excerpt = ?, note = ?,
		created_at = ?, created_by = ?, updated_at = ? WHERE id = ?`,
		e.ClaimID, e.SourceID, string(e.Stance), e.Excerpt, e.Note, fmtTime(e.CreatedAt), e.CreatedBy, fmtTime(e.UpdatedAt), e.ID)
	return err
}

// FindEvidenceByID returns one link.
func (s *Store) FindEvidenceByID(ctx context.Context, id string) (*claims.Evidence, error) {
	return readValue(ctx, s, "load the evidence", func(tx *Tx) (*claims.Evidence, error) {
		return findEvidenceByID(ctx, tx, id)
	})
}

// findEvidenceByID returns the evidence id read in tx; ENOTFOUND when
// there is none.
func findEvidenceByID(ctx context.Context, tx *Tx, id string) (*claims.Evidence, error) {
	es, err := findEvidence(ctx, tx, claims.EvidenceFilter{ID: &id})
	return only(es, err, "Evidence %s was not found.", id)
}

// FindEvidence returns matching links, oldest first.
func (s *Store) FindEvidence(ctx context.Context, f claims.EvidenceFilter) ([]*claims.Evidence, error) {
	return readValue(ctx, s, "list evidence", func(tx *Tx) ([]*claims.Evidence, error) {
		return findEvidence(ctx, tx, f)
	})
}

// findEvidence is FindEvidence inside tx.
func findEvidence(ctx context.Context, tx *Tx, f claims.EvidenceFilter) ([]*claims.Evidence, error) {
	where, args := []string{"1 = 1"}, []any{}
	if f.ID != nil {
		where, args = append(where, "e.id = ?"), append(args, *f.ID)
	}
	if f.ClaimID != nil {
		where, args = append(where, "e.claim_id = ?"), append(args, *f.ClaimID)
	}
	if f.SourceID != nil {
		where, args = append(where, "e.source_id = ?"), append(args, *f.SourceID)
	}
	if f.Stance != nil {
		where, args = append(where, "e.stance = ?"), append(args, string(*f.Stance))
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+evidenceCols+" FROM evidence e WHERE "+strings.Join(where, " AND ")+
		" ORDER BY e.created_at, e.seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Evidence
	for rows.Next() {
		e, err := scanEvidence(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// UpdateEvidence changes a link and records the change in the claim's history.
func (s *Store) UpdateEvidence(ctx context.Context, id string, upd claims.EvidenceUpdate) (*claims.Evidence, error) {
	var e *claims.Evidence
	err := s.write(ctx, "save the evidence", func(tx *Tx) error {
		old, err := findEvidenceByID(ctx, tx, id)
		if err != nil {
			return err
		}
		n := *old
		if upd.Stance != nil {
			n.Stance = *upd.Stance
		}
		if upd.Excerpt != nil {
			n.Excerpt = *upd.Excerpt
		}
		if upd.Note != nil {
			n.Note = *upd.Note
		}
		if err := n.Validate(); err != nil {
			return err
		}
		e = &n
		if n.Stance == old.Stance && n.Excerpt == old.Excerpt && n.Note == old.Note {
			return nil
		}
		n.UpdatedAt = now()
		if err := saveEvidenceRow(ctx, tx, &n); err != nil {
			return err
		}
		return evidenceEvent(ctx, tx, n.ClaimID, s.actor(ctx), old, &n)
	})
	if err != nil {
		return nil, err
	}
	return e, nil
}

// DeleteEvidence removes a link and records it in the claim's history.
func (s *Store) DeleteEvidence(ctx context.Context, id string) error {
	return s.write(ctx, "delete the evidence", func(tx *Tx) error {
		old, err := findEvidenceByID(ctx, tx, id)
		if err != nil {
			return err
		}
		if err := evidenceEvent(ctx, tx, old.ClaimID, s.actor(ctx), old, nil); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM evidence WHERE id = ?", id)
		return err
	})
}
