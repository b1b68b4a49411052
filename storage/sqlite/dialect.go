package sqlite

import (
	"time"

	"claimdesk/storage/internal/sqlstore"
)

// dialect is SQLite's sqlstore.Dialect.
type dialect struct{}

// noLimit is how a LIMIT clause says "no limit".
const noLimit = "-1"

// claimCols selects a claim row (as c) with its tags as a JSON array.
var claimCols = sqlstore.ClaimCols(`(SELECT json_group_array(tag) FROM (SELECT tag FROM claim_tags t WHERE t.claim_id = c.id ORDER BY position))`)

// NoLimit is -1.
func (dialect) NoLimit() string { return noLimit }

// SameRef compares the keys of the index claims_article too (ref.go).
func (dialect) SameRef(a, b string) string {
	return "claimdesk_ref(" + a + ") = claimdesk_ref(" + b + ") AND " + a + " = " + b
}

// ClaimCols is claimCols.
func (dialect) ClaimCols() string { return claimCols }

// ClaimTime is 8 bytes (claimtime.go).
func (dialect) ClaimTime(t time.Time) any { return claimTime(t) }

// ParseClaimTime reads 8 bytes or text (claimtime.go).
func (dialect) ParseClaimTime(v any) (time.Time, error) { return parseClaimTime(v) }

// EmptyList is "": 2 bytes less per claim than "[]", which older rows
// hold and which reads the same.
func (dialect) EmptyList() string { return "" }

// BodyColumns are body_text and body_z (body.go).
func (dialect) BodyColumns() []string { return []string{"body_text", "body_z"} }

// BodyValues are packBody's pair.
func (dialect) BodyValues(body string) []any {
	text, z := packBody(body)
	return []any{text, z}
}

// HistorySource is the view HistoryView, with created events stored by
// reference read as their text (history.go).
func (dialect) HistorySource() (table, newValue string) { return HistoryView, eventNew }

// querier is the shared code's Querier, under the name this package's own
// files use too.
type querier = sqlstore.Querier

// closeRows is the shared code's CloseRows, under the name this package's
// own files use too.
var closeRows = sqlstore.CloseRows

// limitClause returns the LIMIT/OFFSET clause; limit 0 means no limit.
func limitClause(offset, limit int) string { return sqlstore.LimitClause(noLimit, offset, limit) }
