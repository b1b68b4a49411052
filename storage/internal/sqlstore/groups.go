package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// MatchTargets returns every archive record and every desk claim with a
// verdict, for candidate retrieval.
func (s *Store) MatchTargets(ctx context.Context) ([]*claims.MatchTarget, error) {
	var out []*claims.MatchTarget
	err := s.read(ctx, "load the earlier checks", func(tx *Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT r.id, r.text, r.title, r.verdict, r.claimant, r.claim_date, r.url,
			CASE WHEN r.publisher <> '' THEN r.publisher ELSE a.publisher END, a.name, a.id
			FROM archive_records r JOIN archives a ON a.id = r.archive_id ORDER BY r.seq`)
		if err != nil {
			return err
		}
		if out, err = scanTargets(rows, claims.TargetRecord, out); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, `SELECT c.id, c.text, '', c.conclusion, c.claimant, c.claim_date, '',
			'', '', COALESCE(c.rating_id, '') FROM claims c WHERE COALESCE(c.rating_id, '') <> '' OR c.conclusion <> '' ORDER BY c.seq`)
		if err != nil {
			return err
		}
		out, err = scanTargets(rows, claims.TargetClaim, out)
		return err
	})
	return out, err
}

// rowsIter is what scanTargets needs of *sql.Rows.
type rowsIter interface {
	Scanner
	Next() bool
	Err() error
	Close() error
}

// scanTargets appends the targets of rows; for claims the last column is the
// rating ID, for records the archive ID.
func scanTargets(rows rowsIter, kind string, out []*claims.MatchTarget) ([]*claims.MatchTarget, error) {
	defer rows.Close()
	for rows.Next() {
		t := &claims.MatchTarget{Kind: kind}
		var date, last string
		if err := rows.Scan(&t.ID, &t.Text, &t.Title, &t.Verdict, &t.Claimant, &date, &t.URL, &t.Publisher,
			&t.Archive, &last); err != nil {
			return nil, err
		}
		var err error
		if t.ClaimDate, err = parseTime(date); err != nil {
			return nil, err
		}
		if kind == claims.TargetClaim {
			t.RatingID = last
		} else {
			t.ArchiveID = last
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// groupOf returns the group of a claim, creating a group of one when needed.
func groupOf(ctx context.Context, tx *Tx, claimID string) (string, error) {
	var g string
	err := tx.QueryRowContext(ctx, "SELECT group_id FROM claim_groups WHERE claim_id = ?", claimID).Scan(&g)
	if err == nil || !errNoRows(err) {
		return g, err
	}
	// ON CONFLICT: a concurrent writer of the same claim (lockPair) may
	// insert the row first; PostgreSQL then fails this transaction to
	// serialise, and it is retried, instead of reporting a duplicate.
	_, err = tx.ExecContext(ctx, "INSERT INTO claim_groups (claim_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING", claimID, claimID)
	return claimID, err
}

// Link puts a claim and a target in one group; see claims.ArchiveService.
func (s *Store) Link(ctx context.Context, req claims.LinkRequest) error {
	actor := s.actor(ctx)
	return s.write(ctx, "link the claims", func(tx *Tx) error {
		c, err := findClaimByID(ctx, tx, req.ClaimID)
		if err != nil {
			return err
		}
		g, err := groupOf(ctx, tx, c.ID)
		if err != nil {
			return err
		}
		switch req.Kind {
		case claims.TargetRecord:
			return linkRecord(ctx, tx, c, g, req, actor)
		case claims.TargetClaim:
			return linkClaim(ctx, tx, c, g, req, actor)
		}
		return claims.Errorf(claims.EINVALID, "Unknown match kind %q; use record or claim.", req.Kind)
	})
}

// linkRecord links claim c (in group g) to the archive record req.TargetID:
// the record joins g, a dismissal of the pair is dropped, c's history
// records the link, and the record's verdict is copied when req asks.
func linkRecord(ctx context.Context, tx *Tx, c *claims.Claim, g string, req claims.LinkRequest, actor string) error {
	r, err := findRecord(ctx, tx, req.TargetID)
	if err != nil {
		return err
	}
	where, err := recordWhere(ctx, tx, r)
	if err != nil {
		return err
	}
	if err := lockPair(ctx, tx, c.ID, claims.TargetRecord, r.ID); err != nil {
		return err
	}
	dismissed, err := dropDismissal(ctx, tx, c.ID, claims.TargetRecord, r.ID)
	if err != nil {
		return err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO group_records (group_id, record_id, linked_at, linked_by)
		VALUES (?,?,?,?) ON CONFLICT DO NOTHING`, g, r.ID, fmtTime(now()), actor)
	if err != nil {
		return err
	}
	added, err := addPairLink(ctx, tx, c.ID, claims.TargetRecord, r.ID, actor)
	if err != nil {
		return err
	}
	n, _ := res.RowsAffected()
	if n > 0 {
		if err := refuseDismissedInGroup(ctx, tx, g, c.ID, claims.TargetRecord, r.ID); err != nil {
			return err
		}
	}
	if n > 0 || added || dismissed != "" {
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: now(), Actor: actor,
			Field: claims.FieldLinked, Old: dismissed, New: claims.PairRecordPrefix + r.ID + ": " + where}); err != nil {
			return err
		}
	}
	if !req.CopyVerdict || r.Verdict == "" {
		return nil
	}
	return copyVerdict(ctx, tx, c, claims.ClaimUpdate{Conclusion: &r.Verdict}, where, actor,
		&claims.Source{URL: r.URL, Title: r.Title, Publisher: r.Publisher, PublishedAt: r.ClaimDate})
}

