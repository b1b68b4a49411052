package sqlite

import (
	"strings"

	"claimdesk/claims"
)

// The claims list sorted by last change reads one run per status from the
// index claims_status (status, updated_at), which SQLite merges in order
// and stops after the page: no index of its own on updated_at is needed
// (0009_compact.sql dropped it).

// mergedList reports whether f's page is read as merged status runs: sorted
// by last change, without a status, a search or a filter that an index of
// its own serves better (ID, article, a verdict; "without verdict" has no
// index: claims_rating holds only claims with one).
func mergedList(f claims.ClaimFilter) bool {
	if f.Sort != "" && f.Sort != claims.SortUpdated {
		return false
	}
	return f.Query == nil && f.Status == nil && f.ID == nil && f.ArticleID == nil && (f.RatingID == nil || *f.RatingID == "")
}

// mergedQuery returns the query of f's page (see mergedList), selecting
// claimCols, and its arguments.
func mergedQuery(f claims.ClaimFilter) (string, []any, error) {
	arms := make([]string, 0, len(claims.Statuses))
	var args []any
	for _, st := range claims.Statuses {
		fs := f
		fs.Status = &st
		from, a, err := claimWhere(fs, true)
		if err != nil {
			return "", nil, err
		}
		arms = append(arms, "SELECT c.updated_at AS u, c.seq AS s FROM "+from)
		args = append(args, a...)
	}
	q := "SELECT " + claimCols + " FROM (" + strings.Join(arms, " UNION ALL ") + " ORDER BY u DESC, s DESC" +
		limitClause(f.Offset, f.Limit) + ") p JOIN claims c ON c.seq = p.s ORDER BY p.u DESC, p.s DESC"
	return q, args, nil
}
