// Package sqlite is Claimdesk's embedded default backend: every claims
// service on one SQLite file (modernc.org/sqlite, no cgo), with full-text
// search (FTS5, ranked by bm25; once built, in-memory indexes rank exactly
// the same, package textindex, search_index.go), an append-only claim
// history, content-addressed snapshot files beside the database, and
// rolling backups before every migration.
//
// Open refuses files it must not touch: a database written by a newer
// Claimdesk, a file that is not a Claimdesk database, or one found damaged.
// Such files are left exactly as they were. The integrity check runs at
// open only before a migration or after a session that did not close
// cleanly (see session.go); otherwise QuickCheck runs it later.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// DB is an open Claimdesk database.
type DB struct {
	s *store
}

// store implements every claims service on one connection pool: those
// both backends share in sqlstore, the rest here.
type store struct {
	*sqlstore.Store
	db     *sql.DB
	path   string // the database file
	dir    string // the directory holding it, its snapshots and backups
	marker string // this session's marker (session.go), "" if none
	// indexes are the in-memory ranked search of claims, sources, evidence
	// and articles, by kind of hit (search_index.go).
	indexes map[string]*searchIndex
	// closed is closed by Close, ending WatchChanges.
	closed    chan struct{}
	closeOnce sync.Once
}

// Open opens (creating if needed) the Claimdesk database at path, creates
// its directory, checks that the file is a Claimdesk database this build can
// read (checking its integrity first when it needs migrating or the last
// session did not close cleanly), backs it up when it needs migrating, and
// migrates it.
func Open(path string) (*DB, error) {
	if path == "" {
		return nil, claims.Errorf(claims.EINVALID, "No database path was given.")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Cannot resolve the database path %q.", path))
	}
	dir := filepath.Dir(abs)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Cannot create the data directory %s.", dir))
	}
	stale := staleSessions(abs)
	version, err := inspect(abs, len(stale) > 0)
	if err != nil {
		return nil, err
	}
	if version > 0 && version < len(migrations) {
		if _, err := backupFile(context.Background(), abs, version); err != nil {
			return nil, err
		}
	}
	db, err := sql.Open("sqlite", dsn(abs, false))
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Cannot open the database %s.", abs))
	}
	s := withShared(&store{db: db, path: abs, dir: dir, marker: newSession(abs), closed: make(chan struct{})})
	s.indexes = newIndexes(s)
	for _, m := range stale { // checked above
		endSession(m)
	}
	if err := s.init(context.Background()); err != nil {
		db.Close()
		endSession(s.marker)
		return nil, err
	}
	return &DB{s: s}, nil
}

// pageSize is the page size of a new database (and of one VACUUM rewrote
// after a migration): 16 KiB pages leave less unused space at their ends
// than SQLite's default 4 KiB, with rows of a few hundred bytes (claims).
const pageSize = 16384

// cacheKiB is each connection's page cache: 8 MiB, 512 pages of pageSize
// (SQLite's default of 2 MiB held only 125, and a search at 1,000,000
// claims then read its index pages again and again: 4.3 instead of 2.2 ms
// of CPU for a rare word).
const cacheKiB = 8192

// dsn returns the connection string for path: foreign keys on, a page
// cache of cacheKiB, WAL, a busy timeout, and BEGIN IMMEDIATE for write
// transactions. readOnly opens the
// file without changing it (no journal-mode switch).
func dsn(path string, readOnly bool) string {
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	if readOnly {
		return u.String() + "?mode=ro&_pragma=busy_timeout(5000)"
	}
	return u.String() + "?_pragma=foreign_keys(1)&_pragma=cache_size(-" + strconv.Itoa(cacheKiB) + ")&_pragma=journal_mode(WAL)" +
		"&_pragma=busy_timeout(5000)&_pragma=synchronous(NORMAL)&_pragma=temp_store(MEMORY)&_txlock=immediate"
}

// withShared puts the services both backends share on s.
func withShared(s *store) *store {
	s.Store = sqlstore.New(s, dialect{})
	return s
}

// init verifies WAL mode and applies pending migrations.
func (s *store) init(ctx context.Context) error {
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return openErr(s.path, err)
	}
	if mode != "wal" {
		return claims.Internal(fmt.Errorf("journal_mode is %q", mode),
			fmt.Sprintf("The database %s could not be switched to write-ahead logging.", s.path))
	}
	return s.migrate(ctx)
}

// Close closes the database and ends its session (a clean close).
func (db *DB) Close() error {
	db.s.closeOnce.Do(func() { close(db.s.closed) })
	for _, c := range db.s.indexes {
		c.close()
	}
	if err := db.s.db.Close(); err != nil {
		return claims.Internal(err, "The database could not be closed cleanly.")
	}
	endSession(db.s.marker)
	return nil
}

// Path returns the absolute path of the database file.
func (db *DB) Path() string { return db.s.path }

// Services returns the claims services backed by this database.
func (db *DB) Services() claims.Services {
	return sqlstore.ServicesOf(db.s)
}

// Watcher reports another program's writes to the file (watch.go). The
// window's opening (backend.Open) sets it as Services.Watch; a database
// opened by Open alone has none, so the window's tests see only their own
// writes, when they ask.
func (db *DB) Watcher() claims.ChangeWatcher { return db.s }

// Location returns the path of the database file.
func (s *store) Location() string { return s.path }

// write runs fn in a write transaction (BEGIN IMMEDIATE) and commits it.
func (s *store) write(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.inTx(ctx, what, nil, fn)
}

// read runs fn in a read-only transaction, so that it sees one consistent
// state without blocking writers.
func (s *store) read(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.inTx(ctx, what, &sql.TxOptions{ReadOnly: true}, fn)
}

// Write is write, for sqlstore.
func (s *store) Write(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.write(ctx, what, fn)
}

// Read is read, for sqlstore.
func (s *store) Read(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.read(ctx, what, fn)
}

// Actor is the name given in ctx (claims.WithActor).
func (s *store) Actor(ctx context.Context) string { return claims.ActorFrom(ctx) }

// MergeBackup backs the database up before a merge (Backup).
func (s *store) MergeBackup(ctx context.Context) (string, error) {
	backup, err := s.Backup(ctx)
	if err != nil {
		return "", claims.Internal(err, fmt.Sprintf("Could not back up the database into %s before the merge; nothing was merged.", BackupDir(s.path)))
	}
	return backup, nil
}

// inTx runs fn in a transaction with opts and commits it; every error is
// turned into a claims error naming what was being done.
func (s *store) inTx(ctx context.Context, what string, opts *sql.TxOptions, fn func(tx querier) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return dbErr(err, what)
	}
	defer tx.Rollback()
	if err := fn(&cachedTx{Tx: tx}); err != nil {
		return dbErr(err, what)
	}
	if err := tx.Commit(); err != nil {
		return dbErr(err, what)
	}
	return nil
}

// cachedTx is a transaction that prepares each distinct statement once, so
// that bulk work (CreateClaims, MergeDataset) does not re-parse its SQL per
// row. The statements close with the transaction.
type cachedTx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt
}

// stmt returns the prepared statement of query, preparing it on first use.
func (c *cachedTx) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	st, err := c.Tx.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if c.stmts == nil {
		c.stmts = map[string]*sql.Stmt{}
	}
	c.stmts[query] = st
	return st, nil
}

// ExecContext runs a cached prepared statement.
func (c *cachedTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a cached prepared query.
func (c *cachedTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a cached prepared query for one row.
func (c *cachedTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return c.Tx.QueryRowContext(ctx, query, args...) // reports the same error through Row.Scan
	}
	return st.QueryRowContext(ctx, args...)
}
