// Package sqlstore holds the claims services that Claimdesk's two SQL
// backends (storage/sqlite and storage/postgres) share: the statements,
// validation, history entries, merge decisions and conflict detection that
// are the same on both. A backend gives New a Backend (how it runs a
// transaction, who acts, and Hooks for the steps it does its own way, such
// as where snapshot files live) and a Dialect (what its SQL text and
// stored values differ in). Placeholders are always ?; PostgreSQL's
// transactions number them.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"time"

	"claimdesk/claims"
)

// Querier is what the shared code needs of a transaction.
type Querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Tx is a transaction of one backend together with that backend's
// Dialect and Hooks, so that the shared helpers can ask it what differs.
type Tx struct {
	Querier
	Dialect
	Hooks
}

// Backend is what a backend gives the shared services.
type Backend interface {
	Hooks
	// Write runs fn in a write transaction and commits it; Read in a
	// read-only one. Both turn every error into a claims error naming what
	// was being done.
	Write(ctx context.Context, what string, fn func(Querier) error) error
	Read(ctx context.Context, what string, fn func(Querier) error) error
	// Actor is the name the history records for a change made in ctx.
	Actor(ctx context.Context) string
	// MergeBackup backs the database up before a merge and returns where
	// to; its error is the claims error saying that nothing was merged.
	MergeBackup(ctx context.Context) (string, error)
}

// Store implements the claims services both backends share on a Backend.
// A backend's store embeds it and adds what is its own (search, backups,
// maintenance).
type Store struct {
	b Backend
	d Dialect
}

// New returns the shared services on b, whose SQL dialect is d.
func New(b Backend, d Dialect) *Store { return &Store{b: b, d: d} }

// Tx wraps the backend's transaction q with its dialect, for a backend's
// own code that calls the shared helpers.
func (s *Store) Tx(q Querier) *Tx {
	if tx, ok := q.(*Tx); ok {
		return tx
	}
	return &Tx{Querier: q, Dialect: s.d, Hooks: s.b}
}

// write runs fn in a write transaction of the backend.
func (s *Store) write(ctx context.Context, what string, fn func(tx *Tx) error) error {
	return s.b.Write(ctx, what, func(q Querier) error { return fn(s.Tx(q)) })
}

// read runs fn in a read-only transaction of the backend.
func (s *Store) read(ctx context.Context, what string, fn func(tx *Tx) error) error {
	return s.b.Read(ctx, what, func(q Querier) error { return fn(s.Tx(q)) })
}

// actor is the name recorded for a change made in ctx.
func (s *Store) actor(ctx context.Context) string { return s.b.Actor(ctx) }

// SnapshotStore keeps the content of snapshot files: beside the database
// file (SQLite) or in the database (PostgreSQL). Its methods that take a
// transaction run in it.
type SnapshotStore interface {
	// ReadSnapshot reads a file to attach, outside any transaction.
	ReadSnapshot(r io.Reader, name string) (SnapshotFile, error)
	// HasSnapshot reports whether the content of the SHA-256 sha is stored.
	HasSnapshot(ctx context.Context, tx *Tx, sha string) (bool, error)
	// StoreSnapshot stores content, whose SHA-256 was checked, as the file
	// of snap; dry is a merge's dry run, which rolls tx back.
	StoreSnapshot(ctx context.Context, tx *Tx, snap *claims.Snapshot, content []byte, dry bool) error
	// RecordSnapshot adds snap's row to the snapshots table unless there is
	// one (StoreSnapshot may have added it).
	RecordSnapshot(ctx context.Context, tx *Tx, snap *claims.Snapshot) error
	// OpenSnapshotContent opens the stored content of sha; sql.ErrNoRows
	// when no snapshot has that SHA-256.
	OpenSnapshotContent(ctx context.Context, tx *Tx, sha string) (io.ReadCloser, error)
}

// SnapshotFile is a file read by ReadSnapshot: its SHA-256, size and first
// 512 bytes, and its content unless the backend has stored it already.
type SnapshotFile struct {
	SHA256  string
	Size    int64
	Head    []byte
	Content []byte
}

// timeLayout is RFC 3339 in UTC with a fixed nine-digit fraction, so that
// the text order of stored times is their time order.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// Now returns the current time as stored: UTC, whole nanoseconds.
func Now() time.Time { return time.Now().UTC() }

// FmtTime formats t for storage; the zero time is stored as "".
func FmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// ParseTime reads a stored time; "" is the zero time.
func ParseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("stored time %q: %w", s, err)
	}
	return t.UTC(), nil
}

// now, fmtTime and parseTime are the short names the shared code uses.
var (
	now       = Now
	fmtTime   = FmtTime
	parseTime = ParseTime
)

// Services is every claims service a backend's store serves.
type Services interface {
	claims.ArticleService
	claims.ClaimService
	claims.SourceService
	claims.EvidenceService
	claims.ScaleService
	claims.HistoryService
	claims.SearchService
	claims.ExchangeService
	claims.MaintenanceService
	claims.ArchiveService
}

// ServicesOf returns the claims services that s serves (Watch left nil).
func ServicesOf(s Services) claims.Services {
	return claims.Services{Articles: s, Claims: s, Sources: s, Evidence: s, Scales: s, History: s,
		Search: s, Exchange: s, Maintenance: s, Archives: s}
}
