package backend

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"net/url"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// table is one table of the schema both backends share, with the columns
// they have in common, in the order a copy must insert them.
type table struct {
	name  string
	cols  []string
	bools map[string]bool // INTEGER 0/1 in SQLite, BOOLEAN in PostgreSQL
	seq   bool            // has an integer key seq, copied to keep the order
}

// tables lists what a copy carries; snapshot contents follow separately.
var tables = []table{
	{name: "scales", cols: []string{"seq", "id", "name", "free_text", "preset"}, bools: set("free_text", "preset"), seq: true},
	{name: "ratings", cols: []string{"seq", "id", "scale_id", "label_en", "label_de", "color", "ordinal", "final", "position"}, bools: set("final"), seq: true},
	{name: "articles", cols: []string{"seq", "id", "title", "url", "publisher", "language", "published_at", "body", "body_sha256", "imported_at", "created_by", "updated_at"}, seq: true},
	{name: "claims", cols: []string{"seq", "id", "article_id", "text", "anchor_start", "anchor_end", "anchor_exact", "anchor_prefix", "anchor_suffix", "detached",
		"claimant", "claim_date", "status", "rating_id", "conclusion", "rationale", "score", "kinds", "reasons", "created_at", "created_by", "updated_at", "updated_by"}, bools: set("detached"), seq: true},
	{name: "claim_tags", cols: []string{"claim_id", "tag", "position"}},
	{name: "sources", cols: []string{"seq", "id", "url", "title", "publisher", "author", "published_at", "accessed_at", "kind", "notes", "created_at", "created_by", "updated_at"}, seq: true},
	{name: "evidence", cols: []string{"seq", "id", "claim_id", "source_id", "stance", "excerpt", "note", "created_at", "created_by", "updated_at"}, seq: true},
	{name: "events", cols: []string{"seq", "id", "claim_id", "at", "actor", "field", "old", "new", "kind", "imported"}, bools: set("imported"), seq: true},
	{name: "versions", cols: []string{"seq", "kind", "record_id", "hash", "origin", "at", "actor", "content"}, seq: true},
	{name: "archives", cols: []string{"seq", "id", "name", "publisher", "source", "sha256", "imported_at", "imported_by"}, seq: true},
	{name: "archive_records", cols: []string{"seq", "id", "archive_id", "key", "text", "title", "verdict", "claimant", "claim_date", "url", "publisher", "language"}, seq: true},
	{name: "claim_groups", cols: []string{"claim_id", "group_id"}},
	{name: "group_records", cols: []string{"group_id", "record_id", "linked_at", "linked_by"}},
	{name: "match_dismissals", cols: []string{"claim_id", "target_kind", "target_id", "dismissed_at", "dismissed_by"}},
	{name: "group_links", cols: []string{"claim_id", "target_kind", "target_id", "linked_at", "linked_by"}},
}

// set returns the set of names.
func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// copyKeys are the meta keys a copy carries (the schema version is each
// backend's own).
var copyKeys = []string{"active_scale"}

// CopyResult counts what Copy copied.
type CopyResult struct {
	Rows      map[string]int // rows per table
	Snapshots int            // snapshot files
}

// Copy copies the whole database from into the empty database to, keeping
// every ID, the history, the versions, the archives of earlier checks with
// the checker's links and dismissals, and the snapshot files; the two may
// be of either backend. It refuses (ECONFLICT) a target that holds any
// record, event or custom scale. The records are copied in one transaction;
// the snapshot files follow one by one, so a failure there leaves the
// target partly filled (the message says so).
func Copy(ctx context.Context, from, to *Opened) (*CopyResult, error) {
	src, err := rawDB(from)
	if err != nil {
		return nil, err
	}
	defer src.Close()
	dst, err := rawDB(to)
	if err != nil {
		return nil, err
	}
	defer dst.Close()
	if err := refuseNonEmpty(ctx, dst, to); err != nil {
		return nil, err
	}
	res := &CopyResult{Rows: map[string]int{}}
	if err := copyRows(ctx, src, dst, from, to, res); err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Could not copy the records into %s; nothing was copied.", to.Location))
	}
	if err := copySnapshots(ctx, src, dst, from, to, res); err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Could not copy the snapshot files into %s after the records (%d files copied): %v. "+
			"The target is only partly filled: empty it and run the copy again.", to.Location, res.Snapshots, claims.ErrorMessage(err)))
	}
	return res, nil
}

