package sqlite

import (
	"context"
	"errors"
	"log"

	"claimdesk/textindex"

	"modernc.org/libc"
)

// search answers q from the in-memory index in the read transaction tx:
// the k best claims (as FTS5's bm25() ranks them) and the number of
// matching claims. ok is false when the index cannot answer (see sync);
// the caller then asks FTS5.
func (c *searchIndex) search(ctx context.Context, s *store, tx querier, st indexState, q textindex.Query, k int) (hits []textindex.Hit, total int, ok bool, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bypass {
		return nil, 0, false, nil
	}
	if ok, err := c.sync(ctx, s, tx, st); !ok || err != nil {
		return nil, 0, false, err
	}
	hits, total = c.ix.Search(q, k, sqliteLog)
	c.answered++
	return hits, total, true, nil
}

// sync brings the index up to the snapshot of the read transaction tx,
// whose state of the index's table is st.
// ok is false when it cannot: not built yet, off, ahead of tx's snapshot,
// or behind it by more than syncLimit claims or by changes the log no
// longer holds; a build then starts unless one runs. c.mu is held.
func (c *searchIndex) sync(ctx context.Context, s *store, tx querier, st indexState) (ok bool, err error) {
	if c.state != indexReady {
		c.start(s)
		return false, nil
	}
	switch {
	case st.logID < c.logID || st.logID == c.logID && st.maxSeq < c.maxSeq:
		return false, nil // an older snapshot than the index's
	case st.logID > c.logID && st.firstLogID > c.logID+1, // changes pruned unseen
		st.logID-c.logID+max(0, st.maxSeq-c.maxSeq) > syncLimit:
		c.state, c.ix = indexIdle, nil
		c.start(s)
		return false, nil
	}
	if st.logID == c.logID && st.maxSeq == c.maxSeq {
		return true, nil
	}
	if err := c.catchUp(ctx, tx, st); err != nil {
		if errors.Is(err, errStandAside) {
			c.state, c.ix = indexIdle, nil // rebuilt and checked in full
			log.Printf("claimdesk: rebuilding the search index: %v", err)
			c.start(s)
			return false, nil
		}
		return false, err
	}
	return true, nil
}

// catchUp applies to the index the claims added above its highest seq
// and those the change log names, as tx sees them, then checks its totals
// against FTS5's. c.mu is held.
func (c *searchIndex) catchUp(ctx context.Context, tx querier, st indexState) error {
	sp := c.spec
	if err := indexRows(ctx, tx, c.ix, len(sp.cols), sp.selectRows("WHERE seq > ?"), []any{c.maxSeq}); err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, "SELECT DISTINCT seq FROM search_changes WHERE id > ? AND tbl = ?", c.logID, sp.table)
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
		c.ix.Remove(seq)
		if err := indexRows(ctx, tx, c.ix, len(sp.cols), sp.selectRows("WHERE seq = ?"), []any{seq}); err != nil {
			return err
		}
	}
	c.maxSeq, c.logID = st.maxSeq, st.logID
	if c.ix.Garbage() > compactAt {
		c.ix.Compact()
	}
	return checkTotals(ctx, tx, c.ix, sp.fts)
}

// sqliteLog is the natural logarithm of the C library that SQLite runs
// on (modernc.org/libc), which FTS5's bm25() takes its IDFs with; Go's
// math.Log differs from it in the last bit for about 1 % of arguments.
func sqliteLog(x float64) float64 { return libc.Xlog(nil, x) }
