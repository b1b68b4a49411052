package sqlstore

import (
	"context"
	"sort"

	"claimdesk/claims"
)

// Links are kept pair by pair in group_links (a claim pair once, either
// way round); a group is what they join. Unlink removes one pair and
// splits the group where no other link holds its members together.

// pairLinkWhere selects the row of a pair in group_links: of two claims,
// either way round.
func pairLinkWhere(claimID, kind, targetID string) (string, []any) {
	where, args := "claim_id = ? AND target_kind = ? AND target_id = ?", []any{claimID, kind, targetID}
	if kind == claims.TargetClaim {
		where = "(" + where + ") OR (claim_id = ? AND target_kind = 'claim' AND target_id = ?)"
		args = append(args, targetID, claimID)
	}
	return where, args
}

// addPairLink records that the pair was linked by actor now; added is
// false when it was linked before.
func addPairLink(ctx context.Context, tx *Tx, claimID, kind, targetID, actor string) (added bool, err error) {
	where, args := pairLinkWhere(claimID, kind, targetID)
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM group_links WHERE "+where, args...).Scan(&n); err != nil || n > 0 {
		return false, err
	}
	if kind == claims.TargetClaim && targetID < claimID {
		claimID, targetID = targetID, claimID
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO group_links (claim_id, target_kind, target_id, linked_at, linked_by)
		VALUES (?,?,?,?,?)`, claimID, kind, targetID, fmtTime(now()), actor)
	return err == nil, err
}

// Unlink takes back the link of a pair, splits its group where nothing
// else holds it together, and records it in the history of the claim (of
// both claims, for two), Old saying whose link it was; see
// claims.ArchiveService.
func (s *Store) Unlink(ctx context.Context, claimID, kind, targetID string) error {
	return s.write(ctx, "take back the link", func(tx *Tx) error {
		if kind == claims.TargetClaim && targetID == claimID {
			return claims.Errorf(claims.EINVALID, "A claim cannot be linked to itself.")
		}
		desc, err := openPair(ctx, tx, claimID, kind, targetID)
		if err != nil {
			return err
		}
		was, err := dropPairLink(ctx, tx, claimID, kind, targetID)
		if err != nil {
			return err
		}
		if was == "" {
			if linked, err := pairLinked(ctx, tx, claimID, kind, targetID); err != nil || linked {
				if err == nil {
					err = claims.Errorf(claims.ENOTFOUND, "Claim %s and %s %s were not linked to each other; they are in one group only through other links.", claimID, kind, targetID)
				}
				return err
			}
			return claims.Errorf(claims.ENOTFOUND, "Claim %s and %s %s are not linked.", claimID, kind, targetID)
		}
		g, err := groupOf(ctx, tx, claimID)
		if err != nil {
			return err
		}
		if err := regroup(ctx, tx, g, claimID); err != nil {
			return err
		}
		return pairEvents(ctx, tx, claimID, kind, targetID, desc, claims.FieldUnlinked, was, s.actor(ctx))
	})
}

// dropPairLink removes the link of a pair and describes it for the history
// event (claims.LinkText); "" when the pair was not linked to each other.
func dropPairLink(ctx context.Context, tx *Tx, claimID, kind, targetID string) (string, error) {
	where, args := pairLinkWhere(claimID, kind, targetID)
	var by, at string
	err := tx.QueryRowContext(ctx, "SELECT linked_by, linked_at FROM group_links WHERE "+where+
		" ORDER BY linked_at LIMIT 1", args...).Scan(&by, &at)
	if errNoRows(err) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM group_links WHERE "+where, args...); err != nil {
		return "", err
	}
	when := at
	if t, err := ParseTime(at); err == nil && !t.IsZero() {
		when = t.UTC().Format(claims.DismissalLayout)
	}
	return claims.LinkText(by, when), nil
}

// Links lists the links made to or from a claim, newest first; a record or
// claim no longer there is left out.
func (s *Store) Links(ctx context.Context, claimID string) ([]*claims.PairLink, error) {
	var out []*claims.PairLink
	err := s.read(ctx, "load the claim's links", func(tx *Tx) error {
		if _, err := findClaimByID(ctx, tx, claimID); err != nil {
			return err
		}
		rows, err := linkRows(ctx, tx, claimID)
		if err != nil {
			return err
		}
		for _, l := range rows {
			d := &claims.Dismissal{Kind: l.Kind, TargetID: l.TargetID}
			if err := describeDismissed(ctx, tx, d); err != nil {
				return err
			}
			if d.Text != "" {
				l.Text, l.Where = d.Text, d.Where
				out = append(out, l)
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out, err
}

// linkRows reads the links of a claim, both ways round for two claims,
// without the targets' texts.
func linkRows(ctx context.Context, tx *Tx, claimID string) ([]*claims.PairLink, error) {
	rows, err := tx.QueryContext(ctx, `SELECT target_kind, target_id, linked_by, linked_at FROM group_links
		WHERE claim_id = ? UNION SELECT 'claim', claim_id, linked_by, linked_at FROM group_links
		WHERE target_kind = 'claim' AND target_id = ?`, claimID, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.PairLink
	for rows.Next() {
		l := &claims.PairLink{}
		var at string
		if err := rows.Scan(&l.Kind, &l.TargetID, &l.By, &at); err != nil {
			return nil, err
		}
		if l.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
