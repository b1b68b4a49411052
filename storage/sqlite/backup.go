package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"claimdesk/claims"
)

// KeepBackups is how many backups are kept beside a database.
const KeepBackups = 5

// BackupDir returns the folder that holds the backups of the database at path.
func BackupDir(path string) string { return filepath.Join(filepath.Dir(path), "backups") }

// backupFile writes a consistent copy of the database at path, using its own
// read-only connection, and prunes old backups. It is used before migrating
// an existing database, when the main connection pool is not open yet.
func backupFile(ctx context.Context, path string, version int) (string, error) {
	db, err := sql.Open("sqlite", dsn(path, true))
	if err != nil {
		return "", openErr(path, err)
	}
	defer db.Close()
	out, err := vacuumInto(ctx, db, path)
	if err != nil {
		return "", claims.Internal(err, fmt.Sprintf(
			"Could not back up the database %s before upgrading it from schema %d; nothing was changed.", path, version))
	}
	return out, nil
}

// vacuumInto writes a copy of db (the file at path) into the backup folder
// as <name>-YYYYMMDD-HHMMSS.db and keeps the newest KeepBackups copies.
func vacuumInto(ctx context.Context, db *sql.DB, path string) (string, error) {
	dir := BackupDir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	stem := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	base := stem + "-" + time.Now().UTC().Format("20060102-150405")
	out := filepath.Join(dir, base+".db")
	for i := 2; ; i++ {
		if _, err := os.Stat(out); errors.Is(err, os.ErrNotExist) {
			break
		}
		out = filepath.Join(dir, fmt.Sprintf("%s-%d.db", base, i))
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO ?", out); err != nil {
		os.Remove(out)
		return "", err
	}
	return out, pruneBackups(dir, stem)
}

// pruneBackups removes all but the newest KeepBackups backups of stem.
func pruneBackups(dir, stem string) error {
	names, err := filepath.Glob(filepath.Join(dir, stem+"-*.db"))
	if err != nil {
		return err
	}
	type backup struct {
		name string
		mod  time.Time
	}
	var bs []backup
	for _, n := range names {
		fi, err := os.Stat(n)
		if err != nil {
			continue
		}
		bs = append(bs, backup{n, fi.ModTime()})
	}
	// Newest first: by modification time, then by name, which holds the
	// time and, for a second backup within one second, a suffix -2, -3 ...
	sort.Slice(bs, func(i, j int) bool {
		if !bs[i].mod.Equal(bs[j].mod) {
			return bs[i].mod.After(bs[j].mod)
		}
		a, b := strings.TrimSuffix(bs[i].name, ".db"), strings.TrimSuffix(bs[j].name, ".db")
		if len(a) != len(b) {
			return len(a) > len(b)
		}
		return a > b
	})
	for i := KeepBackups; i < len(bs); i++ {
		if err := os.Remove(bs[i].name); err != nil {
			return err
		}
	}
	return nil
}

// Backup writes a consistent copy of the database into the backups folder
// beside it and keeps the newest KeepBackups copies.
func (s *store) Backup(ctx context.Context) (string, error) {
	out, err := vacuumInto(ctx, s.db, s.path)
	if err != nil {
		return "", claims.Internal(err, fmt.Sprintf("Could not back up the database into %s.", BackupDir(s.path)))
	}
	return out, nil
}
