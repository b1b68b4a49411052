package sqlite

import (
	"context"
	"database/sql/driver"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

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

// claimSQL is how SQLite writes a claim query (sqlstore.ClaimSQL); its
// Hits are set per queryJoin by claimWhereJoin.
var claimSQL = sqlstore.ClaimSQL{
	Match: matchExpr,
	// claimdesk_ref: the key of the index claims_article (ref.go)
	ArticleNull: "claimdesk_ref(c.article_id) IS NULL",
	ArticleIs:   "claimdesk_ref(c.article_id) = claimdesk_ref(?) AND c.article_id = ?",
	ClaimantHas: "instr(claimdesk_lower(c.claimant), ?) > 0",
	TextOrder:   "c.text COLLATE NOCASE",
}

// claimWhere builds the FROM and WHERE clauses for f (Status included only
// when withStatus). With a query, the full-text hits are joined as q with
// their bm25 rank in q.rank.
func claimWhere(f claims.ClaimFilter, withStatus bool) (from string, args []any, err error) {
	return claimWhereJoin(f, withStatus, joinRanked)
}

// claimWhereJoin is claimWhere with the query's hits brought in by join.
func claimWhereJoin(f claims.ClaimFilter, withStatus bool, join queryJoin) (from string, args []any, err error) {
	cq := claimSQL
	cq.Hits = func(m string) (string, string, []any) { return hitsJoin(join), hitsCond(join), []any{m} }
	return cq.Where(f, withStatus)
}

// hitsJoin is the FROM clause of join. CROSS JOIN makes the hits the outer
// loop. Left to itself, SQLite may walk the index of another filter
// (claims_status) and re-run the full-text query for each claim: the
// sqlite3 3.40 shell did, and took 35 s for a rare word and a status at
// 1,000,000 claims.
func hitsJoin(join queryJoin) string {
	switch join {
	case joinRanked:
		return `(SELECT rowid AS fts_seq, bm25(claims_fts) AS rank FROM claims_fts WHERE claims_fts MATCH ?) q
			CROSS JOIN claims c ON c.seq = q.fts_seq`
	case joinSet:
		return `(SELECT rowid AS fts_seq FROM claims_fts WHERE claims_fts MATCH ?) q
			CROSS JOIN claims c ON c.seq = q.fts_seq`
	}
	return "claims c"
}

// hitsCond is the WHERE condition of joinScan; the unary + keeps SQLite
// from looking the hits up by seq.
func hitsCond(join queryJoin) string {
	if join == joinScan {
		return "+c.seq IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
	}
	return ""
}

// FindClaimsIn is findClaims, for sqlstore.
func (s *store) FindClaimsIn(ctx context.Context, tx *sqlstore.Tx, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	return findClaims(ctx, tx, f)
}

// findClaims returns the claims f selects and their number, the plan of
// the full-text part chosen by planQuery.
func findClaims(ctx context.Context, tx querier, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	order, err := claimSQL.Listing(f)
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
	cs, err := sqlstore.QueryClaims(ctx, tx, dialect{}, q, args...)
	return cs, n, err
}

// CountClaimsByStatus counts the claims matching f per status.
func (s *store) CountClaimsByStatus(ctx context.Context, f claims.ClaimFilter) (map[claims.Status]int, error) {
	from, args, err := claimWhereJoin(f, false, joinSet)
	if err != nil {
		return nil, err
	}
	var out map[claims.Status]int
	err = s.read(ctx, "count claims", func(tx querier) error {
		switch {
		case storedCounts(f):
			out, err = readCounts(ctx, tx)
		case unratedOnly(f):
			out, err = unratedCounts(ctx, tx)
		default:
			out, err = sqlstore.StatusCounts(ctx, tx, "SELECT c.status, count(*) FROM "+from+" GROUP BY c.status", args...)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}
