package sqlstore

import "context"

// RankedPage reads the page of the hits of union (the UNION ALL of a
// search's arms, each selecting kind, seq and rank, best rank lowest) from
// offset, best first, passing each to add, and returns the total number
// of hits. One pass: a window count gives the total along with the page;
// past the end it is counted on its own.
func RankedPage(ctx context.Context, tx Querier, noLimit, union string, args []any, offset, limit int, add func(kind string, seq int64, rank float64)) (int, error) {
	rows, err := tx.QueryContext(ctx, "SELECT kind, seq, rank, count(*) OVER () FROM ("+union+") u"+
		" ORDER BY rank, kind, seq"+LimitClause(noLimit, offset, limit), args...)
	if err != nil {
		return 0, err
	}
	total, n := 0, 0
	for rows.Next() {
		var kind string
		var seq int64
		var rank float64
		if err := rows.Scan(&kind, &seq, &rank, &total); err != nil {
			rows.Close()
			return 0, err
		}
		add(kind, seq, rank)
		n++
	}
	if err := CloseRows(rows); err != nil {
		return 0, err
	}
	if n == 0 && offset > 0 {
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM ("+union+") u", args...).Scan(&total); err != nil {
			return 0, err
		}
	}
	return total, nil
}