// rawDB opens a plain connection pool on the open database o.
func rawDB(o *Opened) (*sql.DB, error) {
	var db *sql.DB
	var err error
	if o.Postgres != nil {
		db, err = sql.Open("pgx", o.Postgres.DSN())
	} else {
		u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: o.SQLite.Path()}).EscapedPath()}
		db, err = sql.Open("sqlite", u.String()+"?_pragma=foreign_keys(1)&_pragma=busy_timeout(10000)&_txlock=immediate")
	}
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Cannot open %s for copying.", o.Location))
	}
	return db, nil
}

// refuseNonEmpty returns ECONFLICT when the target holds anything but the
// preset scales a new database starts with.
func refuseNonEmpty(ctx context.Context, db *sql.DB, o *Opened) error {
	var held []string
	for _, t := range []string{"articles", "claims", "sources", "evidence", "events", "versions", "snapshots", "archives"} {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+t).Scan(&n); err != nil {
			return claims.Internal(err, fmt.Sprintf("Cannot read %s.", o.Location))
		}
		if n > 0 {
			held = append(held, fmt.Sprintf("%d %s", n, t))
		}
	}
	var custom int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM scales WHERE NOT ("+boolTrue(o, "preset")+")").Scan(&custom); err != nil {
		return claims.Internal(err, fmt.Sprintf("Cannot read %s.", o.Location))
	}
	if custom > 0 {
		held = append(held, fmt.Sprintf("%d custom rating scales", custom))
	}
	if len(held) > 0 {
		return claims.Errorf(claims.ECONFLICT, "The target %s is not empty (it holds %s); a copy only goes into an empty database, so nothing was copied. "+
			"Choose a new file, or an empty database (createdb).", o.Location, strings.Join(held, ", "))
	}
	return nil
}

// boolTrue is the condition that column holds true in o's backend.
func boolTrue(o *Opened, col string) string {
	if o.Postgres != nil {
		return col
	}
	return col + " <> 0"
}

