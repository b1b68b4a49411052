package postgres

import (
	"claimdesk/storage/internal/sqlstore"
	"context"
	"strings"

	"claimdesk/claims"
)

// defaultSearchLimit is the page size when SearchQuery.Limit is 0.
const defaultSearchLimit = 50

// headline marks hits with [ and ] and cuts the text to about 16 words.
// The text is cut to snippetWindow characters first: ts_headline parses the
// whole text it is given.
func headline(col string) string {
	return `ts_headline('simple', left(` + col + `, ` + snippetWindow + `), claimdesk_query(?),
		'StartSel=[, StopSel=], MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter=…')`
}

// snippetWindow bounds the text a snippet is taken from.
const snippetWindow = "20000"

// Search returns hits best first and the total number of hits. Hits are
// ranked by ts_rank within their kind (article titles weigh more than
// bodies): by the in-memory indexes when they are ready (search_index.go,
// the same figures), else by the server; the snippets come only for the
// page returned.
func (s *store) Search(ctx context.Context, q claims.SearchQuery) ([]claims.SearchHit, int, error) {
	match, err := matchExpr(q.Text)
	if err != nil {
		return nil, 0, err
	}
	scope, err := sqlstore.CheckSearch(q)
	if err != nil {
		return nil, 0, err
	}
	want, claimFilter := scope.Want, scope.ClaimFilter
	var arms, armKinds []string
	var args []any
	if want(claims.HitClaim) && !claimFilter {
		arms, args = append(arms, rankedArm("claim", "claims")), append(args, match, match)
		armKinds = append(armKinds, claims.HitClaim)
	} else if want(claims.HitClaim) {
		from, a, err := claimWhere(claims.ClaimFilter{Query: &q.Text, Status: q.Status, RatingID: q.RatingID,
			Tag: q.Tag, ArticleID: q.ArticleID, Claimant: q.Claimant}, true)
		if err != nil {
			return nil, 0, err
		}
		arms, args = append(arms, "SELECT 'claim' AS kind, c.seq AS seq, q.rank AS rank FROM "+from), append(args, a...)
	}
	if !claimFilter {
		for _, a := range []struct{ kind, sql string }{
			{claims.HitArticle, rankedArm("article", "articles")},
			{claims.HitSource, rankedArm("source", "sources")},
			{claims.HitEvidence, rankedArm("evidence", "evidence")},
		} {
			if want(a.kind) {
				arms, args = append(arms, a.sql), append(args, match, match)
				armKinds = append(armKinds, a.kind)
			}
		}
	}
	if len(arms) == 0 {
		return nil, 0, nil
	}
	union := strings.Join(arms, " UNION ALL ")
	limit := q.Limit
	if limit == 0 {
		limit = defaultSearchLimit
	}
	var hits []claims.SearchHit
	var total int
	err = s.read(ctx, "search", func(tx querier) error {
		var page []sqlstore.Ranked
		var err error
		indexed := false
		if !claimFilter { // every arm takes the two arguments match, match
			page, total, indexed, err = s.indexedPage(ctx, tx, q, limit, armKinds, arms, match)
			if err != nil {
				return err
			}
		}
		if !indexed {
			if page, total, err = sqlstore.RankedPage(ctx, tx, noLimit, union, args, q.Offset, limit); err != nil {
				return err
			}
		}
		hits, err = pageDetails(ctx, tx, page, match)
		return err
	})
	if err != nil {
		return nil, 0, err
	}
	return hits, total, nil
}

// rankedArm selects the hits of one kind from table with their negated
// ts_rank (two arguments: the query twice).
func rankedArm(kind, table string) string {
	return "SELECT '" + kind + "' AS kind, seq, -ts_rank(search, claimdesk_query(?)) AS rank FROM " + table +
		" WHERE search @@ claimdesk_query(?)"
}
