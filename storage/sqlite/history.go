package sqlite

import (
	"context"
	"time"

	"claimdesk/claims"
)

// byReference is the stored new value of a "created" event that refers to
// its claim instead of copying the text (0007_created_by_reference.sql):
// one NUL character, which no real text is.
const byReference = "\x00"

// eventNew is the new value of an event e as read: a "created" event
// stored by reference reads as the text the claim was created with.
const eventNew = `CASE WHEN e.field = 'created' AND e.new = char(0) THEN COALESCE(
	(SELECT t.text FROM created_texts t WHERE t.claim_id = e.claim_id),
	(SELECT c.text FROM claims c WHERE c.id = e.claim_id), '') ELSE e.new END`

// appendEvent adds ev to history, giving it an ID when it has none.
func appendEvent(ctx context.Context, tx querier, ev *claims.Event) error {
	return insertEvent(ctx, tx, ev, ev.New)
}

// appendCreated adds the "created" event of claim c, just stored, made at
// t by actor. It is stored by reference to the claim (byReference, see
// eventNew) instead of a second copy of the text.
func appendCreated(ctx context.Context, tx querier, c *claims.Claim, t time.Time, actor string) error {
	return insertEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: t, Actor: actor, Field: claims.FieldCreated, New: c.Text}, byReference)
}

// insertEvent stores ev with stored as its new value.
func insertEvent(ctx context.Context, tx querier, ev *claims.Event, stored string) error {
	if ev.ID == "" {
		id, err := newID()
		if err != nil {
			return err
		}
		ev.ID = id
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO events (id, claim_id, at, actor, field, old, new) VALUES (?,?,?,?,?,?,?)",
		ev.ID, ev.ClaimID, fmtTime(ev.At), ev.Actor, ev.Field, ev.Old, stored)
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
	rows, err := tx.QueryContext(ctx, `SELECT id, claim_id, at, actor, field, old, `+eventNew+` FROM events e
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
