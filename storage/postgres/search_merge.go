package postgres

import (
	"context"
	"errors"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
	"claimdesk/storage/postgres/internal/tsindex"
)

// indexQuery returns the query claimdesk_query makes of match (matchExpr's
// text) as the index reads it, and the change log's state in tx (in the
// same round trip); ok is false when the index does not do the query
// (tsindex.ErrUnsupported: the server answers).
func indexQuery(ctx context.Context, tx querier, match string) (q *tsindex.Query, st logState, ok bool, err error) {
	var text, snap string
	err = tx.QueryRowContext(ctx, "SELECT claimdesk_query(?)::text, "+logStateColumns, match).Scan(&text, &snap, &st.pruned)
	if err != nil {
		return nil, st, false, err
	}
	if st.snap, err = parseSnapshot(snap); err != nil {
		return nil, st, false, err
	}
	q, err = tsindex.ParseQuery(text)
	if errors.Is(err, tsindex.ErrUnsupported) {
		return nil, st, false, nil
	}
	return q, st, err == nil, err
}

// indexedPage is sqlstore.RankedPage with the kinds whose in-memory index can
// answer ranked by it and the other arms (kinds[i] is the kind of arms[i],
// each taking the argument match twice) by the server, merged in the order
// of RankedPage's ORDER BY (rank, kind, seq). indexed is false when no
// index answered.
func (s *store) indexedPage(ctx context.Context, tx querier, q claims.SearchQuery, limit int, kinds, arms []string, match string) (page []sqlstore.Ranked, total int, indexed bool, err error) {
	iq, st, ok, err := indexQuery(ctx, tx, match)
	if !ok || err != nil {
		return nil, 0, false, err
	}
	k := q.Offset + limit
	p, err := s.prefetch(ctx, tx, st, kinds)
	if err != nil {
		return nil, 0, false, err
	}
	var rest []string
	var args []any
	for i, kind := range kinds {
		hits, n, ok, err := s.indexes[kind].search(ctx, tx, st, p, iq, k)
		if err != nil {
			return nil, 0, false, err
		}
		if !ok {
			rest, args = append(rest, arms[i]), append(args, match, match)
			continue
		}
		for _, h := range hits {
			page = append(page, sqlstore.Ranked{Kind: kind, Seq: h.Row, Rank: h.Rank})
		}
		total, indexed = total+n, true
	}
	if !indexed {
		return nil, 0, false, nil
	}
	page, total, err = sqlstore.MergeIndexed(ctx, tx, noLimit, page, total, rest, args, q.Offset, limit)
	return page, total, err == nil, err
}
