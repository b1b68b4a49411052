package postgres

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

//go:embed *.sql
var migrationFS embed.FS

// migrations lists the embedded *.sql files in name order; version i+1
// is migrations[i].
var migrations = sqlstore.LoadMigrations(migrationFS)

// SchemaVersion is the schema version this build writes and understands.
func SchemaVersion() int { return len(migrations) }

// migrateLock is the advisory lock that keeps two checkers' first starts
// from migrating the same database at once.
const migrateLock = 0x434C444B

// migrate applies the pending migrations in one transaction, holding an
// advisory lock; the version reached is kept in meta (schema_version).
func (s *store) migrate(ctx context.Context) error {
	fail := func(err error) error {
		return claims.Internal(err, fmt.Sprintf("Could not set up or upgrade the database %s; it was left as it was.", s.where))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return openErr(s.where, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", migrateLock); err != nil {
		return openErr(s.where, err)
	}
	version, err := s.inspect(ctx, tx)
	if err != nil {
		return err
	}
	if version == len(migrations) {
		return nil
	}
	q := &pgTx{Tx: tx}
	for i := version; i < len(migrations); i++ {
		m := migrations[i]
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			return fail(fmt.Errorf("%s: %w", m.Name, err))
		}
		if m.After != nil {
			if err := m.After(ctx, q); err != nil {
				return fail(fmt.Errorf("%s: %w", m.Name, err))
			}
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('schema_version', $1)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, strconv.Itoa(len(migrations))); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return nil
}

// inspect returns the schema version of the database: 0 when it holds no
// tables in its schema, an error when it holds other tables than
// Claimdesk's or a newer schema.
func (s *store) inspect(ctx context.Context, tx *sql.Tx) (int, error) {
	var tables int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_schema = current_schema()`).Scan(&tables); err != nil {
		return 0, openErr(s.where, err)
	}
	if tables == 0 {
		return 0, nil
	}
	var v string
	err := tx.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'schema_version'").Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) && !strings.Contains(err.Error(), "42P01") {
		return 0, openErr(s.where, err)
	}
	version, perr := strconv.Atoi(v)
	if err != nil || perr != nil || version < 1 {
		return 0, &claims.Error{Code: claims.EINVALID, Err: ErrNotClaimdesk,
			Message: fmt.Sprintf("The database %s holds other tables than Claimdesk's. It was left untouched; create an empty database for Claimdesk (createdb).", s.where)}
	}
	if version > len(migrations) {
		return 0, &claims.Error{Code: claims.ECONFLICT, Err: ErrNewerSchema,
			Message: fmt.Sprintf("The database %s was written by a newer version of Claimdesk (schema %d; this version knows up to %d). "+
				"It was left untouched: update Claimdesk to use it.", s.where, version, len(migrations))}
	}
	return version, nil
}
