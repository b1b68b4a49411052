package sqlstore

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// bothSQL selects the dismissals d whose pair is linked as the same claim
// too: a record in the claim's group, or two claims in one group.
const bothSQL = `SELECT d.claim_id, d.target_kind, d.target_id, d.dismissed_by, d.dismissed_at FROM match_dismissals d
	WHERE (d.target_kind = 'record' AND EXISTS (SELECT 1 FROM claim_groups a JOIN group_records r
		ON r.group_id = a.group_id WHERE a.claim_id = d.claim_id AND r.record_id = d.target_id))
	OR (d.target_kind = 'claim' AND EXISTS (SELECT 1 FROM claim_groups a JOIN claim_groups b
		ON b.group_id = a.group_id WHERE a.claim_id = d.claim_id AND b.claim_id = d.target_id))
	ORDER BY d.claim_id, d.target_kind, d.target_id`

// LinkedAndDismissed lists the pairs both linked and dismissed, with when
// and by whom each was done; see claims.ArchiveService.
func (s *Store) LinkedAndDismissed(ctx context.Context) ([]*claims.PairConflict, error) {
	var out []*claims.PairConflict
	err := s.read(ctx, "check the linked and dismissed pairs", func(tx *Tx) error {
		var err error
		if out, err = bothRows(ctx, tx); err != nil {
			return err
		}
		for _, p := range out {
			if err := whenLinked(ctx, tx, p); err != nil {
				return err
			}
			where, args := pairLinkWhere(p.ClaimID, p.Kind, p.TargetID)
			var n int
			if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM group_links WHERE "+where, args...).Scan(&n); err != nil {
				return err
			}
			p.Through = n == 0
		}
		return nil
	})
	return out, err
}

// bothRows reads the dismissals of linked pairs.
func bothRows(ctx context.Context, tx *Tx) ([]*claims.PairConflict, error) {
	rows, err := tx.QueryContext(ctx, bothSQL)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.PairConflict
	for rows.Next() {
		p := &claims.PairConflict{}
		var at string
		if err := rows.Scan(&p.ClaimID, &p.Kind, &p.TargetID, &p.DismissedBy, &at); err != nil {
			return nil, err
		}
		if p.DismissedAt, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// whenLinked fills in who linked the pair and when: the newest "linked"
// event of either claim that names the other side, else (a record linked
// through another claim of the group) the record's link to the group.
func whenLinked(ctx context.Context, tx *Tx, p *claims.PairConflict) error {
	names := [][2]string{{p.ClaimID, claims.PairRecordPrefix + p.TargetID + ":"}}
	if p.Kind == claims.TargetClaim {
		names = [][2]string{{p.ClaimID, claims.PairClaimPrefix + p.TargetID}, {p.TargetID, claims.PairClaimPrefix + p.ClaimID}}
	}
	for _, n := range names {
		if err := linkEvents(ctx, tx, p, n[0], n[1]); err != nil {
			return err
		}
	}
	if p.LinkedAt.IsZero() && p.Kind == claims.TargetRecord {
		return recordLinkTime(ctx, tx, p)
	}
	return nil
}

// linkEvents takes the newest "linked" event of claimID whose New is
// target (or, for a record, starts with "record ID:") into p.
func linkEvents(ctx context.Context, tx *Tx, p *claims.PairConflict, claimID, target string) error {
	rows, err := tx.QueryContext(ctx, `SELECT actor, at, new FROM events WHERE claim_id = ? AND field = ?`, claimID, claims.FieldLinked)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var actor, at, desc string
		if err := rows.Scan(&actor, &at, &desc); err != nil {
			return err
		}
		if desc != target && !(strings.HasSuffix(target, ":") && strings.HasPrefix(desc, target)) {
			continue
		}
		if t, err := parseTime(at); err == nil && t.After(p.LinkedAt) {
			p.LinkedAt, p.LinkedBy = t, actor
		}
	}
	return rows.Err()
}

// recordLinkTime takes when the record was linked to the claim's group.
func recordLinkTime(ctx context.Context, tx *Tx, p *claims.PairConflict) error {
	var by, at string
	err := tx.QueryRowContext(ctx, `SELECT r.linked_by, r.linked_at FROM claim_groups a JOIN group_records r
		ON r.group_id = a.group_id WHERE a.claim_id = ? AND r.record_id = ?`, p.ClaimID, p.TargetID).Scan(&by, &at)
	if errNoRows(err) {
		return nil
	}
	if err != nil {
		return err
	}
	p.LinkedBy = by
	p.LinkedAt, err = parseTime(at)
	return err
}
