package postgres

import (
	"context"
	"fmt"
	"strings"

	"claimdesk/storage/internal/warmindex"
)

// pendingRow is a row the change log names: its seq and its vector's
// text as the reading transaction sees it (nil: deleted).
type pendingRow struct {
	seq int64
	vec *string
}

// pending are the rows of every indexed table that transactions changed
// which the snapshot since does not see and the reading transaction
// does, with their vectors, read in one query (outside the indexes'
// locks, for all of them at once); over names the tables with more than
// syncLimit such rows.
type pending struct {
	since string // the snapshot's text
	rows  map[string][]pendingRow
	over  map[string]bool
}

// pendingQuery selects, per table, up to syncLimit+1 changed rows (two
// arguments: the old snapshot's xmin and text; then the limit) and their
// vectors.
var pendingQuery = func() string {
	var b strings.Builder
	b.WriteString("SELECT tbl, seq, CASE tbl")
	for _, sp := range indexSpecs {
		fmt.Fprintf(&b, " WHEN '%s' THEN (SELECT t.search::text FROM %s t WHERE t.seq = c.seq)", sp.table, sp.table)
	}
	b.WriteString(` END FROM (SELECT tbl, seq, row_number() OVER (PARTITION BY tbl) AS n
		FROM (SELECT DISTINCT tbl, seq FROM search_changes
			WHERE xid >= ? AND NOT pg_visible_in_snapshot(xid::text::xid8, ?::pg_snapshot)) d) c
		WHERE n <= ?`)
	return b.String()
}()

// fetchPending reads the rows changed since the snapshot old.
func fetchPending(ctx context.Context, tx querier, old snapshot) (*pending, error) {
	rows, err := tx.QueryContext(ctx, pendingQuery, int64(old.xmin), old.text, syncLimit+1)
	if err != nil {
		return nil, err
	}
	p := &pending{since: old.text, rows: map[string][]pendingRow{}, over: map[string]bool{}}
	for rows.Next() {
		var table string
		var r pendingRow
		if err := rows.Scan(&table, &r.seq, &r.vec); err != nil {
			rows.Close()
			return nil, err
		}
		if p.rows[table] = append(p.rows[table], r); len(p.rows[table]) > syncLimit {
			p.over[table] = true
		}
	}
	return p, closeRows(rows)
}

// prefetch reads, for the indexes of kinds that are ready and behind tx's
// snapshot (log state st), the rows changed since they were brought up to
// date, when they all stand at one snapshot (as they do after a search);
// nil otherwise, and each index reads its own.
func (s *store) prefetch(ctx context.Context, tx querier, st logState, kinds []string) (*pending, error) {
	var since *snapshot
	for _, kind := range kinds {
		var snap snapshot
		if !s.indexes[kind].slot.Peek(func(cur *indexed) { snap = cur.snap }) || snap.text == st.snap.text {
			continue
		}
		if since != nil && since.text != snap.text {
			return nil, nil
		}
		since = &snap
	}
	if since == nil || !st.snap.covers(*since) || st.pruned >= since.xmin {
		return nil, nil // nothing to read, or sync decides
	}
	return fetchPending(ctx, tx, *since)
}

// apply brings the index from the snapshot p.since to st's snapshot with
// the table's rows of p.
func (cur *indexed) apply(sp indexSpec, p *pending, st logState) error {
	if p.over[sp.table] {
		return fmt.Errorf("%w: more than %d rows changed", warmindex.ErrRebuild, syncLimit)
	}
	for _, r := range p.rows[sp.table] {
		cur.ix.Remove(r.seq)
		if r.vec == nil {
			continue
		}
		if err := cur.ix.SetVector(r.seq, *r.vec); err != nil {
			return fmt.Errorf("%w: %w", warmindex.ErrRebuild, err)
		}
	}
	cur.snap = st.snap
	if cur.ix.Garbage() > compactAt {
		cur.ix.Compact()
	}
	return nil
}
