package sqlite

import (
	"context"
	"fmt"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// storedCounts reports whether f selects claims by status at most, so
// that their number per status can be read from claim_counts (kept by the
// triggers of 0007_claim_counts.sql) instead of counted.
func storedCounts(f claims.ClaimFilter) bool {
	return f.ID == nil && f.ArticleID == nil && f.RatingID == nil && f.Tag == nil && f.Claimant == nil && f.Query == nil && f.EarlierCheck == nil
}

// readCounts returns the stored number of claims per status.
func readCounts(ctx context.Context, tx querier) (map[claims.Status]int, error) {
	return sqlstore.StatusCounts(ctx, tx, "SELECT status, n FROM claim_counts WHERE n > 0")
}

// unratedOnly reports whether f selects the claims without a verdict, by
// status at most: their number is the stored count less the claims with a
// verdict, which the partial index claims_rating (0009_compact.sql) holds.
func unratedOnly(f claims.ClaimFilter) bool {
	if f.RatingID == nil || *f.RatingID != "" {
		return false
	}
	f.RatingID = nil
	return storedCounts(f)
}

// unratedCounts returns the number of claims without a verdict per status.
func unratedCounts(ctx context.Context, tx querier) (map[claims.Status]int, error) {
	out, err := readCounts(ctx, tx)
	if err != nil {
		return nil, err
	}
	rows, err := tx.QueryContext(ctx, "SELECT c.status, count(*) FROM claims c WHERE c.rating_id IS NOT NULL GROUP BY c.status")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[claims.Status(st)] -= n
		if out[claims.Status(st)] == 0 {
			delete(out, claims.Status(st))
		}
	}
	return out, rows.Err()
}

// countClaims is the number of claims f selects (Offset and Limit aside);
// from and args are f's claimWhere.
func countClaims(ctx context.Context, tx querier, f claims.ClaimFilter, from string, args []any) (int, error) {
	read := readCounts
	switch {
	case unratedOnly(f):
		read = unratedCounts
	case !storedCounts(f):
		var n int
		err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+from, args...).Scan(&n)
		return n, err
	}
	by, err := read(ctx, tx)
	if f.Status != nil {
		return by[*f.Status], err
	}
	n := 0
	for _, k := range by {
		n += k
	}
	return n, err
}

// checkCounts compares the stored counts with the claims table (a
// database from before 0007_claim_counts.sql has none to compare).
func checkCounts(ctx context.Context, tx querier) ([]string, error) {
	var has, bad int
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE name = 'claim_counts'").Scan(&has); err != nil || has == 0 {
		return nil, err
	}
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT status, count(*) AS n FROM claims GROUP BY status) a
		FULL JOIN (SELECT status, n FROM claim_counts WHERE n <> 0) b USING (status) WHERE a.n IS NOT b.n`).Scan(&bad)
	if err != nil || bad == 0 {
		return nil, err
	}
	return []string{fmt.Sprintf("claim counts: the stored number of claims disagrees with the claims table for %d statuses", bad)}, nil
}
