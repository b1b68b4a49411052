package sqlite

import (
	"context"
	"errors"
	"log"
	"sync"

	"claimdesk/claims"
	"claimdesk/textindex"
)

// Search ranks in memory (textindex), one index per kind of hit, once the
// indexes are built: FTS5's bm25() scores every match through a per-row
// lookup of the row's length, so a word in a third of a million claims
// took a second; the indexes rank the same rows with the same figures in
// milliseconds. They are built in the background on the first search (or
// PrepareSearch), which FTS5 answers, as it answers every search an index
// cannot: while it builds, with claim filters, and whenever it stands
// aside. Each search brings them up to date first, in the search's own
// read transaction, from the rows above the highest seq they hold and the
// change log that migration 0008 keeps (so they see other processes'
// writes too).

// Limits of the index's catching up.
const (
	// syncLimit is the number of new or changed rows up to which a
	// search applies them itself; beyond it the index is rebuilt in the
	// background and FTS5 answers meanwhile.
	syncLimit = 20000
	// compactAt is the share of outdated documents at which the index
	// drops them.
	compactAt = 0.25
)

// Index states.
const (
	indexIdle     = iota // not built yet
	indexBuilding        // a build runs
	indexReady           // answers searches
	indexOff             // stands aside for good (its tokens differ from FTS5's)
)

// indexSpec says what a search index holds: the columns of a table that
// its FTS5 index holds, in that index's order, weighed as Search's bm25()
// call weighs them.
type indexSpec struct {
	kind    string // the kind of search hit
	table   string
	cols    []string
	fts     string
	weights []float64
}

// indexSpecs are the in-memory indexes: claims, sources, evidence and
// articles, with the weights of Search's bm25() calls.
var indexSpecs = []indexSpec{
	{claims.HitClaim, "claims", []string{"text", "rationale", "conclusion", "claimant"}, "claims_fts", nil},
	{claims.HitSource, "sources", []string{"title", "publisher", "notes", "url"}, "sources_fts", []float64{4, 2, 1, 1}},
	{claims.HitEvidence, "evidence", []string{"excerpt", "note"}, "evidence_fts", nil},
	{claims.HitArticle, "articles", []string{"title", "body"}, "articles_fts", []float64{4, 1}},
}

// newIndexes returns the store's search indexes by kind of hit.
func newIndexes() map[string]*searchIndex {
	out := map[string]*searchIndex{}
	for _, sp := range indexSpecs {
		out[sp.kind] = newSearchIndex(sp)
	}
	return out
}

// searchIndex is the in-memory index of one table's searchable columns,
// keyed by the table's seq.
type searchIndex struct {
	spec   indexSpec
	mu     sync.Mutex
	ix     *textindex.Index
	maxSeq int64 // the rows indexed: every seq up to maxSeq ...
	logID  int64 // ... as changed up to this search_changes entry
	state  int
	why    string        // why it stands aside (indexOff)
	done   chan struct{} // closed when the running build ends

	bypass   bool // tests: let FTS5 answer every search
	answered int  // searches the index answered

	ctx    context.Context // ends with the store
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

func newSearchIndex(spec indexSpec) *searchIndex {
	ctx, cancel := context.WithCancel(context.Background())
	return &searchIndex{spec: spec, ctx: ctx, cancel: cancel}
}

// close stops a running build and waits for it.
func (c *searchIndex) close() {
	c.cancel()
	c.wg.Wait()
}

// start begins a build in the background unless one runs, the index is
// ready or off. c.mu is held.
func (c *searchIndex) start(s *store) {
	if c.state == indexBuilding || c.state == indexOff || c.ctx.Err() != nil {
		return
	}
	c.state, c.done = indexBuilding, make(chan struct{})
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		ix, maxSeq, logID, err := buildIndex(c.ctx, s, c.spec)
		c.mu.Lock()
		defer c.mu.Unlock()
		switch {
		case errors.Is(err, errStandAside):
			c.state, c.why, c.ix = indexOff, err.Error(), nil
			log.Printf("claimdesk: ranked search by FTS5 only: %v", err)
		case err != nil:
			c.state, c.ix = indexIdle, nil // tried again by the next search
			if c.ctx.Err() == nil {
				log.Printf("claimdesk: building the search index: %v", err)
			}
		default:
			c.state, c.ix, c.maxSeq, c.logID = indexReady, ix, maxSeq, logID
		}
		close(c.done)
	}()
}

