package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"claimdesk/textindex"
)

// The checks that let an in-memory search index answer only where it
// ranks exactly as FTS5 does (search_index.go).

// checkTriggers makes sure that the table's changes are logged: a later
// migration that rebuilds a table drops its triggers with it.
func checkTriggers(ctx context.Context, tx querier, sp indexSpec) error {
	var n int
	err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? AND name IN (?, ?)",
		sp.table, "search_changes_"+sp.table+"_update", "search_changes_"+sp.table+"_delete").Scan(&n)
	if err != nil {
		return err
	}
	if n != 2 {
		return fmt.Errorf("%w: the triggers logging changes of %s are missing", errStandAside, sp.table)
	}
	return nil
}

// checkTotals compares the number of rows and tokens with FTS5's, which
// its bm25() uses: kept in the averages record (id 1) of the _data table
// as varints, the row count and then each column's tokens.
func checkTotals(ctx context.Context, tx querier, ix *textindex.Index, fts string) error {
	var rec []byte
	err := tx.QueryRowContext(ctx, "SELECT block FROM "+fts+"_data WHERE id = 1").Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		rec = nil // an index that never held a row
	} else if err != nil {
		return err
	}
	var vals []int64
	for len(rec) > 0 {
		v, n := getVarint(rec)
		if n == 0 {
			return fmt.Errorf("%w: unreadable averages record", errStandAside)
		}
		vals, rec = append(vals, int64(v)), rec[n:]
	}
	var rows, tokens int64
	if len(vals) > 0 {
		rows = vals[0]
		for _, v := range vals[1:] {
			tokens += v
		}
	}
	if rows != int64(ix.Rows()) || tokens != ix.Tokens() {
		return fmt.Errorf("%w: FTS5 holds %d rows and %d tokens, the index %d and %d",
			errStandAside, rows, tokens, ix.Rows(), ix.Tokens())
	}
	return nil
}

// getVarint reads one of SQLite's variable-length integers (1 to 9
// bytes, big-endian, 7 bits a byte, the ninth byte whole); n is 0 if b
// ends inside it.
func getVarint(b []byte) (v uint64, n int) {
	for i := 0; i < len(b) && i < 9; i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

// checkVocabulary compares every term's rows and occurrences with FTS5's
// vocabulary (the fts5vocab table fts_vocab).
func checkVocabulary(ctx context.Context, tx querier, ix *textindex.Index, fts string) error {
	type stat struct {
		term        string
		rows, count int64
	}
	var mine []stat
	ix.TermStats(func(term string, rows, count int64) { mine = append(mine, stat{term, rows, count}) })
	rs, err := tx.QueryContext(ctx, "SELECT term, doc, cnt FROM "+fts+"_vocab WHERE doc > 0")
	if err != nil {
		return err
	}
	defer rs.Close()
	i := 0
	for rs.Next() {
		var st stat
		if err := rs.Scan(&st.term, &st.rows, &st.count); err != nil {
			return err
		}
		if i >= len(mine) || mine[i] != st {
			got := stat{}
			if i < len(mine) {
				got = mine[i]
			}
			return fmt.Errorf("%w: FTS5 has %q in %d rows (%d times), the index %q in %d (%d)",
				errStandAside, st.term, st.rows, st.count, got.term, got.rows, got.count)
		}
		i++
	}
	if err := rs.Err(); err != nil {
		return err
	}
	if i != len(mine) {
		return fmt.Errorf("%w: the index has %d terms, FTS5 %d", errStandAside, len(mine), i)
	}
	return nil
}
