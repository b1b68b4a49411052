package postgres

import (
	"context"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// claimSQL is how PostgreSQL writes a claim query (sqlstore.ClaimSQL).
var claimSQL = sqlstore.ClaimSQL{
	Match:       matchExpr,
	Hits:        hits,
	ArticleNull: "c.article_id IS NULL",
	ArticleIs:   "c.article_id = ?",
	ClaimantHas: "strpos(lower(c.claimant), ?) > 0",
	TextOrder:   "lower(c.text)",
}

// hits joins the text search hits of the tsquery text m as q, with their
// rank in q.rank (lower is better, as bm25 in SQLite).
func hits(m string) (from, cond string, args []any) {
	return `(SELECT seq AS fts_seq, -ts_rank(search, claimdesk_query(?)) AS rank FROM claims
			WHERE search @@ claimdesk_query(?)) q JOIN claims c ON c.seq = q.fts_seq`, "", []any{m, m}
}

// claimWhere builds the FROM and WHERE clauses for f (Status included only
// when withStatus). With a query, the full-text hits are joined as q with
// their rank in q.rank.
func claimWhere(f claims.ClaimFilter, withStatus bool) (from string, args []any, err error) {
	return claimSQL.Where(f, withStatus)
}

// FindClaimsIn returns the claims f selects and their number.
func (s *store) FindClaimsIn(ctx context.Context, tx *sqlstore.Tx, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	order, err := claimSQL.Listing(f)
	if err != nil {
		return nil, 0, err
	}
	from, args, err := claimWhere(f, true)
	if err != nil {
		return nil, 0, err
	}
	n, err := countClaims(ctx, tx, f, from, args) // claims_count.go
	if err != nil {
		return nil, 0, err
	}
	cs, err := sqlstore.QueryClaims(ctx, tx, dialect{}, "SELECT "+claimCols+" FROM "+from+order+limitClause(f.Offset, f.Limit), args...)
	return cs, n, err
}

// CountClaimsByStatus counts the claims matching f per status.
func (s *store) CountClaimsByStatus(ctx context.Context, f claims.ClaimFilter) (map[claims.Status]int, error) {
	from, args, err := claimWhere(f, false)
	if err != nil {
		return nil, err
	}
	query := "SELECT c.status, count(*) FROM " + from + " GROUP BY c.status"
	if countedFilter(f) { // every claim: the counts the triggers keep
		query, args = "SELECT status, n FROM claim_counts WHERE n <> 0", nil
	}
	var out map[claims.Status]int
	err = s.read(ctx, "count claims", func(tx querier) (err error) {
		out, err = sqlstore.StatusCounts(ctx, tx, query, args...)
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
