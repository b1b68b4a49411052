package sqlstore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"claimdesk/claims"
)

// A claim and a target (an archive record or another claim) are either
// linked as the same claim (Link) or dismissed as not the same (Dismiss),
// never both, also through their groups (link_conflict.go). Two checkers
// may do the two at the same moment; lockPair makes such writers of one
// group run one after the other, and each checks the other's result
// inside its own transaction.

// openPair opens the work on a pair in tx: it checks that the claim and
// the target exist, describes the target for the history (pairTarget) and
// locks the pair (lockPair).
func openPair(ctx context.Context, tx *Tx, claimID, kind, targetID string) (string, error) {
	if _, err := findClaimByID(ctx, tx, claimID); err != nil {
		return "", err
	}
	desc, err := pairTarget(ctx, tx, kind, targetID)
	if err != nil {
		return "", err
	}
	return desc, lockPair(ctx, tx, claimID, kind, targetID)
}

// lockPair ensures the group rows of the claims of a pair (claimID, and
// targetID when it is a claim) and then updates every row of their groups
// in claim ID order, so that two transactions writing pairs of one group
// never both commit from a stale view. "Linked" is a matter of groups, not
// of pairs: linking claim A to record R links every claim of A's group to
// R, so a checker dismissing claim B of that group and R at the same moment
// must wait for the link and see it (locking only the two claims let both
// commit: UnlinkRace on PostgreSQL, one run in about fifteen). One order
// for all rows keeps two such writers from waiting for each other. SQLite
// runs one writer at a time anyway; on PostgreSQL (REPEATABLE READ) the
// later of two such transactions fails to serialise and is retried, and
// then sees the earlier one's result. Both claims must exist.
func lockPair(ctx context.Context, tx *Tx, claimID, kind, targetID string) error {
	ids := []any{claimID}
	if kind == claims.TargetClaim && targetID != claimID {
		ids = append(ids, targetID)
	}
	for _, id := range ids {
		if err := ensureGroupRow(ctx, tx, id.(string)); err != nil {
			return err
		}
	}
	members, err := strings1(ctx, tx, `SELECT claim_id FROM claim_groups WHERE group_id IN
		(SELECT group_id FROM claim_groups WHERE claim_id IN (?`+strings.Repeat(",?", len(ids)-1)+`)) ORDER BY claim_id`, ids...)
	if err != nil {
		return err
	}
	sort.Strings(members) // the same order whatever the database's collation
	for _, id := range members {
		if _, err := tx.ExecContext(ctx, `UPDATE claim_groups SET group_id = group_id WHERE claim_id = ?`, id); err != nil {
			return err
		}
	}
	return nil
}

// ensureGroupRow gives a claim its group of one when it has no group row
// yet; a row there already is left alone (inserting over it would make
// PostgreSQL wait for whoever holds it, out of lockPair's order).
func ensureGroupRow(ctx context.Context, tx *Tx, claimID string) error {
	var n int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM claim_groups WHERE claim_id = ?", claimID).Scan(&n); err != nil || n > 0 {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO claim_groups (claim_id, group_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, claimID, claimID)
	return err
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

// dropDismissal removes the dismissal of a pair that is being linked (or
// whose dismissal is taken back) and describes it for the history event
// ("" when there was none), so that a link made by one checker over
// another's dismissal says so.
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
	return dismissalText(by, at), nil
}

// dismissalText describes a dismissal by its actor and stored time.
func dismissalText(by, at string) string {
	when := at
	if t, err := ParseTime(at); err == nil {
		when = t.UTC().Format(claims.DismissalLayout)
	}
	return claims.DismissalText(by, when)
}

// pairDismissed reports whether the pair is dismissed, either way round
// for two claims.
func pairDismissed(ctx context.Context, tx *Tx, claimID, kind, targetID string) (bool, error) {
	where, args := dismissalWhere(claimID, kind, targetID)
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM match_dismissals WHERE `+where, args...).Scan(&n)
	return n > 0, err
}

// pairEvents writes one history event of field about a pair: on the claim,
// New naming the target (desc), and for two claims on the other claim too,
// New naming the first.
func pairEvents(ctx context.Context, tx *Tx, claimID, kind, targetID, desc, field, old, actor string) error {
	evs := [][2]string{{claimID, desc}}
	if kind == claims.TargetClaim {
		evs = append(evs, [2]string{targetID, claims.PairClaimPrefix + claimID})
	}
	for _, ev := range evs {
		if err := appendEvent(ctx, tx, &claims.Event{ClaimID: ev[0], At: now(), Actor: actor,
			Field: field, Old: old, New: ev[1]}); err != nil {
			return err
		}
	}
	return nil
}

// pairTarget checks that the target of a pair exists and describes it for
// the history as the "linked" event does: "claim ID", or "record ID: URL
// (archive "name", publisher)".
func pairTarget(ctx context.Context, tx *Tx, kind, targetID string) (string, error) {
	switch kind {
	case claims.TargetRecord:
		r, err := findRecord(ctx, tx, targetID)
		if err != nil {
			return "", err
		}
		where, err := recordWhere(ctx, tx, r)
		return claims.PairRecordPrefix + r.ID + ": " + where, err
	case claims.TargetClaim:
		if _, err := findClaimByID(ctx, tx, targetID); err != nil {
			return "", err
		}
		return claims.PairClaimPrefix + targetID, nil
	}
	return "", claims.Errorf(claims.EINVALID, "Unknown match kind %q; use record or claim.", kind)
}

// recordWhere says where an archive record comes from: its URL, archive
// and publisher.
func recordWhere(ctx context.Context, tx *Tx, r *claims.ArchiveRecord) (string, error) {
	var archive string
	if err := tx.QueryRowContext(ctx, "SELECT name FROM archives WHERE id = ?", r.ArchiveID).Scan(&archive); err != nil {
		return "", err
	}
	return fmt.Sprintf("%s (archive %q, %s)", r.URL, archive, r.Publisher), nil
}
