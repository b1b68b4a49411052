package sqlite

import (
	"context"

	"claimdesk/claims"
)

// appendEvent adds ev to history, giving it an ID when it has none.
func appendEvent(ctx context.Context, tx querier, ev *claims.Event) error {
	if ev.ID == "" {
		id, err := newID()
		if err != nil {
			return err
		}
		ev.ID = id
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO events (id, claim_id, at, actor, field, old, new) VALUES (?,?,?,?,?,?,?)",
		ev.ID, ev.ClaimID, fmtTime(ev.At), ev.Actor, ev.Field, ev.Old, ev.New)
	return err
}

// ClaimHistory returns the events of a claim, oldest first.
func (s *store) ClaimHistory(ctx context.Context, claimID string) ([]*claims.Event, error) {
	var evs []*claims.Event
	err := s.read(ctx, "load the claim's history", func(tx querier) (err error) {
		evs, err = claimEvents(ctx, tx, claimID)
		if err == nil && len(evs) == 0 {
			err = claims.Errorf(claims.ENOTFOUND, "Claim %s has no history: it was not found.", claimID)
		}
		return err
	})
	return evs, err
}

func claimEvents(ctx context.Context, tx querier, claimID string) ([]*claims.Event, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, claim_id, at, actor, field, old, new FROM events
		WHERE claim_id = ? ORDER BY at, seq`, claimID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Event
	for rows.Next() {
		var ev claims.Event
		var at string
		if err := rows.Scan(&ev.ID, &ev.ClaimID, &at, &ev.Actor, &ev.Field, &ev.Old, &ev.New); err != nil {
			return nil, err
		}
		if ev.At, err = parseTime(at); err != nil {
			return nil, err
		}
		out = append(out, &ev)
	}
	return out, rows.Err()
}
