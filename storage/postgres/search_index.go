package postgres

import (
	"context"
	"errors"
	"fmt"
	"log"
	"sync"
	"time"

	"claimdesk/claims"
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

// Index states.
const (
	indexIdle     = iota // not built yet
	indexBuilding        // a build runs
	indexReady           // answers searches
	indexOff             // stands aside for good (the change log is missing)
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

// newIndexes returns the store's search indexes by kind of hit.
func newIndexes() map[string]*searchIndex {
	out := map[string]*searchIndex{}
	for _, sp := range indexSpecs {
		ctx, cancel := context.WithCancel(context.Background())
		out[sp.kind] = &searchIndex{spec: sp, ctx: ctx, cancel: cancel}
	}
	return out
}

// closeIndexes stops the running builds and waits for them.
func closeIndexes(indexes map[string]*searchIndex) {
	for _, c := range indexes {
		c.cancel()
	}
	for _, c := range indexes {
		c.wg.Wait()
	}
}

// searchIndex is the in-memory index of one table's text-search vectors,
// keyed by the table's seq.
type searchIndex struct {
	spec  indexSpec
	mu    sync.Mutex
	ix    *tsindex.Index
	snap  snapshot // the index holds every change this snapshot sees
	state int
	why   string        // why it stands aside (indexOff)
	done  chan struct{} // closed when the running build ends

	bypass   bool // tests: let the server answer every search
	answered int  // searches the index answered

	ctx    context.Context // ends with the store
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// start begins a build in the background unless one runs, the index is
// ready or off. c.mu is held.
func (c *searchIndex) start(s *store) {
	if c.state == indexBuilding || c.state == indexReady || c.state == indexOff || c.ctx.Err() != nil {
		return
	}
	c.state, c.done = indexBuilding, make(chan struct{})
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		ix, snap, err := buildIndex(c.ctx, s, c.spec)
		c.mu.Lock()
		defer c.mu.Unlock()
		switch {
		case errors.Is(err, errStandAside):
			c.state, c.why, c.ix = indexOff, err.Error(), nil
			log.Printf("claimdesk: ranked search of %s by the server only: %v", c.spec.table, err)
		case err != nil:
			c.state, c.ix = indexIdle, nil // tried again by the next search
			if c.ctx.Err() == nil {
				log.Printf("claimdesk: building the search index: %v", err)
			}
		default:
			c.state, c.ix, c.snap = indexReady, ix, snap
		}
		close(c.done)
	}()
}

// errStandAside means that the index cannot follow the table's changes:
// the change log's triggers are missing.
var errStandAside = errors.New("the in-memory index cannot follow the changes")

// buildIndex reads every row's vector in one read transaction, streamed,
// and returns the index and the transaction's snapshot.
func buildIndex(ctx context.Context, s *store, sp indexSpec) (*tsindex.Index, snapshot, error) {
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
		return nil, snapshot{}, aside
	}
	if err != nil {
		return nil, snapshot{}, err
	}
	return ix, snap, nil
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
		c.mu.Lock()
		c.start(db.s)
		c.mu.Unlock()
	}
}

// WaitSearchIndex brings the in-memory indexes up to date with the
// database, building them if needed, and waits until they are; it returns
// why an index stands aside, if one does ("" when they answer searches).
func (db *DB) WaitSearchIndex(ctx context.Context) (string, error) {
	db.PrepareSearch()
	for _, sp := range indexSpecs {
		if why, err := db.s.indexes[sp.kind].wait(ctx, db.s); why != "" || err != nil {
			return why, err
		}
	}
	return "", nil
}

// wait brings the index up to date, building it if needed (see
// WaitSearchIndex).
func (c *searchIndex) wait(ctx context.Context, s *store) (string, error) {
	for builds := 0; ; {
		c.mu.Lock()
		if c.state == indexOff {
			defer c.mu.Unlock()
			return c.why, nil
		}
		if c.state == indexIdle {
			if builds++; builds > 2 {
				c.mu.Unlock()
				return "the index of the " + c.spec.table + " could not be built", nil
			}
			c.start(s)
		}
		if c.state == indexBuilding {
			done := c.done
			c.mu.Unlock()
			select {
			case <-done:
				continue
			case <-ctx.Done():
				return "", ctx.Err()
			}
		}
		c.mu.Unlock()
		ok := false
		err := s.read(ctx, "bring the search index up to date", func(tx querier) error {
			st, err := readLogState(ctx, tx)
			if err != nil {
				return err
			}
			c.mu.Lock()
			defer c.mu.Unlock()
			ok, err = c.sync(ctx, s, tx, st)
			return err
		})
		if err != nil || ok {
			return "", err
		}
	}
}
