package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/warmindex"
	"claimdesk/storage/postgres/internal/tsindex"
)

// Search ranks in memory (internal/tsindex), one index per kind of hit,
// once the indexes are built: ts_rank reads and scores every matching
// row's vector on the server, so a word in a third of a million claims
// took seconds; the indexes hold the same vectors' lexemes (read from the
// server, so the German, English and simple configurations made them) and
// rank the same rows with the same figures in milliseconds. They are built
// in the background on the first search (or PrepareSearch), which the
// server answers, as it answers every search an index cannot: while it
// builds, with claim filters, for queries the index does not do, and
// whenever it has fallen too far behind. Each search brings them up to
// date first, in the search's own read transaction, from the change log
// of migration 0004: the entries its last snapshot did not see, so that
// other checkers' edits are found by the next search.

// Limits of the index's catching up.
const (
	// syncLimit is the number of changed rows up to which a search
	// applies them itself; beyond it the index is rebuilt in the
	// background and the server answers meanwhile.
	syncLimit = 20000
	// compactAt is the share of outdated documents at which the index
	// drops them.
	compactAt = 0.25
	// buildTimeout bounds one build's read transaction.
	buildTimeout = 30 * time.Minute
)

// indexSpec says which table an index holds: the kind of hit and the
// table, whose search column is a tsvector.
type indexSpec struct {
	kind  string
	table string
}

// indexSpecs are the in-memory indexes, one per arm of Search.
var indexSpecs = []indexSpec{
	{claims.HitClaim, "claims"},
	{claims.HitArticle, "articles"},
	{claims.HitSource, "sources"},
	{claims.HitEvidence, "evidence"},
}

// searchIndex is the in-memory index of one table's text-search vectors,
// keyed by the table's seq, in its slot (built, synced, rebuilt).
type searchIndex struct {
	spec indexSpec
	slot *warmindex.Slot[indexed]
}

// indexed is an index and the snapshot it is up to date with: it holds
// every change this snapshot sees.
type indexed struct {
	ix   *tsindex.Index
	snap snapshot
}

// newIndexes returns the store's search indexes by kind of hit.
func newIndexes(s *store) map[string]*searchIndex {
	out := map[string]*searchIndex{}
	for _, sp := range indexSpecs {
		out[sp.kind] = &searchIndex{spec: sp, slot: warmindex.New(sp.table, errStandAside,
			func(ctx context.Context) (indexed, error) { return buildIndex(ctx, s, sp) })}
	}
	return out
}

// closeIndexes stops the running builds and waits for them.
func closeIndexes(indexes map[string]*searchIndex) {
	for _, c := range indexes {
		c.slot.Close()
	}
}

// errStandAside means that the index cannot follow the table's changes:
// the change log's triggers are missing.
var errStandAside = errors.New("the in-memory index cannot follow the changes")

// buildIndex reads every row's vector in one read transaction, streamed,
// and returns the index and the transaction's snapshot.
func buildIndex(ctx context.Context, s *store, sp indexSpec) (indexed, error) {
	ctx, cancel := context.WithTimeout(ctx, buildTimeout)
	defer cancel()
	var ix *tsindex.Index
	var snap snapshot
	var aside error
	err := s.read(ctx, "index the "+sp.table+" for search", func(tx querier) error {
		ix = tsindex.New()
		var err error
		if snap, err = currentSnapshot(ctx, tx); err != nil {
			return err
		}
		if aside = checkTriggers(ctx, tx, sp); aside != nil {
			return aside
		}
		return indexRows(ctx, tx, ix, "SELECT seq, search::text FROM "+sp.table)
	})
	if errors.Is(aside, errStandAside) {
		return indexed{}, aside
	}
	if err != nil {
		return indexed{}, err
	}
	return indexed{ix, snap}, nil
}

// checkTriggers makes sure that the table's changes are logged.
func checkTriggers(ctx context.Context, tx querier, sp indexSpec) error {
	var n int
	err := tx.QueryRowContext(ctx, `SELECT count(*) FROM pg_trigger
		WHERE tgrelid = ?::regclass AND tgname IN ('search_changes_rows', 'search_changes_text') AND tgenabled <> 'D'`,
		sp.table).Scan(&n)
	if err != nil {
		return err
	}
	if n != 2 {
		return fmt.Errorf("%w: the triggers logging changes of %s are missing or disabled", errStandAside, sp.table)
	}
	return nil
}

// indexRows indexes the rows a query returns: seq and the vector's text.
func indexRows(ctx context.Context, tx querier, ix *tsindex.Index, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var seq int64
	var vec string
	for rows.Next() {
		if err := rows.Scan(&seq, &vec); err != nil {
			return err
		}
		if err := ix.SetVector(seq, vec); err != nil {
			return err
		}
	}
	return rows.Err()
}

// PrepareSearch starts building the in-memory indexes of ranked search in
// the background, so that the first search need not wait for them
// (without it, the first search starts the builds and the server answers).
func (db *DB) PrepareSearch() {
	for _, c := range db.s.indexes {
		c.slot.Prepare()
	}
}

// WaitSearchIndex brings the in-memory indexes up to date with the
// database, building them if needed, and waits until they are; it returns
// why an index stands aside, if one does ("" when they answer searches).
func (db *DB) WaitSearchIndex(ctx context.Context) (string, error) {
	s := db.s
	for _, sp := range indexSpecs {
		c := s.indexes[sp.kind]
		why, err := c.slot.Wait(ctx, func(ctx context.Context) (ok bool, err error) {
			err = s.read(ctx, "bring the search index up to date", func(tx querier) error {
				st, err := readLogState(ctx, tx)
				if err != nil {
					return err
				}
				ok, err = c.slot.Sync(func(cur *indexed) (bool, error) { return cur.sync(ctx, tx, sp, st, nil) })
				return err
			})
			return ok, err
		})
		if why != "" || err != nil {
			return why, err
		}
	}
	return "", nil
}

// DisableSearchIndex makes the server answer every ranked search and
// keeps the in-memory indexes from being built (for measuring the
// server's own text search).
func (db *DB) DisableSearchIndex() {
	for _, c := range db.s.indexes {
		c.slot.SetBypass(true)
	}
}
