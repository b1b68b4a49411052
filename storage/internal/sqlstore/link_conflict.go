package sqlstore

import (
	"context"

	"claimdesk/claims"
)

// A link joins groups, so it can make a pair the same claim that a checker
// dismissed as not the same without naming it: with X and Y dismissed,
// linking Y to Z and then X to Z puts X and Y in one group. Dismissing a
// linked pair is refused (Dismiss); so is such a link (refuseDismissedInGroup),
// naming the dismissal, so that no pair ends both linked and dismissed
// (LinkedAndDismissed) by ordinary steps. Only the pair being linked
// itself loses its dismissal (dropDismissal): that is the checker's
// decision about that very pair.

// groupDismissalSQL selects a dismissal both of whose sides are in group ?:
// two of its claims, or one of its claims and one of its records.
const groupDismissalSQL = `SELECT d.claim_id, d.target_kind, d.target_id, d.dismissed_by, d.dismissed_at
	FROM match_dismissals d JOIN claim_groups a ON a.claim_id = d.claim_id AND a.group_id = ?
	WHERE (d.target_kind = 'claim' AND EXISTS (SELECT 1 FROM claim_groups b WHERE b.group_id = a.group_id AND b.claim_id = d.target_id))
	OR (d.target_kind = 'record' AND EXISTS (SELECT 1 FROM group_records r WHERE r.group_id = a.group_id AND r.record_id = d.target_id))
	ORDER BY d.dismissed_at, d.claim_id LIMIT 1`

// refuseDismissedInGroup fails with ECONFLICT when group g, as the link of
// claimID to kind targetID has just made it in tx, holds a dismissed pair;
// the caller's transaction is then rolled back, so the link is not made.
// The caller asks only when the link changed the group: a link made again
// changes nothing, whatever a database from before holds
// (LinkedAndDismissed lists that).
func refuseDismissedInGroup(ctx context.Context, tx *Tx, g, claimID, kind, targetID string) error {
	var a, dKind, b, by, at string
	err := tx.QueryRowContext(ctx, groupDismissalSQL, g).Scan(&a, &dKind, &b, &by, &at)
	if errNoRows(err) {
		return nil
	}
	if err != nil {
		return err
	}
	when := at
	if t, err := ParseTime(at); err == nil {
		when = t.UTC().Format(claims.DismissalLayout)
	}
	return claims.Errorf(claims.ECONFLICT, claims.DismissedInGroupFormat, a, dKind, b, by, when, claimID, kind, targetID)
}
