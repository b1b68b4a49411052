package sqlite

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"claimdesk/claims"
	"claimdesk/textindex"
)

// indexQuery turns what a person typed into the query matchExpr gives
// FTS5: every word a prefix phrase per spelling, the spellings ORed, the
// words ANDed. ok is false when a spelling is not exactly one token (FTS5
// would read it as a phrase of several), which the index does not do.
func indexQuery(text string) (textindex.Query, bool) {
	var q textindex.Query
	for _, t := range queryTerms(text) {
		var ps []textindex.Phrase
		for _, v := range spellings(t) {
			toks := textindex.Tokens(v)
			if len(toks) != 1 {
				return nil, false
			}
			ps = append(ps, textindex.Phrase{Token: toks[0], Prefix: true})
		}
		q = append(q, ps)
	}
	return q, len(q) > 0
}

// indexedPage is rankedPage with the kinds whose in-memory index can
// answer ranked by it and the other arms (kinds[i] is the kind of arms[i],
// each taking the argument match) by FTS5, merged in the order of
// rankedPage's ORDER BY (rank, kind, seq). indexed is false when no index
// answered.
func (s *store) indexedPage(ctx context.Context, tx querier, q claims.SearchQuery, limit int, kinds, arms []string, match string) (page []ranked, total int, indexed bool, err error) {
	iq, ok := indexQuery(q.Text)
	if !ok {
		return nil, 0, false, nil
	}
	k := q.Offset + limit
	states, err := readIndexStates(ctx, tx)
	if err != nil {
		return nil, 0, false, err
	}
	var rest []string
	var args []any
	for i, kind := range kinds {
		ix := s.indexes[kind]
		if ix == nil {
			rest, args = append(rest, arms[i]), append(args, match)
			continue
		}
		hits, n, ok, err := ix.search(ctx, tx, states[kind], iq, k)
		if err != nil {
			return nil, 0, false, err
		}
		if !ok {
			rest, args = append(rest, arms[i]), append(args, match)
			continue
		}
		for _, h := range hits {
			page = append(page, ranked{kind: kind, seq: h.Row, rank: h.Rank})
		}
		total, indexed = total+n, true
	}
	if !indexed {
		return nil, 0, false, nil
	}
	if len(rest) > 0 {
		other, n, err := rankedPage(ctx, tx, strings.Join(rest, " UNION ALL "), args, 0, k)
		if err != nil {
			return nil, 0, false, err
		}
		page, total = append(page, other...), total+n
	}
	slices.SortFunc(page, func(a, b ranked) int {
		return cmp.Or(cmp.Compare(a.rank, b.rank), strings.Compare(a.kind, b.kind), cmp.Compare(a.seq, b.seq))
	})
	if q.Offset >= len(page) {
		return nil, total, true, nil
	}
	return page[q.Offset:min(len(page), k)], total, true, nil
}
