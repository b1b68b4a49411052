package sqlite

import (
	"context"
	"database/sql/driver"
	"strings"
	"time"

	"claimdesk/claims"

	"github.com/google/uuid"
	"modernc.org/sqlite"
)

// byReference is the stored new value of a "created" event that refers to
// its claim instead of copying the text (0006_created_by_reference.sql):
// one NUL character, which no real text is.
const byReference = "\x00"

// HistoryView is the view of every history event as recorded, with the
// columns of the events table: the rows of events and the compact "created"
// events of 0009_compact.sql. A copy to another database reads it
// instead of the table (with EventNewSQL for the new value).
const HistoryView = "history"

// EventNewSQL is the new value of an event e (the events table under
// the alias e) as read: a "created" event stored by reference reads as the
// text the claim was created with. A copy to another database reads it so.
const EventNewSQL = eventNew

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
// eventNew) instead of a second copy of the text, and without a row of its
// own (0009_compact.sql): a created_events row without ID stands for it,
// the rest being the claim's own created_at and created_by (which must then
// be t and actor) and its ID derived from the claim's (createdEventID).
// When the seq it would read as in history, -claim_seq, is taken (a copy
// may bring such rows), it is an ordinary event.
func appendCreated(ctx context.Context, tx querier, c *claims.Claim, t time.Time, actor string) error {
	ev := &claims.Event{ClaimID: c.ID, At: t, Actor: actor, Field: claims.FieldCreated, New: c.Text}
	if !c.CreatedAt.Equal(t) || c.CreatedBy != actor {
		return insertEvent(ctx, tx, ev, byReference)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO created_events (claim_seq, id) SELECT c.seq, NULL FROM claims c
		WHERE c.id = ? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = -c.seq)`, c.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	return insertEvent(ctx, tx, ev, byReference)
}

// createdNS is the namespace of the name-based IDs of the created events
// that created_events holds without an ID.
var createdNS = uuid.MustParse("8c4d2f0e-6a1b-4e57-b3c9-2d7e5f1a9c04")

// createdEventID is the ID of the created event of the claim claimID that
// created_events holds as id: those 16 bytes, or when NULL derived from
// the claim's ID.
func createdEventID(id any, claimID string) string {
	if b, ok := id.([]byte); ok && len(b) == 16 {
		return uuid.UUID(b).String()
	}
	return uuid.NewSHA1(createdNS, []byte(claimID)).String()
}

func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_created_event_id", 2,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			claimID, _ := args[1].(string)
			return createdEventID(args[0], claimID), nil
		})
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
	_, err := tx.ExecContext(ctx, "INSERT INTO events (id, claim_id, kind, at, actor, field, old, new, imported) VALUES (?,?,?,?,?,?,?,?,?)",
		ev.ID, ev.ClaimID, string(ev.RecordKind()), fmtTime(ev.At), ev.Actor, ev.Field, ev.Old, stored, ev.Imported)
	return err
}

// ClaimHistory returns the events of a claim, oldest first.
func (s *store) ClaimHistory(ctx context.Context, claimID string) ([]*claims.Event, error) {
	var evs []*claims.Event
	err := s.read(ctx, "load the claim's history", func(tx querier) (err error) {
		evs, err = recordEvents(ctx, tx, claimID, claims.RecordClaim)
		if err == nil && len(evs) == 0 {
			err = claims.Errorf(claims.ENOTFOUND, "Claim %s has no history: it was not found.", claimID)
		}
		return err
	})
	return evs, err
}

// recordKinds maps each record kind to its table.
var recordKinds = []struct {
	kind  claims.RecordKind
	table string
}{
	{claims.RecordClaim, "claims"}, {claims.RecordArticle, "articles"}, {claims.RecordSource, "sources"},
	{claims.RecordEvidence, "evidence"}, {claims.RecordScale, "scales"},
}

// RecordHistory returns the events of any record, oldest first.
func (s *store) RecordHistory(ctx context.Context, id string) (claims.RecordKind, []*claims.Event, error) {
	var kind claims.RecordKind
	var evs []*claims.Event
	err := s.read(ctx, "load the history", func(tx querier) error {
		for _, rk := range recordKinds {
			if err := mustExist(ctx, tx, map[string]bool{}, rk.table, id, "%s"); err == nil {
				kind = rk.kind
				break
			} else if claims.ErrorCode(err) != claims.ENOTFOUND {
				return err
			}
		}
		var err error
		if evs, err = recordEvents(ctx, tx, id, ""); err != nil {
			return err
		}
		if kind == "" && len(evs) > 0 {
			kind = evs[0].RecordKind()
		}
		if kind == "" {
			return claims.Errorf(claims.ENOTFOUND, "Record %s was not found, and it has no history.", id)
		}
		return nil
	})
	return kind, evs, err
}

// recordEvents returns the events of record id, oldest first; kind ""
// means of any kind.
func recordEvents(ctx context.Context, tx querier, id string, kind claims.RecordKind) ([]*claims.Event, error) {
	q := `SELECT e.id, e.claim_id, e.kind, e.at, e.actor, e.field, e.old, ` + eventNew + `, e.imported FROM history e WHERE e.claim_id = ?`
	args := []any{id}
	if kind != "" {
		q += " AND e.kind = ?"
		args = append(args, string(kind))
	}
	rows, err := tx.QueryContext(ctx, q+" ORDER BY e.at, e.seq", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Event
	for rows.Next() {
		var ev claims.Event
		var at, k string
		if err := rows.Scan(&ev.ID, &ev.ClaimID, &k, &at, &ev.Actor, &ev.Field, &ev.Old, &ev.New, &ev.Imported); err != nil {
			return nil, err
		}
		if ev.At, err = parseTime(at); err != nil {
			return nil, err
		}
		if k != string(claims.RecordClaim) {
			ev.Kind = claims.RecordKind(k)
		}
		out = append(out, &ev)
	}
	return out, rows.Err()
}

// syncOrigins are the origins of versions that were current here; they are
// what KnownVersions reports and what a bundle's Versions is matched against.
const syncOrigins = `('imported', 'matched', 'replaced', 'taken')`

// KnownVersions returns the versions of the records ids that were current
// here when a merge met them.
func (s *store) KnownVersions(ctx context.Context, ids []string) ([]*claims.VersionRef, error) {
	var out []*claims.VersionRef
	err := s.read(ctx, "load the known versions", func(tx querier) error {
		const chunk = 500
		for len(ids) > 0 {
			n := min(chunk, len(ids))
			args := make([]any, n)
			for i, id := range ids[:n] {
				args[i] = id
			}
			ids = ids[n:]
			rows, err := tx.QueryContext(ctx, `SELECT kind, record_id, hash FROM versions
				WHERE origin IN `+syncOrigins+` AND record_id IN (?`+strings.Repeat(",?", n-1)+`) ORDER BY seq`, args...)
			if err != nil {
				return err
			}
			for rows.Next() {
				var v claims.VersionRef
				if err := rows.Scan(&v.Kind, &v.RecordID, &v.Hash); err != nil {
					rows.Close()
					return err
				}
				out = append(out, &v)
			}
			err = rows.Err()
			if cerr := rows.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}
