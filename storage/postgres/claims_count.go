package postgres

import (
	"context"

	"claimdesk/claims"
)

// countedFilter reports whether the claims f selects are counted by the
// triggers of claim_counts: every claim, or those of one status.
func countedFilter(f claims.ClaimFilter) bool {
	return f.ID == nil && f.ArticleID == nil && f.RatingID == nil && f.Tag == nil &&
		f.Claimant == nil && f.Query == nil && f.EarlierCheck == nil
}

// countClaims returns the number of claims f selects: from claim_counts
// when f is a counted filter, else by counting the rows of from.
func countClaims(ctx context.Context, tx querier, f claims.ClaimFilter, from string, args []any) (int, error) {
	var n int
	var err error
	switch {
	case countedFilter(f) && f.Status == nil:
		err = tx.QueryRowContext(ctx, "SELECT COALESCE(sum(n), 0) FROM claim_counts").Scan(&n)
	case countedFilter(f):
		err = tx.QueryRowContext(ctx, "SELECT COALESCE(sum(n), 0) FROM claim_counts WHERE status = ?", string(*f.Status)).Scan(&n)
	default:
		err = tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from, args...).Scan(&n)
	}
	return n, err
}

// countsMatchSQL counts the statuses whose kept count differs from the
// table (for Check).
const countsMatchSQL = `SELECT count(*) FROM (SELECT status, count(*) AS n FROM claims GROUP BY status) t
	FULL JOIN (SELECT status, n FROM claim_counts WHERE n <> 0) k ON k.status = t.status
	WHERE t.n IS DISTINCT FROM k.n`
