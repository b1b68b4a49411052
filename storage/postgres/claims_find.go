package postgres

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// claimWhere builds the FROM and WHERE clauses for f (Status included only
// when withStatus). With a query, the full-text hits are joined as q with
// their rank in q.rank (lower is better, as bm25 in SQLite).
func claimWhere(f claims.ClaimFilter, withStatus bool) (from string, args []any, err error) {
	var where []string
	from = "claims c"
	if f.Query != nil {
		m, err := matchExpr(*f.Query)
		if err != nil {
			return "", nil, err
		}
		from = `(SELECT seq AS fts_seq, -ts_rank(search, claimdesk_query(?)) AS rank FROM claims
			WHERE search @@ claimdesk_query(?)) q JOIN claims c ON c.seq = q.fts_seq`
		args = append(args, m, m)
	}
	if f.ID != nil {
		where, args = append(where, "c.id = ?"), append(args, *f.ID)
	}
	if f.ArticleID != nil {
		if *f.ArticleID == "" {
			where = append(where, "c.article_id IS NULL")
		} else {
			where, args = append(where, "c.article_id = ?"), append(args, *f.ArticleID)
		}
	}
	if withStatus && f.Status != nil {
		where, args = append(where, "c.status = ?"), append(args, string(*f.Status))
	}
	if f.RatingID != nil {
		if *f.RatingID == "" {
			where = append(where, "c.rating_id IS NULL")
		} else {
			where, args = append(where, "c.rating_id = ?"), append(args, *f.RatingID)
		}
	}
	if f.Tag != nil {
		tags := claims.NormalizeTags([]string{*f.Tag})
		tag := ""
		if len(tags) > 0 {
			tag = tags[0]
		}
		where = append(where, "EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.tag = ?)")
		args = append(args, tag)
	}
	if f.Claimant != nil {
		where = append(where, "strpos(lower(c.claimant), ?) > 0")
		args = append(args, strings.ToLower(*f.Claimant))
	}
	if f.EarlierCheck != nil {
		where = append(where, earlierCheckSQL(*f.EarlierCheck)) // dismiss.go
	}
	if len(where) > 0 {
		from += " WHERE " + strings.Join(where, " AND ")
	}
	return from, args, nil
}

// claimOrder returns the ORDER BY clause for a sort.
func claimOrder(f claims.ClaimFilter) (string, error) {
	switch f.Sort {
	case "":
		if f.Query != nil {
			return " ORDER BY q.rank, c.seq", nil
		}
		return " ORDER BY c.updated_at DESC, c.seq DESC", nil
	case claims.SortUpdated:
		return " ORDER BY c.updated_at DESC, c.seq DESC", nil
	case claims.SortCreated:
		return " ORDER BY c.created_at, c.seq", nil
	case claims.SortScore:
		return " ORDER BY c.score DESC, c.seq", nil
	case claims.SortText:
		return " ORDER BY lower(c.text), c.seq", nil
	case claims.SortStatus:
		return ` ORDER BY CASE c.status WHEN 'new' THEN 0 WHEN 'researching' THEN 1 WHEN 'in_review' THEN 2
			WHEN 'published' THEN 3 ELSE 4 END, c.updated_at DESC, c.seq DESC`, nil
	case claims.SortPosition:
		return " ORDER BY c.article_id, c.anchor_start IS NULL, c.anchor_start, c.seq", nil
	}
	return "", claims.Errorf(claims.EINVALID, "Unknown sort order %q.", f.Sort)
}

// FindClaims returns matching claims and the total number of matches.
func (s *store) FindClaims(ctx context.Context, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	if f.Offset < 0 || f.Limit < 0 {
		return nil, 0, claims.Errorf(claims.EINVALID, "Offset and limit cannot be negative.")
	}
	var cs []*claims.Claim
	var n int
	err := s.read(ctx, "list claims", func(tx querier) (err error) {
		cs, n, err = findClaims(ctx, tx, f)
		return err
	})
	return cs, n, err
}

func findClaims(ctx context.Context, tx querier, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	if f.Status != nil && !f.Status.Valid() {
		return nil, 0, claims.Errorf(claims.EINVALID, "Unknown status %q; use new, researching, in_review, published or discarded.", *f.Status)
	}
	order, err := claimOrder(f)
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
	rows, err := tx.QueryContext(ctx, "SELECT "+claimCols+" FROM "+from+order+limitClause(f.Offset, f.Limit), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*claims.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, c)
	}
	return out, n, rows.Err()
}

// CountClaimsByStatus counts the claims matching f per status.
func (s *store) CountClaimsByStatus(ctx context.Context, f claims.ClaimFilter) (map[claims.Status]int, error) {
	from, args, err := claimWhere(f, false)
	if err != nil {
		return nil, err
	}
	out := map[claims.Status]int{}
	query := "SELECT c.status, count(*) FROM " + from + " GROUP BY c.status"
	if countedFilter(f) { // every claim: the counts the triggers keep
		query, args = "SELECT status, n FROM claim_counts WHERE n <> 0", nil
	}
	err = s.read(ctx, "count claims", func(tx querier) error {
		rows, err := tx.QueryContext(ctx, query, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var st string
			var n int
			if err := rows.Scan(&st, &n); err != nil {
				return err
			}
			out[claims.Status(st)] = n
		}
		return rows.Err()
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
