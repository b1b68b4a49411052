// Package postgres is Claimdesk's team backend: every claims service on a
// shared PostgreSQL server (github.com/jackc/pgx/v5 through database/sql),
// with ranked full-text search (PostgreSQL text search, German or English
// by the article's language; once built, in-memory indexes rank exactly as
// ts_rank, internal/tsindex, search_index.go), an append-only history,
// snapshot files stored in the database with their SHA-256, and NOTIFY on
// every change.
//
// It holds the same records as the SQLite backend (storage/sqlite), column
// for column, so that claimctl migrate can copy a database between them.
// Open refuses a database that holds other tables than Claimdesk's, or one
// written by a newer Claimdesk.
package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"
)

// DB is an open Claimdesk database on a PostgreSQL server.
type DB struct {
	s *store
}

// store implements every claims service on one connection pool: those
// both backends share in sqlstore, the rest here.
type store struct {
	*sqlstore.Store
	db    *sql.DB
	dsn   string // the connection string, password included: never shown
	where string // the server and database, for messages (no password)
	// backupDir is the local folder for Backup ("" for the default).
	backupDir string
	// closed is closed by Close, ending WatchChanges.
	closed chan struct{}
	// login is the role the server says this connection is (current_user):
	// the name recorded in the history, not the name typed into Claimdesk.
	login string
	// typedNames records the names given in ctx instead (SetTypedNames).
	typedNames bool
	// indexes are the in-memory indexes of ranked search, by kind of hit
	// (search_index.go).
	indexes map[string]*searchIndex
}

// IsDSN reports whether s names a PostgreSQL server rather than a file:
// a postgres:// or postgresql:// URL.
func IsDSN(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "postgres://") || strings.HasPrefix(l, "postgresql://")
}

// Redact returns dsn without its password, for messages and logs.
func Redact(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres://(address not readable)"
	}
	if _, has := u.User.Password(); has {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	q := u.Query()
	if q.Has("password") {
		q.Set("password", "xxxxx")
		u.RawQuery = q.Encode()
	}
	return u.String()
}

// Open connects to the PostgreSQL database named by dsn (a postgres:// URL;
// sslmode and the other libpq parameters are honoured), checks that it is
// empty or a Claimdesk database this build can read, and migrates it.
func Open(dsn string) (*DB, error) {
	where := Redact(dsn)
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, parseErr(where, dsn, err)
	}
	cfg.ConnectTimeout = connectTimeout(cfg.ConnectTimeout)
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &store{db: db, dsn: dsn, where: where, closed: make(chan struct{})}
	s.Store = sqlstore.New(s, dialect{})
	s.indexes = newIndexes(s)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, openErr(where, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.QueryRowContext(ctx, "SELECT current_user").Scan(&s.login); err != nil {
		db.Close()
		return nil, openErr(where, err)
	}
	return &DB{s: s}, nil
}

// connectTimeout bounds how long connecting may take (10 s unless the DSN
// says connect_timeout), so that a server that is gone never freezes the
// window for long.
func connectTimeout(d time.Duration) time.Duration {
	if d == 0 {
		return 10 * time.Second
	}
	return d
}

// Close closes the connection pool.
func (db *DB) Close() error {
	close(db.s.closed)
	closeIndexes(db.s.indexes)
	if err := db.s.db.Close(); err != nil {
		return claims.Internal(err, "The connection to the database server could not be closed cleanly.")
	}
	return nil
}

// Location returns the server and database, without the password.
func (db *DB) Location() string { return db.s.where }

// SQL returns the connection pool, for copying a whole database.
func (db *DB) SQL() *sql.DB { return db.s.db }

// Services returns the claims services backed by this database.
func (db *DB) Services() claims.Services {
	svc := sqlstore.ServicesOf(db.s)
	svc.Watch = db.s
	return svc
}

// Location returns the server and database, without the password.
func (s *store) Location() string { return s.where }

// write runs fn in a write transaction and commits it. Two writers never
// see each other half-way: writes run at REPEATABLE READ, and a write that
// would overwrite a concurrent one fails (and is retried, see inTx).
func (s *store) write(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.inTx(ctx, what, &sql.TxOptions{Isolation: sql.LevelRepeatableRead}, fn)
}

// read runs fn in a read-only transaction, so that it sees one consistent
// state without blocking writers.
func (s *store) read(ctx context.Context, what string, fn func(tx querier) error) error {
	if _, ok := ctx.Deadline(); !ok { // a list or search waits at most readTimeout for a server that hangs
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, readTimeout)
		defer cancel()
	}
	return s.inTx(ctx, what, &sql.TxOptions{ReadOnly: true, Isolation: sql.LevelRepeatableRead}, fn)
}

