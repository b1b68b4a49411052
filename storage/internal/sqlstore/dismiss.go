package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// Group returns what a claim is linked to.
func (s *Store) Group(ctx context.Context, claimID string) (*claims.Group, error) {
	g := &claims.Group{}
	err := s.read(ctx, "load the claim's group", func(tx *Tx) error {
		if _, err := findClaimByID(ctx, tx, claimID); err != nil {
			return err
		}
		var err error
		g.ClaimIDs, err = strings1(ctx, tx, `SELECT o.claim_id FROM claim_groups c JOIN claim_groups o
			ON o.group_id = c.group_id AND o.claim_id <> c.claim_id WHERE c.claim_id = ? ORDER BY o.claim_id`, claimID)
		if err != nil {
			return err
		}
		g.RecordIDs, err = strings1(ctx, tx, `SELECT r.record_id FROM claim_groups c JOIN group_records r
			ON r.group_id = c.group_id WHERE c.claim_id = ? ORDER BY r.linked_at, r.record_id`, claimID)
		return err
	})
	return g, err
}

// strings1 runs a query returning one text column.
func strings1(ctx context.Context, tx *Tx, q string, args ...any) ([]string, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Dismiss records that a claim and a target are not the same, in the
// history of the claim (of both claims, for two); a pair linked as the
// same claim is refused (ECONFLICT), also when the link is being made at
// the same moment (lockPair). A pair dismissed already changes nothing.
func (s *Store) Dismiss(ctx context.Context, claimID, kind, targetID string) error {
	return s.write(ctx, "dismiss the match", func(tx *Tx) error {
		desc, err := openPair(ctx, tx, claimID, kind, targetID)
		if err != nil {
			return err
		}
		if linked, err := pairLinked(ctx, tx, claimID, kind, targetID); err != nil || linked {
			if err == nil {
				err = claims.Errorf(claims.ECONFLICT, "Claim %s is linked to %s %s as the same claim; it cannot also be dismissed as not the same.", claimID, kind, targetID)
			}
			return err
		}
		if done, err := pairDismissed(ctx, tx, claimID, kind, targetID); err != nil || done {
			return err
		}
		actor := s.actor(ctx)
		if _, err := tx.ExecContext(ctx, `INSERT INTO match_dismissals (claim_id, target_kind, target_id,
			dismissed_at, dismissed_by) VALUES (?,?,?,?,?)`, claimID, kind, targetID, fmtTime(now()), actor); err != nil {
			return err
		}
		return pairEvents(ctx, tx, claimID, kind, targetID, desc, claims.FieldDismissed, "", actor)
	})
}

// Dismissed returns the targets dismissed for a claim, by claims.TargetKey.
// A dismissal between two claims holds in both directions.
func (s *Store) Dismissed(ctx context.Context, claimID string) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.read(ctx, "load the dismissed matches", func(tx *Tx) error {
		keys, err := strings1(ctx, tx, `SELECT target_kind || ':' || target_id FROM match_dismissals WHERE claim_id = ?
			UNION SELECT 'claim:' || claim_id FROM match_dismissals WHERE target_kind = 'claim' AND target_id = ?`,
			claimID, claimID)
		for _, k := range keys {
			out[k] = true
		}
		return err
	})
	return out, err
}

// linkedSQL is true for a claim_groups row g whose group holds an archive
// record or another claim.
const linkedSQL = `(EXISTS (SELECT 1 FROM group_records r WHERE r.group_id = g.group_id) OR
	EXISTS (SELECT 1 FROM claim_groups o WHERE o.group_id = g.group_id AND o.claim_id <> g.claim_id))`

// EarlierCheckSQL is the ClaimFilter.EarlierCheck condition on claims c.
func EarlierCheckSQL(linked bool) string {
	cond := "EXISTS (SELECT 1 FROM claim_groups g WHERE g.claim_id = c.id AND " + linkedSQL + ")"
	if !linked {
		cond = "NOT " + cond
	}
	return cond
}

// ClaimsWithEarlierCheck returns the claims linked to a record or a claim.
func (s *Store) ClaimsWithEarlierCheck(ctx context.Context) (map[string]bool, error) {
	out := map[string]bool{}
	err := s.read(ctx, "load the linked claims", func(tx *Tx) error {
		ids, err := strings1(ctx, tx, "SELECT g.claim_id FROM claim_groups g WHERE "+linkedSQL)
		for _, id := range ids {
			out[id] = true
		}
		return err
	})
	return out, err
}
