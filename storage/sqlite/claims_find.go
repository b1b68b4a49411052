package sqlite

import (
	"context"
	"database/sql/driver"
	"strings"

	"claimdesk/claims"

	"modernc.org/sqlite"
)

// claimdesk_lower(text) lower-cases all of Unicode (SQLite's lower() and
// LIKE fold ASCII only), for case-insensitive filters such as "MÜLLER".
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_lower", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			switch v := args[0].(type) {
			case string:
				return strings.ToLower(v), nil
			case []byte:
				return strings.ToLower(string(v)), nil
			}
			return args[0], nil
		})
}

// queryJoin says how claimWhereJoin brings in the full-text hits of a
// filter's query.
type queryJoin int

const (
	// joinRanked joins the hits as q with their bm25 rank in q.rank.
	joinRanked queryJoin = iota
	// joinSet joins the hits without a rank: they are found first, then
	// looked up and sorted. Best for few hits.
	joinSet
	// joinScan tests each claim against the set of hits while the sort's
	// index is walked, so a first page of a common word stops early.
	joinScan
)

// claimWhere builds the FROM and WHERE clauses for f (Status included only
// when withStatus). With a query, the full-text hits are joined as q with
// their bm25 rank in q.rank.
func claimWhere(f claims.ClaimFilter, withStatus bool) (from string, args []any, err error) {
	return claimWhereJoin(f, withStatus, joinRanked)
}

// claimWhereJoin is claimWhere with the query's hits brought in by join.
func claimWhereJoin(f claims.ClaimFilter, withStatus bool, join queryJoin) (from string, args []any, err error) {
	var where []string
	from = "claims c"
	if f.Query != nil {
		m, err := matchExpr(*f.Query)
		if err != nil {
			return "", nil, err
		}
		// CROSS JOIN makes the hits the outer loop. Left to itself, SQLite
		// may walk the index of another filter (claims_status) and re-run
		// the full-text query for each claim: the sqlite3 3.40 shell did, and
		// took 35 s for a rare word and a status at 1,000,000 claims.
		switch join {
		case joinRanked:
			from = `(SELECT rowid AS fts_seq, bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH ?) q
			CROSS JOIN claims c ON c.seq = q.fts_seq`
		case joinSet:
			from = `(SELECT rowid AS fts_seq FROM claims_fts WHERE claims_fts MATCH ?) q
			CROSS JOIN claims c ON c.seq = q.fts_seq`
		default: // the unary + keeps SQLite from looking the hits up by seq
			where = append(where, "+c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
		}
		args = append(args, m)
	}
	if f.ID != nil {
		where, args = append(where, "c.id = ?"), append(args, *f.ID)
	}
	if f.ArticleID != nil {
		if *f.ArticleID == "" {
			where = append(where, "claimdesk_ref(c.article_id) IS NULL")
		} else { // claimdesk_ref: the key of the index claims_article (ref.go)
			where, args = append(where, "claimdesk_ref(c.article_id) = claimdesk_ref(?) AND c.article_id = ?"), append(args, *f.ArticleID, *f.ArticleID)
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
		where = append(where, "instr(claimdesk_lower(c.claimant), ?) > 0")
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
		return " ORDER BY c.text COLLATE NOCASE, c.seq", nil
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
	join, n, err := planQuery(ctx, tx, f)
	if err != nil {
		return nil, 0, err
	}
	from, args, err := claimWhereJoin(f, true, join)
	if err != nil {
		return nil, 0, err
	}
	if n < 0 {
		if n, err = countClaims(ctx, tx, f, from, args); err != nil {
			return nil, 0, err
		}
	}
	q := "SELECT " + claimCols + " FROM " + from + order + limitClause(f.Offset, f.Limit)
	if mergedList(f) {
		if q, args, err = mergedQuery(f); err != nil {
			return nil, 0, err
		}
	}
	rows, err := tx.QueryContext(ctx, q, args...)
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
	from, args, err := claimWhereJoin(f, false, joinSet)
	if err != nil {
		return nil, err
	}
	out := map[claims.Status]int{}
	err = s.read(ctx, "count claims", func(tx querier) error {
		switch {
		case storedCounts(f):
			out, err = readCounts(ctx, tx)
			return err
		case unratedOnly(f):
			out, err = unratedCounts(ctx, tx)
			return err
		}
		rows, err := tx.QueryContext(ctx, "SELECT c.status, count(*) FROM "+from+" GROUP BY c.status", args...)
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
