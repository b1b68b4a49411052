package postgres

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"claimdesk/storage/internal/warmindex"
	"claimdesk/storage/postgres/internal/tsindex"
)

// snapshot is a transaction snapshot of the server (pg_snapshot): the
// transactions it sees are those below xmax, finished, and not in xip.
type snapshot struct {
	text       string
	xmin, xmax uint64
	xip        []uint64
}

// parseSnapshot reads pg_snapshot's text form, xmin:xmax:xip,xip,...
func parseSnapshot(s string) (snapshot, error) {
	f := strings.Split(s, ":")
	if len(f) != 3 {
		return snapshot{}, errors.New("unreadable snapshot " + strconv.Quote(s))
	}
	snap := snapshot{text: s}
	var err error
	if snap.xmin, err = strconv.ParseUint(f[0], 10, 64); err != nil {
		return snapshot{}, err
	}
	if snap.xmax, err = strconv.ParseUint(f[1], 10, 64); err != nil {
		return snapshot{}, err
	}
	if f[2] != "" {
		for _, x := range strings.Split(f[2], ",") {
			v, err := strconv.ParseUint(x, 10, 64)
			if err != nil {
				return snapshot{}, err
			}
			snap.xip = append(snap.xip, v)
		}
	}
	return snap, nil
}

// covers reports whether snap sees every transaction old sees: it was
// taken later (two searches of one process may run at once).
func (snap snapshot) covers(old snapshot) bool {
	if snap.xmax < old.xmax {
		return false
	}
	for _, x := range snap.xip {
		if x < old.xmax && !slices.Contains(old.xip, x) {
			return false
		}
	}
	return true
}

// currentSnapshot returns the snapshot of the read transaction tx.
func currentSnapshot(ctx context.Context, tx querier) (snapshot, error) {
	var text string
	if err := tx.QueryRowContext(ctx, "SELECT pg_current_snapshot()::text").Scan(&text); err != nil {
		return snapshot{}, err
	}
	return parseSnapshot(text)
}

// logState is what a read transaction sees of the change log: its
// snapshot and the highest transaction id whose entries were pruned.
type logState struct {
	snap   snapshot
	pruned uint64
}

// logStateColumns selects a logState: the snapshot's text and pruned.
const logStateColumns = "pg_current_snapshot()::text, (SELECT xid FROM search_changes_pruned)"

// readLogState reads the log state tx sees.
func readLogState(ctx context.Context, tx querier) (logState, error) {
	var text string
	var st logState
	err := tx.QueryRowContext(ctx, "SELECT "+logStateColumns).Scan(&text, &st.pruned)
	if err != nil {
		return st, err
	}
	st.snap, err = parseSnapshot(text)
	return st, err
}

// search answers q from the in-memory index in the read transaction tx
// (whose log state is st, and p the rows changed since the indexes'
// snapshot, or nil): the k best rows and the number of matching rows. ok
// is false when the index cannot answer (see indexed.sync); the caller
// then asks the server.
func (c *searchIndex) search(ctx context.Context, tx querier, st logState, p *pending, q *tsindex.Query, k int) (hits []tsindex.Hit, total int, ok bool, err error) {
	ok, err = c.slot.Answer(func(cur *indexed) (bool, error) {
		if ok, err := cur.sync(ctx, tx, c.spec, st, p); !ok || err != nil {
			return false, err
		}
		hits, total = cur.ix.Search(q, k)
		return true, nil
	})
	return hits, total, ok, err
}

// sync brings the index up to the snapshot of the read transaction tx,
// whose log state is st, with the changed rows p when they were read
// since the index's snapshot, else with those it reads itself. ok is
// false when it cannot because tx's snapshot is older than the index's;
// behind it by more than syncLimit rows or by changes the log no longer
// holds, it returns warmindex.ErrRebuild.
func (cur *indexed) sync(ctx context.Context, tx querier, sp indexSpec, st logState, p *pending) (ok bool, err error) {
	switch {
	case st.snap.text == cur.snap.text:
		return true, nil
	case !st.snap.covers(cur.snap):
		return false, nil // an older snapshot than the index's
	case st.pruned >= cur.snap.xmin: // entries it did not see may be pruned
		return false, fmt.Errorf("%w: the change log no longer holds every change since it was built", warmindex.ErrRebuild)
	}
	if p == nil || p.since != cur.snap.text {
		if p, err = fetchPending(ctx, tx, cur.snap); err != nil {
			return false, err
		}
	}
	if err := cur.apply(sp, p, st); err != nil {
		return false, err
	}
	return true, nil
}
