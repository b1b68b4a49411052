package sqlite

import (
	"context"

	"claimdesk/claims"
)

// planQuery chooses how findClaims brings in the hits of f's query, and
// returns the number of claims matching f when that is known without
// counting them (else -1).
//
// Ranked by relevance, the hits are joined with their bm25 rank. Otherwise
// no rank is needed, and the choice is where to start: from the hits (each
// one looked up, then all of them sorted) or from the index of the sort
// order (each claim tested against the set of hits until the page is full).
// The first costs about one lookup per hit; the second about (offset+limit)
// × claims / hits index steps. So the index walk wins when hits² exceeds
// (offset+limit) × claims: a common word's first page (360,000 hits of
// 1,000,000 claims: about 280 steps instead of 360,000 lookups and a sort),
// never a rare word's.
func planQuery(ctx context.Context, tx querier, f claims.ClaimFilter) (queryJoin, int, error) {
	if f.Query == nil {
		return joinRanked, -1, nil
	}
	if f.Sort == "" {
		return joinRanked, -1, nil
	}
	// Counting by a join is what costs for a common word; the index counts
	// the hits alone at a fraction of it.
	hits, err := countHits(ctx, tx, *f.Query)
	if err != nil {
		return 0, 0, err
	}
	n := -1
	if onlyQuery(f) {
		n = hits // the index holds one row per claim
	}
	if !indexedSort(f) {
		return joinSet, n, nil
	}
	by, err := readCounts(ctx, tx)
	if err != nil {
		return 0, 0, err
	}
	total := 0
	for _, k := range by {
		total += k
	}
	page := f.Offset + f.Limit
	if f.Limit == 0 {
		page = total
	}
	if float64(hits)*float64(hits) > float64(page)*float64(total) {
		return joinScan, n, nil
	}
	return joinSet, n, nil
}

// countHits is the number of claims whose text matches query.
func countHits(ctx context.Context, tx querier, query string) (int, error) {
	m, err := matchExpr(query)
	if err != nil {
		return 0, err
	}
	var n int
	err = tx.QueryRowContext(ctx, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?", m).Scan(&n)
	return n, err
}

// onlyQuery reports whether f filters by its query and nothing else.
func onlyQuery(f claims.ClaimFilter) bool {
	return f.Status == nil && storedCounts(claims.ClaimFilter{ID: f.ID, ArticleID: f.ArticleID, RatingID: f.RatingID,
		Tag: f.Tag, Claimant: f.Claimant, EarlierCheck: f.EarlierCheck})
}

// indexedSort reports whether the claims table has an index in the order
// of f's page, from which the page can be read without sorting:
// claims_created, or claims_status (status, updated_at) when f fixes the
// status. The list by last change of all statuses has no index of its own
// (0009_compact.sql dropped claims_updated to keep the file small; without
// a query it merges the status runs, see claims_merge.go).
func indexedSort(f claims.ClaimFilter) bool {
	return f.Sort == claims.SortCreated || (f.Sort == claims.SortUpdated && f.Status != nil)
}