// copyRows copies every table in one transaction of the target, replacing
// the preset scales the target was created with by the source's.
func copyRows(ctx context.Context, src, dst *sql.DB, from, to *Opened, res *CopyResult) error {
	rtx, err := src.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer rtx.Rollback()
	tx, err := dst.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM ratings"); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM scales"); err != nil {
		return err
	}
	if err := copyMeta(ctx, rtx, tx, to); err != nil {
		return err
	}
	for _, t := range tables {
		n, err := copyTable(ctx, rtx, tx, t, from, to)
		if err != nil {
			return fmt.Errorf("%s: %w", t.name, err)
		}
		res.Rows[t.name] = n
		if t.seq && to.Postgres != nil {
			// The next key follows the copied ones. SQLite numbers the
			// compact "created" events below its event rows (down to
			// negative seqs), so a desk with nothing but created events has
			// a max below 1; a sequence starts at 1.
			if _, err := tx.ExecContext(ctx, fmt.Sprintf(
				"SELECT setval(pg_get_serial_sequence('%s', 'seq'), GREATEST(COALESCE((SELECT max(seq) FROM %s), 0), 0) + 1, false)", t.name, t.name)); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// copyMeta copies the meta values of copyKeys that the source has (read in
// rtx) into the target's transaction tx, replacing the target's.
func copyMeta(ctx context.Context, rtx, tx *sql.Tx, to *Opened) error {
	for _, k := range copyKeys {
		var v string
		err := rtx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = '"+k+"'").Scan(&v)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM meta WHERE key = '"+k+"'"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO meta (key, value) VALUES ("+placeholders(to, 2)+")", k, v); err != nil {
			return err
		}
	}
	return nil
}

// placeholders returns n placeholders for o's backend.
func placeholders(o *Opened, n int) string {
	ps := make([]string, n)
	for i := range ps {
		if o.Postgres != nil {
			ps[i] = fmt.Sprintf("$%d", i+1)
		} else {
			ps[i] = "?"
		}
	}
	return strings.Join(ps, ", ")
}

// copyTable copies the rows of t in the order of its key. A SQLite file's
// history is read through its view of every event (sqlite.HistoryView),
// and a "created" event stored by reference to its claim is copied with
// the text it stands for (sqlite.EventNewSQL): the target keeps its own
// storage, and PostgreSQL text cannot hold the reference's NUL character.
func copyTable(ctx context.Context, rtx, tx *sql.Tx, t table, from, to *Opened) (int, error) {
	cols := strings.Join(t.cols, ", ")
	sel, src := cols, t.name
	if t.name == "events" && from.SQLite != nil {
		sel = strings.Replace("e."+strings.Join(t.cols, ", e."), "e.new", sqlite.EventNewSQL, 1)
		src = sqlite.HistoryView
	}
	order := "1"
	if t.seq {
		order = "seq"
	}
	rows, err := rtx.QueryContext(ctx, "SELECT "+sel+" FROM "+src+" e ORDER BY "+order)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	ins, err := tx.PrepareContext(ctx, "INSERT INTO "+t.name+" ("+insertCols(t, to)+") VALUES ("+placeholders(to, len(t.cols))+")")
	if err != nil {
		return 0, err
	}
	defer ins.Close()
	vals := make([]any, len(t.cols))
	ptrs := make([]any, len(t.cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	n := 0
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			return n, err
		}
		for i, c := range t.cols {
			if from.SQLite != nil {
				vals[i] = sqlite.CopyOut(t.name, c, vals[i])
			}
			vals[i] = normalize(vals[i], t.bools[c])
			if to.SQLite != nil {
				vals[i] = sqlite.CopyIn(t.name, c, vals[i])
			}
		}
		if _, err := ins.ExecContext(ctx, vals...); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// insertCols lists the columns of t a copy writes in o's backend.
func insertCols(t table, o *Opened) string {
	if o.SQLite == nil {
		return strings.Join(t.cols, ", ")
	}
	cols := make([]string, len(t.cols))
	for i, c := range t.cols {
		cols[i] = sqlite.CopyColumn(t.name, c)
	}
	return strings.Join(cols, ", ")
}

// normalize turns a value as one driver returns it into one both accept:
// bytes into text, and 0/1 or true/false into a bool for boolean columns.
func normalize(v any, isBool bool) any {
	if b, ok := v.([]byte); ok {
		v = string(b)
	}
	if !isBool {
		return v
	}
	switch x := v.(type) {
	case int64:
		return x != 0
	case bool:
		return x
	}
	return v
}

// copySnapshots copies every snapshot file linked to a source: its content
// through the services (files beside an SQLite database, rows on the
// server), then its link's name and date and its type as the source had
// them.
func copySnapshots(ctx context.Context, src, dst *sql.DB, from, to *Opened, res *CopyResult) error {
	rows, err := src.QueryContext(ctx, `SELECT l.source_id, l.sha256, l.name, l.added_at, s.mime
		FROM source_snapshots l JOIN snapshots s ON s.sha256 = l.sha256 ORDER BY l.added_at, l.sha256`)
	if err != nil {
		return err
	}
	type link struct{ source, sha, name, added, mime string }
	var links []link
	for rows.Next() {
		var l link
		if err := rows.Scan(&l.source, &l.sha, &l.name, &l.added, &l.mime); err != nil {
			rows.Close()
			return err
		}
		links = append(links, l)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, l := range links {
		content, err := readSnapshot(ctx, from, l.sha)
		if err != nil {
			return err
		}
		snap, err := to.Services.Sources.AttachSnapshot(ctx, l.source, l.name, bytes.NewReader(content))
		if err != nil {
			return err
		}
		if snap.SHA256 != l.sha {
			return fmt.Errorf("snapshot %s arrived as %s", l.sha, snap.SHA256)
		}
		p := placeholders(to, 4)
		ps := strings.Split(p, ", ")
		if _, err := dst.ExecContext(ctx, "UPDATE source_snapshots SET name = "+ps[0]+", added_at = "+ps[1]+
			" WHERE source_id = "+ps[2]+" AND sha256 = "+ps[3], l.name, l.added, l.source, l.sha); err != nil {
			return err
		}
		if _, err := dst.ExecContext(ctx, "UPDATE snapshots SET mime = "+ps[0]+" WHERE sha256 = "+ps[1], l.mime, l.sha); err != nil {
			return err
		}
		res.Snapshots++
	}
	return nil
}

// readSnapshot reads the whole snapshot file sha from the source database.
func readSnapshot(ctx context.Context, from *Opened, sha string) ([]byte, error) {
	r, err := from.Services.Sources.OpenSnapshot(ctx, sha)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	return io.ReadAll(r)
}
