package sqlite

import (
	"context"
	"database/sql/driver"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

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

// AppendCreated adds the "created" event of claim c, just stored, made at
// t by actor. It is stored by reference to the claim (byReference, see
// eventNew) instead of a second copy of the text, and without a row of its
// own (0009_compact.sql): a created_events row without ID stands for it,
// the rest being the claim's own created_at and created_by (which must then
// be t and actor) and its ID derived from the claim's (createdEventID).
// When the seq it would read as in history, -claim_seq, is taken (a copy
// may bring such rows), it is an ordinary event.
func (s *store) AppendCreated(ctx context.Context, tx *sqlstore.Tx, c *claims.Claim, t time.Time, actor string) error {
	ev := &claims.Event{ClaimID: c.ID, At: t, Actor: actor, Field: claims.FieldCreated, New: c.Text}
	if !c.CreatedAt.Equal(t) || c.CreatedBy != actor {
		return sqlstore.InsertEvent(ctx, tx, ev, byReference)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO created_events (claim_seq, id) SELECT c.seq, NULL FROM claims c
		WHERE c.id = ? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = -c.seq)`, c.ID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 1 {
		return err
	}
	return sqlstore.InsertEvent(ctx, tx, ev, byReference)
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

// init registers the SQL function claimdesk_created_event_id(id, claim_id),
// which returns createdEventID.
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_created_event_id", 2,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			claimID, _ := args[1].(string)
			return createdEventID(args[0], claimID), nil
		})
}
