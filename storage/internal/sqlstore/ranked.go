package sqlstore

import (
	"cmp"
	"context"
	"slices"
	"strings"
)

// Ranked is a search hit before its record is read: its kind, its seq and
// its rank, best lowest (each backend stores its own score so).
type Ranked struct {
	Kind string
	Seq  int64
	Rank float64
}

// RankedPage reads the page of the hits of union (the UNION ALL of a
// search's arms, each selecting kind, seq and rank, best rank lowest) from
// offset, best first, and returns it with the total number of hits. One
// pass: a window count gives the total along with the page; past the end
// it is counted on its own.
func RankedPage(ctx context.Context, tx Querier, noLimit, union string, args []any, offset, limit int) ([]Ranked, int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT kind, seq, rank, count(*) OVER () FROM ("+union+") u"+
		" ORDER BY rank, kind, seq"+LimitClause(noLimit, offset, limit), args...)
	if err != nil {
		return nil, 0, err
	}
	var page []Ranked
	total := 0
	for rows.Next() {
		var r Ranked
		if err := rows.Scan(&r.Kind, &r.Seq, &r.Rank, &total); err != nil {
			rows.Close()
			return nil, 0, err
		}
		page = append(page, r)
	}
	if err := CloseRows(rows); err != nil {
		return nil, 0, err
	}
	if len(page) == 0 && offset > 0 {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM ("+union+") u", args...).Scan(&total); err != nil {
			return nil, 0, err
		}
	}
	return page, total, nil
}

// MergeIndexed completes a page begun by in-memory indexes: page holds
// their best hits (at least offset+limit of each kind, or all) and total
// their counts; rest are the arms of the kinds no index answered, taking
// args. It adds the database's hits of rest and returns the page from
// offset in the order of RankedPage (rank, kind, seq) and the total.
func MergeIndexed(ctx context.Context, tx Querier, noLimit string, page []Ranked, total int, rest []string, args []any, offset, limit int) ([]Ranked, int, error) {
	k := offset + limit
	if len(rest) > 0 {
		other, n, err := RankedPage(ctx, tx, noLimit, strings.Join(rest, " UNION ALL "), args, 0, k)
		if err != nil {
			return nil, 0, err
		}
		page, total = append(page, other...), total+n
	}
	slices.SortFunc(page, func(a, b Ranked) int {
		return cmp.Or(cmp.Compare(a.Rank, b.Rank), strings.Compare(a.Kind, b.Kind), cmp.Compare(a.Seq, b.Seq))
	})
	if offset >= len(page) {
		return nil, total, nil
	}
	return page[offset:min(len(page), k)], total, nil
}
