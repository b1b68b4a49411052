package postgres

import (
	"context"
	"fmt"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// dialect is PostgreSQL's sqlstore.Dialect.
type dialect struct{}

// noLimit is how a LIMIT clause says "no limit".
const noLimit = "ALL"

// claimCols selects a claim row (as c) with its tags as a JSON array.
var claimCols = sqlstore.ClaimCols(`(SELECT COALESCE(json_agg(t.tag ORDER BY t.position), '[]')::text FROM claim_tags t WHERE t.claim_id = c.id)`)

// NoLimit is ALL.
func (dialect) NoLimit() string { return noLimit }

// SameRef is a plain comparison.
func (dialect) SameRef(a, b string) string { return a + " = " + b }

// ClaimCols is claimCols.
func (dialect) ClaimCols() string { return claimCols }

// ClaimTime is RFC 3339 text, like every time.
func (dialect) ClaimTime(t time.Time) any { return sqlstore.FmtTime(t) }

// ParseClaimTime reads RFC 3339 text.
func (dialect) ParseClaimTime(v any) (time.Time, error) {
	switch x := v.(type) {
	case string:
		return sqlstore.ParseTime(x)
	case []byte:
		return sqlstore.ParseTime(string(x))
	}
	return time.Time{}, fmt.Errorf("stored time %v of type %T", v, v)
}

// EmptyList is "[]".
func (dialect) EmptyList() string { return "[]" }

// BodyColumns is the one column body.
func (dialect) BodyColumns() []string { return []string{"body"} }

// BodyValues is the body as it is.
func (dialect) BodyValues(body string) []any { return []any{body} }

// HistorySource is the events table as it is.
func (dialect) HistorySource() (table, newValue string) { return "events", "e.new" }

// querier is the shared code's Querier, under the name this package's own
// files use too.
type querier = sqlstore.Querier

// closeRows is the shared code's CloseRows, under the name this package's
// own files use too.
var closeRows = sqlstore.CloseRows

// limitClause returns the LIMIT/OFFSET clause; limit 0 means no limit.
func limitClause(offset, limit int) string { return sqlstore.LimitClause(noLimit, offset, limit) }

// InsertClaims runs insert: each row computes its own search column.
func (s *store) InsertClaims(_ context.Context, _ *sqlstore.Tx, _ int, insert func() error) error {
	return insert()
}

// AppendCreated adds the "created" event of claim c as an ordinary event.
func (s *store) AppendCreated(ctx context.Context, tx *sqlstore.Tx, c *claims.Claim, t time.Time, actor string) error {
	return sqlstore.InsertEvent(ctx, tx, &claims.Event{ClaimID: c.ID, At: t, Actor: actor, Field: claims.FieldCreated, New: c.Text}, c.Text)
}