// errStandAside means that the index cannot answer as FTS5 does: its
// tokens differ from FTS5's, or the change log's triggers are missing.
var errStandAside = errors.New("the in-memory index cannot rank as FTS5 does")

// indexState is what a read transaction sees of a table: the highest
// seq and the newest and oldest change log entry.
type indexState struct{ maxSeq, logID, firstLogID int64 }

func readIndexState(ctx context.Context, tx querier, sp indexSpec) (indexState, error) {
	var st indexState
	err := tx.QueryRowContext(ctx, `SELECT (SELECT COALESCE(max(seq), 0) FROM `+sp.table+`),
		(SELECT COALESCE(max(id), 0) FROM search_changes), (SELECT COALESCE(min(id), 0) FROM search_changes)`).
		Scan(&st.maxSeq, &st.logID, &st.firstLogID)
	return st, err
}

// readIndexStates reads the state of every indexed table in one query,
// by kind of hit.
func readIndexStates(ctx context.Context, tx querier) (map[string]indexState, error) {
	q := "SELECT (SELECT COALESCE(max(id), 0) FROM search_changes), (SELECT COALESCE(min(id), 0) FROM search_changes)"
	for _, sp := range indexSpecs {
		q += ", (SELECT COALESCE(max(seq), 0) FROM " + sp.table + ")"
	}
	var logID, first int64
	seqs := make([]int64, len(indexSpecs))
	dest := []any{&logID, &first}
	for i := range seqs {
		dest = append(dest, &seqs[i])
	}
	if err := tx.QueryRowContext(ctx, q).Scan(dest...); err != nil {
		return nil, err
	}
	out := map[string]indexState{}
	for i, sp := range indexSpecs {
		out[sp.kind] = indexState{maxSeq: seqs[i], logID: logID, firstLogID: first}
	}
	return out, nil
}

// selectRows returns the query of the seq and indexed columns of the
// table's rows, followed by where.
func (sp indexSpec) selectRows(where string) string {
	q := "SELECT seq"
	for _, c := range sp.cols {
		q += ", COALESCE(" + c + ", '')"
	}
	return q + " FROM " + sp.table + " " + where
}

// buildIndex indexes every row of a table in one read transaction and
// checks the result against FTS5's vocabulary and totals.
func buildIndex(ctx context.Context, s *store, sp indexSpec) (*textindex.Index, int64, int64, error) {
	ix := textindex.NewWeighted(sp.weights)
	var st indexState
	var aside error // why the index stands aside
	err := s.read(ctx, "index the "+sp.table+" for search", func(tx querier) error {
		var err error
		if st, err = readIndexState(ctx, tx, sp); err != nil {
			return err
		}
		if aside = checkTriggers(ctx, tx, sp); aside != nil {
			return aside
		}
		if err := indexRows(ctx, tx, ix, len(sp.cols), sp.selectRows(""), nil); err != nil {
			return err
		}
		if aside = checkTotals(ctx, tx, ix, sp.fts); aside != nil {
			return aside
		}
		aside = checkVocabulary(ctx, tx, ix, sp.fts)
		return aside
	})
	if errors.Is(aside, errStandAside) {
		return nil, 0, 0, aside
	}
	if err != nil {
		return nil, 0, 0, err
	}
	return ix, st.maxSeq, st.logID, nil
}

// indexRows indexes the rows a query returns: seq and ncols texts.
func indexRows(ctx context.Context, tx querier, ix *textindex.Index, ncols int, query string, args []any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	var seq int64
	texts := make([]string, ncols)
	dest := []any{&seq}
	for i := range texts {
		dest = append(dest, &texts[i])
	}
	for rows.Next() {
		if err := rows.Scan(dest...); err != nil {
			return err
		}
		ix.Set(seq, texts...)
	}
	return rows.Err()
}

// PrepareSearch starts building the in-memory index of the claims' ranked
// search in the background, so that the first search need not wait for
// it (without it, the first search starts the build and FTS5 answers).
func (db *DB) PrepareSearch() {
	for _, c := range db.s.indexes {
		c.mu.Lock()
		c.start(db.s)
		c.mu.Unlock()
	}
}

// WaitSearchIndex brings the in-memory index up to date with the
// database, building it if needed, and waits until it is; it returns why
// the index stands aside, if it does ("" when it answers searches).
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
			c.mu.Lock()
			defer c.mu.Unlock()
			st, err := readIndexState(ctx, tx, c.spec)
			if err != nil {
				return err
			}
			ok, err = c.sync(ctx, s, tx, st)
			return err
		})
		if err != nil || ok {
			return "", err
		}
	}
}
