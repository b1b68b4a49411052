package sqlite

import (
	"context"
	"errors"
	"fmt"

	"claimdesk/storage/internal/warmindex"
	"claimdesk/textindex"

	"modernc.org/libc"
)

// search answers q from the in-memory index in the read transaction tx:
// the k best claims (as FTS5's bm25() ranks them) and the number of
// matching claims. ok is false when the index cannot answer (see
// indexed.sync); the caller then asks FTS5.
func (c *searchIndex) search(ctx context.Context, tx querier, st indexState, q textindex.Query, k int) (hits []textindex.Hit, total int, ok bool, err error) {
	ok, err = c.slot.Answer(func(cur *indexed) (bool, error) {
		if ok, err := cur.sync(ctx, tx, c.spec, st); !ok || err != nil {
			return false, err
		}
		hits, total = cur.ix.Search(q, k, sqliteLog)
		return true, nil
	})
	return hits, total, ok, err
}

// sync brings the index up to the snapshot of the read transaction tx,
// whose state of the index's table is st. ok is false when tx's snapshot
// is older than the index's; behind it by more than syncLimit claims or
// by changes the log no longer holds, or when its totals no longer match
// FTS5's, it returns warmindex.ErrRebuild.
func (cur *indexed) sync(ctx context.Context, tx querier, sp indexSpec, st indexState) (ok bool, err error) {
	switch {
	case st.logID < cur.logID || st.logID == cur.logID && st.maxSeq < cur.maxSeq:
		return false, nil // an older snapshot than the index's
	case st.logID > cur.logID && st.firstLogID > cur.logID+1:
		return false, fmt.Errorf("%w: the change log no longer holds every change since it was built", warmindex.ErrRebuild)
	case st.logID-cur.logID+max(0, st.maxSeq-cur.maxSeq) > syncLimit:
		return false, fmt.Errorf("%w: more than %d rows changed", warmindex.ErrRebuild, syncLimit)
	}
	if st.logID == cur.logID && st.maxSeq == cur.maxSeq {
		return true, nil
	}
	if err := cur.catchUp(ctx, tx, sp, st); err != nil {
		if errors.Is(err, errStandAside) { // rebuilt and checked in full
			return false, fmt.Errorf("%w: %w", warmindex.ErrRebuild, err)
		}
		return false, err
	}
	return true, nil
}

// catchUp applies to the index the claims added above its highest seq
// and those the change log names, as tx sees them, then checks its totals
// against FTS5's.
func (cur *indexed) catchUp(ctx context.Context, tx querier, sp indexSpec, st indexState) error {
	if err := indexRows(ctx, tx, cur.ix, len(sp.cols), sp.selectRows("WHERE seq > ?"), []any{cur.maxSeq}); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT seq FROM search_changes WHERE id > ? AND tbl = ?", cur.logID, sp.table)
	if err != nil {
		return err
	}
	var changed []int64
	for rows.Next() {
		var seq int64
		if err := rows.Scan(&seq); err != nil {
			rows.Close()
			return err
		}
		changed = append(changed, seq)
	}
	if err := closeRows(rows); err != nil {
		return err
	}
	for _, seq := range changed {
		cur.ix.Remove(seq)
		if err := indexRows(ctx, tx, cur.ix, len(sp.cols), sp.selectRows("WHERE seq = ?"), []any{seq}); err != nil {
			return err
		}
	}
	cur.maxSeq, cur.logID = st.maxSeq, st.logID
	if cur.ix.Garbage() > compactAt {
		cur.ix.Compact()
	}
	return checkTotals(ctx, tx, cur.ix, sp.fts)
}

// sqliteLog is the natural logarithm of the C library that SQLite runs
// on (modernc.org/libc), which FTS5's bm25() takes its IDFs with; Go's
// math.Log differs from it in the last bit for about 1 % of arguments.
func sqliteLog(x float64) float64 { return libc.Xlog(nil, x) }
