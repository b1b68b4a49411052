package sqlstore

import (
	"context"
	"fmt"
	"sort"

	"claimdesk/claims"
)

// A claim and a target (an archive record or another claim) are either
// linked as the same claim (Link) or dismissed as not the same (Dismiss),
// never both. Two checkers may do the two at the same moment; lockPair
// makes such writers of one pair run one after the other, and each checks
// the other's result inside its own transaction.

// lockPair ensures the group rows of the claims of a pair (claimID, and
// targetID when it is a claim) and updates them, in ID order, so that two
// transactions writing the same pair never both commit from a stale view:
// SQLite runs one writer at a time anyway; on PostgreSQL (REPEATABLE READ)
// the later of two such transactions fails to serialise and is retried,
// and then sees the earlier one's result. Both claims must exist.
func lockPair(ctx context.Context, tx *Tx, claimID, kind, targetID string) error {
	ids := []string{claimID}
	if kind == claims.TargetClaim && targetID != claimID {
		ids = append(ids, targetID)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if _, err := tx.ExecContext(ctx, `INSERT INTO claim_groups (claim_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, id, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE claim_groups SET group_id = group_id WHERE claim_id = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

// pairLinked reports whether claimID and the target share a group.
func pairLinked(ctx context.Context, tx *Tx, claimID, kind, targetID string) (bool, error) {
	q := `SELECT count(*) FROM claim_groups a JOIN claim_groups b ON b.group_id = a.group_id
		WHERE a.claim_id = ? AND b.claim_id = ?`
	if kind == claims.TargetRecord {
		q = `SELECT count(*) FROM claim_groups a JOIN group_records b ON b.group_id = a.group_id
			WHERE a.claim_id = ? AND b.record_id = ?`
	}
	var n int
	err := tx.QueryRowContext(ctx, q, claimID, targetID).Scan(&n)
	return n > 0, err
}

// dismissalWhere selects the dismissals of a pair: of two claims, either
// way round (Dismissed reads them so).
func dismissalWhere(claimID, kind, targetID string) (string, []any) {
	where, args := "claim_id = ? AND target_kind = ? AND target_id = ?", []any{claimID, kind, targetID}
	if kind == claims.TargetClaim {
		where = "(" + where + ") OR (claim_id = ? AND target_kind = 'claim' AND target_id = ?)"
		args = append(args, targetID, claimID)
	}
	return where, args
}

// dropDismissal removes the dismissal of a pair that is being linked and
// describes it for the "linked" history event ("" when there was none),
// so that a link made by one checker over another's dismissal says so.
func dropDismissal(ctx context.Context, tx *Tx, claimID, kind, targetID string) (string, error) {
	where, args := dismissalWhere(claimID, kind, targetID)
	var by, at string
	err := tx.QueryRowContext(ctx, `SELECT dismissed_by, dismissed_at FROM match_dismissals WHERE `+where+
		` ORDER BY dismissed_at LIMIT 1`, args...).Scan(&by, &at)
	if errNoRows(err) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM match_dismissals WHERE `+where, args...); err != nil {
		return "", err
	}
	when := at
	if t, err := ParseTime(at); err == nil {
		when = t.Format("2006-01-02 15:04 UTC")
	}
	return fmt.Sprintf("dismissed as not the same by %s at %s", by, when), nil
}
