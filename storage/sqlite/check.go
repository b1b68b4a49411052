package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"claimdesk/claims"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ftsTables lists the full-text indexes.
var ftsTables = []string{"claims_fts", "articles_fts", "sources_fts", "evidence_fts"}

// Check runs SQLite's integrity check, the foreign-key check and the
// integrity checks of the full-text indexes, and lists every problem found.
// When SQLite refuses the index checks because the file is read-only (it
// runs them as writes), they run on a temporary copy, as in CheckFile.
func (s *store) Check(ctx context.Context) error {
	var problems []string
	readOnly := false
	err := s.write(ctx, "check the database", func(tx querier) (err error) {
		if problems, err = checkTables(ctx, tx); err != nil {
			return err
		}
		fts, ro := checkFTS(ctx, tx)
		if readOnly = ro; !ro {
			problems = append(problems, fts...)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if readOnly {
		more, err := checkFTSCopy(ctx, s.db)
		if err != nil {
			return err
		}
		problems = append(problems, more...)
	}
	return checkResult(s.path, problems)
}

// CheckFile runs the checks of Check on the database at path without
// writing to it, for a file (or folder) that cannot be written. The file
// itself is never changed; where the folder can be written, SQLite may
// create the -wal and -shm files beside it, as for any reader. The page
// and foreign-key checks read the file itself, opened read-only (as
// immutable when SQLite cannot set up its shared-memory file beside it);
// the full-text index checks, which SQLite runs as a write, run on a
// temporary copy made with VACUUM INTO and deleted afterwards.
func CheckFile(ctx context.Context, path string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return claims.Internal(err, fmt.Sprintf("Cannot resolve the database path %q.", path))
	}
	if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() {
		return notClaimdeskErr(abs, "it is not an ordinary file that can be read")
	}
	db, err := openReadOnly(ctx, abs)
	if err != nil {
		return openErr(abs, err)
	}
	defer db.Close()
	var appID, version int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version)`).Scan(&appID, &version); err != nil {
		return openErr(abs, err)
	}
	switch {
	case appID != applicationID:
		return notClaimdeskErr(abs, "it is not a Claimdesk database")
	case version > len(migrations):
		return newerErr(abs, version)
	}
	tx, err := db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return dbErr(err, "check the database")
	}
	problems, err := checkTables(ctx, tx)
	tx.Rollback()
	if err != nil {
		return dbErr(err, "check the database")
	}
	more, err := checkFTSCopy(ctx, db)
	if err != nil {
		return err
	}
	return checkResult(abs, append(problems, more...))
}

// openReadOnly opens path with mode=ro, and with immutable=1 when the plain
// read-only open cannot read it (no shared-memory file and a folder that
// cannot be written).
func openReadOnly(ctx context.Context, path string) (*sql.DB, error) {
	var last error
	for _, extra := range []string{"", "&immutable=1"} {
		db, err := sql.Open("sqlite", dsn(path, true)+extra)
		if err == nil {
			var n int
			if err = db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n); err == nil {
				return db, nil
			}
			db.Close()
		}
		last = err
	}
	return nil, last
}

// checkFTSCopy runs checkFTS on a temporary copy of db.
func checkFTSCopy(ctx context.Context, db *sql.DB) ([]string, error) {
	dir, err := os.MkdirTemp("", "claimdesk-check-")
	if err != nil {
		return nil, claims.Internal(err, "No temporary copy for the search-index check could be made.")
	}
	defer os.RemoveAll(dir)
	copyPath := filepath.Join(dir, "copy.db")
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", copyPath); err != nil {
		return []string{fmt.Sprintf("the file could not be copied for the search-index check: %v", err)}, nil
	}
	cp, err := sql.Open("sqlite", dsn(copyPath, false))
	if err != nil {
		return nil, claims.Internal(err, "The temporary copy for the search-index check could not be opened.")
	}
	defer cp.Close()
	tx, err := cp.BeginTx(ctx, nil)
	if err != nil {
		return nil, dbErr(err, "check the search indexes")
	}
	defer tx.Rollback()
	problems, _ := checkFTS(ctx, tx)
	return problems, nil
}

// checkTables runs SQLite's integrity check and the foreign-key check and
// returns the problems they list. An error while reading their rows is an
// error, never an empty list.
func checkTables(ctx context.Context, tx querier) ([]string, error) {
	var problems []string
	rows, err := tx.QueryContext(ctx, "PRAGMA integrity_check(20)")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var msg string
		if err := rows.Scan(&msg); err != nil {
			rows.Close()
			return nil, err
		}
		if msg != "ok" {
			problems = append(problems, "integrity: "+msg)
		}
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			rows.Close()
			return nil, err
		}
		problems = append(problems, fmt.Sprintf("a row of %s (rowid %d) refers to a missing %s", table, rowid.Int64, parent))
	}
	if err := closeRows(rows); err != nil {
		return nil, err
	}
	more, err := checkCounts(ctx, tx)
	return append(problems, more...), err
}

// checkFTS runs the integrity check of each full-text index (a write
// statement in SQLite, though it changes nothing). readOnly reports that
// SQLite refused a check because the database cannot be written: that is
// no problem of the index, and the problems are then incomplete.
func checkFTS(ctx context.Context, tx querier) (problems []string, readOnly bool) {
	for _, t := range ftsTables {
		q := fmt.Sprintf("INSERT INTO %s (%s, rank) VALUES ('integrity-check', 1)", t, t)
		if _, err := tx.ExecContext(ctx, q); err != nil {
			var se *sqlite.Error
			if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_READONLY {
				return nil, true
			}
			problems = append(problems, fmt.Sprintf("search index %s: %v", t, err))
		}
	}
	return problems, false
}

// checkResult is nil without problems, else an error listing them.
func checkResult(path string, problems []string) error {
	if len(problems) == 0 {
		return nil
	}
	return claims.Internal(errors.New(strings.Join(problems, "; ")),
		fmt.Sprintf("The integrity check of %s found %d problem(s): %s.", path, len(problems), strings.Join(problems, "; ")))
}
