package sqlstore

import (
	"context"
	"time"

	"claimdesk/claims"
)

// Dialect is what the SQL text and the stored values of one backend differ
// in. It holds no state.
type Dialect interface {
	// NoLimit is how a LIMIT clause says "no limit" (-1, ALL).
	NoLimit() string
	// SameRef is the condition that the article ID columns a and b are
	// equal, written so that the backend's indexes serve it.
	SameRef(a, b string) string
	// ClaimCols selects a claim row (as c) for ScanClaim (see ClaimCols).
	ClaimCols() string
	// ClaimTime is the stored form of a claim's created_at or updated_at;
	// ParseClaimTime reads it back as scanned into an any.
	ClaimTime(t time.Time) any
	ParseClaimTime(v any) (time.Time, error)
	// EmptyList is how a claim's empty list of kinds or reasons is stored
	// ("[]" or "").
	EmptyList() string
	// BodyColumns are the columns an article's body is stored in, and
	// BodyValues their values for body.
	BodyColumns() []string
	BodyValues(body string) []any
	// HistorySource names what a history read selects from (a table or
	// view, aliased e) and the expression of an event's new value.
	HistorySource() (table, newValue string)
}

// Hooks are the steps of a transaction that each backend does its own
// way. They run in the transaction tx they are given.
type Hooks interface {
	SnapshotStore

	// FindClaimsIn returns the claims f selects, in its order, and how many
	// there are without its offset and limit.
	FindClaimsIn(ctx context.Context, tx *Tx, f claims.ClaimFilter) ([]*claims.Claim, int, error)
	// InsertClaims runs insert, which stores n new claims.
	InsertClaims(ctx context.Context, tx *Tx, n int, insert func() error) error
	// AppendCreated adds the "created" event of claim c, just stored, made
	// at t by actor (with InsertEvent, or a compact form of its own).
	AppendCreated(ctx context.Context, tx *Tx, c *claims.Claim, t time.Time, actor string) error
}
