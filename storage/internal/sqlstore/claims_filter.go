package sqlstore

import (
	"context"
	"strings"

	"claimdesk/claims"
)

// ClaimSQL is how a backend writes the parts of a claim query that differ
// between the SQL dialects; Where and Order build the rest.
type ClaimSQL struct {
	// Match builds the full-text match expression of a query as typed.
	Match func(text string) (string, error)
	// Hits brings in the full-text hits of the match expression m: a FROM
	// clause joining them as q (with their rank in q.rank, lower is better)
	// to claims c, or "claims c" and a WHERE condition cond; args are the
	// arguments of from and cond.
	Hits func(m string) (from, cond string, args []any)
	// ArticleNull is the condition that c has no article; ArticleIs that
	// its article is the ID given as every one of its placeholders.
	ArticleNull, ArticleIs string
	// ClaimantHas is the condition that c.claimant, lower-cased, holds the
	// lower-cased text given as its placeholder.
	ClaimantHas string
	// TextOrder is the case-insensitive sort key of c.text.
	TextOrder string
}

// Where builds the FROM and WHERE clauses for f (Status included only
// when withStatus). With a query, the full-text hits come in as Hits says.
func (cq ClaimSQL) Where(f claims.ClaimFilter, withStatus bool) (from string, args []any, err error) {
	var where []string
	from = "claims c"
	if f.Query != nil {
		m, err := cq.Match(*f.Query)
		if err != nil {
			return "", nil, err
		}
		var cond string
		from, cond, args = cq.Hits(m)
		if cond != "" {
			where = append(where, cond)
		}
	}
	if f.ID != nil {
		where, args = append(where, "c.id = ?"), append(args, *f.ID)
	}
	if f.ArticleID != nil {
		if *f.ArticleID == "" {
			where = append(where, cq.ArticleNull)
		} else {
			where = append(where, cq.ArticleIs)
			for range strings.Count(cq.ArticleIs, "?") {
				args = append(args, *f.ArticleID)
			}
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
		where, args = append(where, "EXISTS (SELECT 1 FROM claim_tags t WHERE t.claim_id = c.id AND t.tag = ?)"), append(args, filterTag(*f.Tag))
	}
	if f.Claimant != nil {
		where, args = append(where, cq.ClaimantHas), append(args, strings.ToLower(*f.Claimant))
	}
	if f.EarlierCheck != nil {
		where = append(where, EarlierCheckSQL(*f.EarlierCheck)) // dismiss.go
	}
	if len(where) > 0 {
		from += " WHERE " + strings.Join(where, " AND ")
	}
	return from, args, nil
}

// filterTag is tag as claims store it ("" if nothing is left of it).
func filterTag(tag string) string {
	if tags := claims.NormalizeTags([]string{tag}); len(tags) > 0 {
		return tags[0]
	}
	return ""
}

// Listing checks f for a list of claims (a status that exists, a sort
// that exists) and returns the ORDER BY clause of its sort.
func (cq ClaimSQL) Listing(f claims.ClaimFilter) (string, error) {
	if f.Status != nil && !f.Status.Valid() {
		return "", claims.Errorf(claims.EINVALID, "Unknown status %q; use new, researching, in_review, published or discarded.", *f.Status)
	}
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
		return " ORDER BY " + cq.TextOrder + ", c.seq", nil
	case claims.SortStatus:
		return ` ORDER BY CASE c.status WHEN 'new' THEN 0 WHEN 'researching' THEN 1 WHEN 'in_review' THEN 2
			WHEN 'published' THEN 3 ELSE 4 END, c.updated_at DESC, c.seq DESC`, nil
	case claims.SortPosition:
		return " ORDER BY c.article_id, c.anchor_start IS NULL, c.anchor_start, c.seq", nil
	}
	return "", claims.Errorf(claims.EINVALID, "Unknown sort order %q.", f.Sort)
}

// FindClaims returns matching claims and the total number of matches.
func (s *Store) FindClaims(ctx context.Context, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	return readPage(ctx, s, "list claims", f.Offset, f.Limit, func(tx *Tx) ([]*claims.Claim, int, error) {
		return tx.FindClaimsIn(ctx, tx, f)
	})
}

// QueryClaims runs q, which selects claim rows by ClaimCols in the
// dialect d, and reads them.
func QueryClaims(ctx context.Context, tx Querier, d Dialect, q string, args ...any) ([]*claims.Claim, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*claims.Claim
	for rows.Next() {
		c, err := ScanClaim(d, rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// StatusCounts runs q, which selects statuses and their counts, and reads
// them.
func StatusCounts(ctx context.Context, tx Querier, q string, args ...any) (map[claims.Status]int, error) {
	rows, err := tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[claims.Status]int{}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, err
		}
		out[claims.Status(st)] = n
	}
	return out, rows.Err()
}
