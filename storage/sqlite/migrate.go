package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// applicationID marks a Claimdesk database in the SQLite header ("CLDK").
const applicationID = 0x434C444B

//go:embed *.sql
var migrationFS embed.FS

// migration is one schema step; version i+1 is migrations[i].
type migration struct {
	sqlstore.Migration
	// vacuum: the step frees much of an existing database's space, which
	// VACUUM gives back to the file system once the migrations are done.
	vacuum bool
}

// migrations lists the embedded *.sql files in name order.
var migrations = loadMigrations()

// loadMigrations returns the embedded migrations; 0009 is marked to vacuum
// the file afterwards.
func loadMigrations() []migration {
	var out []migration
	for _, m := range sqlstore.LoadMigrations(migrationFS) {
		out = append(out, migration{Migration: m, vacuum: strings.HasPrefix(m.Name, "0009_")})
	}
	return out
}

// SchemaVersion is the schema version this build writes and understands.
func SchemaVersion() int { return len(migrations) }

// migrate applies the pending migrations, one transaction each; the
// version reached is recorded in PRAGMA user_version.
func (s *store) migrate(ctx context.Context) error {
	var version int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return openErr(s.path, err)
	}
	if version > len(migrations) {
		return newerErr(s.path, version)
	}
	if version == 0 {
		if err := s.vacuum(ctx); err != nil { // an empty file: sets the page size
			return err
		}
	}
	vacuum := false
	for i := version; i < len(migrations); i++ {
		if err := s.apply(ctx, i+1, migrations[i]); err != nil {
			return err
		}
		vacuum = vacuum || (version > 0 && migrations[i].vacuum)
	}
	if vacuum {
		return s.vacuum(ctx)
	}
	return nil
}

// vacuum rewrites the database file without its free pages and with
// pages of pageSize bytes (the page size can only change outside
// write-ahead logging, so the file leaves it for the rewrite). Its
// temporary copy goes to a file, not to memory (temp_store), on a
// connection of its own.
func (s *store) vacuum(ctx context.Context) error {
	fail := func(err error) error {
		return claims.Internal(err, fmt.Sprintf("The database %s could not be rewritten in its new form (VACUUM); it was left as it was.", s.path))
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return fail(err)
	}
	defer conn.Close()
	for _, p := range []string{"PRAGMA temp_store = FILE", "PRAGMA journal_mode = DELETE", fmt.Sprintf("PRAGMA page_size = %d", pageSize), "VACUUM"} {
		if _, err = conn.ExecContext(ctx, p); err != nil {
			break
		}
	}
	var mode string
	if rerr := conn.QueryRowContext(ctx, "PRAGMA journal_mode = WAL").Scan(&mode); rerr != nil || mode != "wal" {
		return claims.Internal(fmt.Errorf("journal_mode is %q: %v", mode, rerr),
			fmt.Sprintf("The database %s could not be switched back to write-ahead logging after its upgrade.", s.path))
	}
	if _, rerr := conn.ExecContext(ctx, "PRAGMA temp_store = MEMORY"); err == nil {
		err = rerr
	}
	if err != nil {
		return fail(err)
	}
	return nil
}

// apply runs migration m (its SQL, then After) in one transaction and
// records version as the file's user_version, with Claimdesk's
// application_id.
func (s *store) apply(ctx context.Context, version int, m migration) error {
	fail := func(err error) error {
		return claims.Internal(err, fmt.Sprintf("Could not upgrade the database %s (step %s); it was left as it was.", s.path, m.Name))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fail(err)
	}
	if m.After != nil {
		if err := m.After(ctx, tx); err != nil {
			return fail(err)
		}
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return fail(err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version)); err != nil {
		return fail(err)
	}
	if err := tx.Commit(); err != nil {
		return fail(err)
	}
	return nil
}

// newerErr returns the ECONFLICT error (ErrNewerSchema) for a database
// whose schema version is newer than this build knows.
func newerErr(path string, version int) error {
	return &claims.Error{Code: claims.ECONFLICT, Err: ErrNewerSchema,
		Message: fmt.Sprintf("The database %s was written by a newer version of Claimdesk (schema %d; this version knows up to %d). "+
			"It was left untouched: update Claimdesk to open it.", path, version, len(migrations))}
}

// notClaimdeskErr returns the EINVALID error (ErrNotClaimdesk) for a file
// that is not a Claimdesk database, saying why.
func notClaimdeskErr(path, why string) error {
	return &claims.Error{Code: claims.EINVALID, Err: ErrNotClaimdesk,
		Message: fmt.Sprintf("%s is not a Claimdesk database (%s). It was left untouched; choose another file.", path, why)}
}

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// inspect decides whether the file at path may be opened, without writing
// to it. It returns the schema version found: 0 for a new or empty file.
// The integrity check (quick_check) runs when check is set or the file
// needs migrating.
func inspect(path string, check bool) (int, error) {
	fi, err := os.Stat(path)
	if errors.Is(err, os.ErrNotExist) {
		return 0, nil
	}
	if err != nil {
		return 0, claims.Internal(err, fmt.Sprintf("Cannot read the database %s.", path))
	}
	if fi.IsDir() {
		return 0, notClaimdeskErr(path, "it is a folder")
	}
	if fi.Size() == 0 {
		return 0, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, claims.Internal(err, fmt.Sprintf("Cannot read the database %s.", path))
	}
	head := make([]byte, 100)
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || !bytes.Equal(head[:16], sqliteMagic) {
		return 0, notClaimdeskErr(path, "it is not an SQLite database file")
	}
	if id := binary.BigEndian.Uint32(head[68:72]); id != 0 && id != applicationID {
		return 0, notClaimdeskErr(path, "it belongs to another application")
	}
	// The header may lag behind a write-ahead log; ask SQLite itself.
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return 0, openErr(path, err)
	}
	defer db.Close()
	var appID, version, tables int
	row := db.QueryRow(`SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)`)
	if err := row.Scan(&appID, &version, &tables); err != nil {
		return 0, openErr(path, err)
	}
	switch {
	case appID == 0 && version == 0 && tables == 0:
		return 0, nil // an empty SQLite file: safe to set up
	case appID != applicationID:
		return 0, notClaimdeskErr(path, "it belongs to another application")
	case version > len(migrations):
		return 0, newerErr(path, version)
	case !check && version == len(migrations):
		return version, nil // checked after start-up (QuickCheck)
	}
	var res string
	if err := db.QueryRow("PRAGMA quick_check(1)").Scan(&res); err != nil {
		return 0, openErr(path, err)
	}
	if res != "ok" {
		return 0, &claims.Error{Code: claims.EINVALID, Err: fmt.Errorf("%w: %s", ErrCorrupt, res),
			Message: fmt.Sprintf("The database %s is damaged (%s) and was not opened; it was left untouched. "+
				"Restore a backup from the backups folder beside it.", path, res)}
	}
	return version, nil
}