// linkClaim links claim c (in group g) to the claim req.TargetID: that
// claim's group joins g, a dismissal of the pair is dropped, both histories
// record the link, and its verdict is copied when req asks.
func linkClaim(ctx context.Context, tx *Tx, c *claims.Claim, g string, req claims.LinkRequest, actor string) error {
	if req.TargetID == c.ID {
		return claims.Errorf(claims.EINVALID, "A claim cannot be linked to itself.")
	}
	o, err := findClaimByID(ctx, tx, req.TargetID)
	if err != nil {
		return err
	}
	if err := lockPair(ctx, tx, c.ID, claims.TargetClaim, o.ID); err != nil {
		return err
	}
	dismissed, err := dropDismissal(ctx, tx, c.ID, claims.TargetClaim, o.ID)
	if err != nil {
		return err
	}
	og, err := groupOf(ctx, tx, o.ID)
	if err != nil {
		return err
	}
	added, err := addPairLink(ctx, tx, c.ID, claims.TargetClaim, o.ID, actor)
	if err != nil {
		return err
	}
	if og != g || added || dismissed != "" {
		if og != g {
			if err := mergeGroups(ctx, tx, g, og); err != nil {
				return err
			}
			if err := refuseDismissedInGroup(ctx, tx, g, c.ID, claims.TargetClaim, o.ID); err != nil {
				return err
			}
		}
		for _, ev := range [][2]string{{c.ID, o.ID}, {o.ID, c.ID}} {
			if err := appendEvent(ctx, tx, &claims.Event{ClaimID: ev[0], At: now(), Actor: actor,
				Field: claims.FieldLinked, Old: dismissed, New: claims.PairClaimPrefix + ev[1]}); err != nil {
				return err
			}
		}
	}
	if !req.CopyVerdict || !o.HasVerdict() {
		return nil
	}
	return copyVerdict(ctx, tx, c, claims.ClaimUpdate{RatingID: &o.RatingID, Conclusion: &o.Conclusion},
		"claim "+o.ID, actor, nil)
}

// mergeGroups moves the claims and records of group og into group g (og is
// not g); a record both groups hold keeps its link in g. (SQLite's
// UPDATE OR IGNORE would do it in one statement; PostgreSQL has none.)
func mergeGroups(ctx context.Context, tx *Tx, g, og string) error {
	for _, q := range []string{"UPDATE claim_groups SET group_id = ? WHERE group_id = ?",
		`INSERT INTO group_records (group_id, record_id, linked_at, linked_by)
			SELECT ?, record_id, linked_at, linked_by FROM group_records WHERE group_id = ? ON CONFLICT DO NOTHING`} {
		if _, err := tx.ExecContext(ctx, q, g, og); err != nil {
			return err
		}
	}
	_, err := tx.ExecContext(ctx, "DELETE FROM group_records WHERE group_id = ?", og)
	return err
}

// copyVerdict sets the claim's verdict, adds src (when given) as context
// evidence and records where the verdict came from.
func copyVerdict(ctx context.Context, tx *Tx, c *claims.Claim, upd claims.ClaimUpdate, where, actor string,
	src *claims.Source) error {
	if upd.RatingID != nil && *upd.RatingID == "" {
		upd.RatingID = nil
	}
	if upd.Conclusion != nil && *upd.Conclusion == "" {
		upd.Conclusion = nil
	}
	if _, err := updateClaim(ctx, tx, c.ID, upd, actor); err != nil {
		return err
	}
	if src != nil && (src.URL != "" || src.Title != "") {
		if err := addSourceEvidence(ctx, tx, c.ID, src, actor); err != nil {
			return err
		}
	}
	return appendEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: now(), Actor: actor,
		Field: claims.FieldVerdictCopied, New: where})
}

// addSourceEvidence stores src and links it to the claim as context.
func addSourceEvidence(ctx context.Context, tx *Tx, claimID string, src *claims.Source, actor string) error {
	id, err := newID()
	if err != nil {
		return err
	}
	t := now()
	src.ID, src.Kind, src.CreatedAt, src.UpdatedAt, src.CreatedBy = id, claims.KindOther, t, t, actor
	if err := insertSource(ctx, tx, src); err != nil {
		return err
	}
	eid, err := newID()
	if err != nil {
		return err
	}
	e := &claims.Evidence{ID: eid, ClaimID: claimID, SourceID: src.ID, Stance: claims.StanceContext,
		Note: "earlier fact-check", CreatedAt: t, CreatedBy: actor, UpdatedAt: t}
	if err := insertEvidence(ctx, tx, e); err != nil {
		return err
	}
	return evidenceEvent(ctx, tx, claimID, actor, nil, e)
}
