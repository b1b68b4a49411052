package sqlstore

import (
	"context"
	"sort"

	"claimdesk/claims"
)

// Undismiss takes back the dismissal of a pair (either way round for two
// claims) and records it in the history of the claim (of both claims, for
// two), Old saying whose dismissal it was; see claims.ArchiveService.
func (s *Store) Undismiss(ctx context.Context, claimID, kind, targetID string) error {
	return s.write(ctx, "take back the dismissal", func(tx *Tx) error {
		desc, err := openPair(ctx, tx, claimID, kind, targetID)
		if err != nil {
			return err
		}
		was, err := dropDismissal(ctx, tx, claimID, kind, targetID)
		if err != nil {
			return err
		}
		if was == "" {
			return claims.Errorf(claims.ENOTFOUND, "Claim %s and %s %s were not dismissed as not the same.", claimID, kind, targetID)
		}
		return pairEvents(ctx, tx, claimID, kind, targetID, desc, claims.FieldUndismissed, was, s.actor(ctx))
	})
}

// Dismissals lists the pairs dismissed for a claim, newest first; a record
// or claim no longer there is listed without text.
func (s *Store) Dismissals(ctx context.Context, claimID string) ([]*claims.Dismissal, error) {
	var out []*claims.Dismissal
	err := s.read(ctx, "load the dismissed matches", func(tx *Tx) error {
		if _, err := findClaimByID(ctx, tx, claimID); err != nil {
			return err
		}
		var err error
		if out, err = dismissalRows(ctx, tx, claimID); err != nil {
			return err
		}
		for _, d := range out {
			if err := describeDismissed(ctx, tx, d); err != nil {
				return err
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, err
}

// dismissalRows reads the dismissals of a claim, both ways round for two
// claims, without the targets' texts.
func dismissalRows(ctx context.Context, tx *Tx, claimID string) ([]*claims.Dismissal, error) {
	rows, err := tx.QueryContext(ctx, `SELECT target_kind, target_id, dismissed_by, dismissed_at FROM match_dismissals
		WHERE claim_id = ? UNION SELECT 'claim', claim_id, dismissed_by, dismissed_at FROM match_dismissals
		WHERE target_kind = 'claim' AND target_id = ?`, claimID, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Dismissal
	for rows.Next() {
		d := &claims.Dismissal{}
		var at string
		if err := rows.Scan(&d.Kind, &d.TargetID, &d.By, &at); err != nil {
			return nil, err
		}
		if d.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// describeDismissed fills in the text (and a record's provenance) of a
// dismissed target (Links uses it for a linked one), leaving them empty
// when it is gone.
func describeDismissed(ctx context.Context, tx *Tx, d *claims.Dismissal) error {
	if d.Kind == claims.TargetClaim {
		c, err := findClaimByID(ctx, tx, d.TargetID)
		if claims.ErrorCode(err) == claims.ENOTFOUND {
			return nil
		}
		if err == nil {
			d.Text = c.Text
		}
		return err
	}
	r, err := findRecord(ctx, tx, d.TargetID)
	if claims.ErrorCode(err) == claims.ENOTFOUND {
		return nil
	}
	if err != nil {
		return err
	}
	d.Text = r.Text
	var archive string
	if err := tx.QueryRowContext(ctx, "SELECT name FROM archives WHERE id = ?", r.ArchiveID).Scan(&archive); err != nil {
		return err
	}
	d.Where = archive
	if r.Publisher != "" && r.Publisher != archive {
		d.Where += " · " + r.Publisher
	}
	return nil
}
