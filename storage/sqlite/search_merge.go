package sqlite

import (
	"context"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
	"claimdesk/textindex"
)

// indexQuery turns what a person typed into the query matchExpr gives
// FTS5: every word a prefix phrase per spelling, the spellings ORed, the
// words ANDed. ok is false when a spelling is not exactly one token (FTS5
// would read it as a phrase of several), and for a quoted phrase or a
// number with inner separators (sqlstore.HasPhrase): the index holds no
// positions, so FTS5 answers.
func indexQuery(text string) (textindex.Query, bool) {
	if sqlstore.HasPhrase(text) {
		return nil, false
	}
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

// indexedPage is sqlstore.RankedPage with the kinds whose in-memory index can
// answer ranked by it and the other arms (kinds[i] is the kind of arms[i],
// each taking the argument match) by FTS5, merged in the order of
// RankedPage's ORDER BY (rank, kind, seq). indexed is false when no index
// answered.
func (s *store) indexedPage(ctx context.Context, tx querier, q claims.SearchQuery, limit int, kinds, arms []string, match string) (page []sqlstore.Ranked, total int, indexed bool, err error) {
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
