package sqlite

import (
	"context"
	"errors"

	"claimdesk/claims"
	"claimdesk/storage/internal/warmindex"
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
func newIndexes(s *store) map[string]*searchIndex {
	out := map[string]*searchIndex{}
	for _, sp := range indexSpecs {
		out[sp.kind] = &searchIndex{spec: sp, slot: warmindex.New(sp.table, errStandAside,
			func(ctx context.Context) (indexed, error) { return buildIndex(ctx, s, sp) })}
	}
	return out
}

// searchIndex is the in-memory index of one table's searchable columns,
// keyed by the table's seq, in its slot (built, synced, rebuilt).
type searchIndex struct {
	spec indexSpec
	slot *warmindex.Slot[indexed]
}

// indexed is an index and how far it follows its table: every seq up to
// maxSeq, as changed up to the search_changes entry logID.
type indexed struct {
	ix            *textindex.Index
	maxSeq, logID int64
}

// close stops a running build and waits for it.
func (c *searchIndex) close() { c.slot.Close() }

// errStandAside means that the index cannot answer as FTS5 does: its
// tokens differ from FTS5's, or the change log's triggers are missing.
var errStandAside = errors.New("the in-memory index cannot rank as FTS5 does")

// indexState is what a read transaction sees of a table: the highest
// seq and the newest and oldest change log entry.
type indexState struct{ maxSeq, logID, firstLogID int64 }

// readIndexState reads the state tx sees of the table of sp.
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
func buildIndex(ctx context.Context, s *store, sp indexSpec) (indexed, error) {
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
		return indexed{}, aside
	}
	if err != nil {
		return indexed{}, err
	}
	return indexed{ix, st.maxSeq, st.logID}, nil
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
		c.slot.Prepare()
	}
}

// WaitSearchIndex brings the in-memory index up to date with the
// database, building it if needed, and waits until it is; it returns why
// the index stands aside, if it does ("" when it answers searches).
func (db *DB) WaitSearchIndex(ctx context.Context) (string, error) {
	// Every kind's build at once, as the window starts them (PrepareSearch).
	// Built one after the other, the claims index of the 1,000,000-claim
	// benchmark answered a common term 4-6 times slower (41 against 7-10 ms
	// CPU, same code, same results): how the index lies in memory matters.
	db.PrepareSearch()
	s := db.s
	for _, sp := range indexSpecs {
		c := s.indexes[sp.kind]
		why, err := c.slot.Wait(ctx, func(ctx context.Context) (ok bool, err error) {
			err = s.read(ctx, "bring the search index up to date", func(tx querier) error {
				st, err := readIndexState(ctx, tx, sp)
				if err != nil {
					return err
				}
				ok, err = c.slot.Sync(func(cur *indexed) (bool, error) { return cur.sync(ctx, tx, sp, st) })
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