// Write is write, for sqlstore.
func (s *store) Write(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.write(ctx, what, fn)
}

// Read is read, for sqlstore.
func (s *store) Read(ctx context.Context, what string, fn func(tx querier) error) error {
	return s.read(ctx, what, fn)
}

// Actor is actor, for sqlstore.
func (s *store) Actor(ctx context.Context) string { return s.actor(ctx) }

// MergeBackup backs the database up before a merge (Backup).
func (s *store) MergeBackup(ctx context.Context) (string, error) {
	backup, err := s.Backup(ctx)
	if err != nil {
		return "", claims.Internal(err, fmt.Sprintf("Could not back up the database %s into %s before the merge; nothing was merged.", s.where, s.backups()))
	}
	return backup, nil
}

// txTimeout bounds a transaction whose context has no deadline of its own;
// readTimeout a read-only one (reads of the window are small; writes may
// be whole bundle merges).
const (
	txTimeout   = 5 * time.Minute
	readTimeout = time.Minute
)

// maxAttempts bounds the retries of a transaction that lost a race with
// another writer (serialization failure or deadlock). With the pauses of
// retryPause, the last attempt starts at most 2.6 s after the first: enough
// for a few checkers saving the same claim on a busy server.
const maxAttempts = 10

// inTx runs fn in a transaction with opts and commits it, retrying a few
// times when the server reports that a concurrent transaction got in the
// way; every error is turned into a claims error naming what was being done.
func (s *store) inTx(ctx context.Context, what string, opts *sql.TxOptions, fn func(tx querier) error) error {
	if _, ok := ctx.Deadline(); !ok { // a server that stops answering must not hang the caller
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, txTimeout)
		defer cancel()
	}
	var err error
	for attempt := 1; attempt <= maxAttempts; attempt++ {
		err = s.tryTx(ctx, opts, fn)
		if err == nil || !retryable(err) {
			break
		}
		time.Sleep(retryPause(attempt))
	}
	return dbErr(err, what)
}

// retryPause is the pause before attempt+1: random ("full jitter") up to a
// bound that doubles from 10 ms to at most 640 ms, so that writers that
// lost the same race do not collide again in lockstep.
func retryPause(attempt int) time.Duration {
	bound := 10 * time.Millisecond << min(attempt-1, 6)
	return time.Duration(rand.Int64N(int64(bound))) + time.Millisecond
}

// tryTx runs fn in one transaction with opts and commits it when fn
// succeeds; it rolls back otherwise.
func (s *store) tryTx(ctx context.Context, opts *sql.TxOptions, fn func(tx querier) error) error {
	tx, err := s.db.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(&pgTx{Tx: tx}); err != nil {
		return err
	}
	return tx.Commit()
}

// pgTx is a transaction that rewrites ? placeholders as $1, $2, ...
// (pgx caches the prepared statements per connection).
type pgTx struct {
	*sql.Tx
}

// ExecContext runs query.
func (c *pgTx) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	return c.Tx.ExecContext(ctx, rebind(query), args...)
}

// QueryContext runs query.
func (c *pgTx) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	return c.Tx.QueryContext(ctx, rebind(query), args...)
}

// QueryRowContext runs query for one row.
func (c *pgTx) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	return c.Tx.QueryRowContext(ctx, rebind(query), args...)
}

// rebind numbers the ? placeholders of query outside quoted text.
func rebind(query string) string {
	if !strings.Contains(query, "?") {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 16)
	n := 0
	var quote byte
	for i := 0; i < len(query); i++ {
		ch := query[i]
		switch {
		case quote != 0:
			if ch == quote {
				quote = 0
			}
		case ch == '\'' || ch == '"':
			quote = ch
		case ch == '?':
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(ch)
	}
	return b.String()
}

// DSN returns the connection string the database was opened with,
// password included: for connecting again, never for showing.
func (db *DB) DSN() string { return db.s.dsn }

// actor is the name recorded for a change made through this connection:
// the server's login, which the server vouches for, rather than the name
// given in ctx (typed into Claimdesk or --actor). A login that differs
// from the typed name keeps the latter in brackets, so that a shared login
// ("newsroom") still tells the checkers apart: "newsroom (Anna)".
func (s *store) actor(ctx context.Context) string {
	typed := claims.ActorFrom(ctx)
	switch {
	case s.login == "" || s.typedNames:
		return typed
	case typed == "unknown" || typed == s.login:
		return s.login
	}
	return s.login + " (" + typed + ")"
}

// SetTypedNames makes the history record the names the checkers give
// (WithActor: the name typed into Claimdesk, claimctl's --actor) instead of
// the server's login. For a program that acts for several people over one
// connection, such as the conformance suite; never set by the app.
func (db *DB) SetTypedNames(on bool) { db.s.typedNames = on }
