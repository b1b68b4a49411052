package postgres

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"claimdesk/claims"
)

// KeepBackups is how many backups are kept in the backup folder.
const KeepBackups = 5

// backupTables lists every table in the order a restore would need
// (claim_counts and the search change log last: the triggers derive them
// from the records, so a restore would leave them out).
var backupTables = []string{"meta", "scales", "ratings", "articles", "claims", "claim_tags", "sources",
	"snapshots", "source_snapshots", "evidence", "events", "versions",
	"archives", "archive_records", "claim_groups", "group_records", "group_links", "match_dismissals", "claim_counts",
	"search_changes", "search_changes_pruned"}

// SetBackupDir sets the local folder that Backup writes into (by default
// claimdesk/server-backups in the user's configuration folder).
func (db *DB) SetBackupDir(dir string) { db.s.backupDir = dir }

// BackupDir returns the local folder that Backup writes into.
func (db *DB) BackupDir() string { return db.s.backups() }

// backups returns the folder Backup writes into: the one SetBackupDir set,
// else claimdesk/server-backups in the user's configuration folder (or the
// temporary folder).
func (s *store) backups() string {
	if s.backupDir != "" {
		return s.backupDir
	}
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "claimdesk", "server-backups")
}

// Backup writes a consistent copy of every table of the server database
// (one snapshot of it) into a local gzip file of JSON lines, one line per
// row with its table, and keeps the newest KeepBackups files. It is the
// checker's own safety copy before a merge; the newsroom's backups of the
// server (pg_dump) are the server's business.
func (s *store) Backup(ctx context.Context) (string, error) {
	dir := s.backups()
	fail := func(err error) (string, error) {
		return "", claims.Internal(err, fmt.Sprintf("Could not back up the database %s into %s.", s.where, dir))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fail(err)
	}
	stem := "claimdesk-server"
	f, err := os.CreateTemp(dir, ".backup-*")
	if err != nil {
		return fail(err)
	}
	defer os.Remove(f.Name())
	zw := gzip.NewWriter(f)
	err = s.read(ctx, "back up the database", func(tx querier) error {
		for _, t := range backupTables {
			if err := dumpTable(ctx, tx, zw, t); err != nil {
				return err
			}
		}
		return nil
	})
	if cerr := zw.Close(); err == nil {
		err = cerr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fail(err)
	}
	out := filepath.Join(dir, stem+"-"+time.Now().UTC().Format("20060102-150405.000000000")+".jsonl.gz")
	if err := os.Rename(f.Name(), out); err != nil {
		return fail(err)
	}
	return out, pruneBackups(dir, stem)
}

// dumpTable writes every row of table t as {"table": t, "row": {...}}.
func dumpTable(ctx context.Context, tx querier, w *gzip.Writer, t string) error {
	rows, err := tx.QueryContext(ctx, fmt.Sprintf(`SELECT row_to_json(r)::text FROM (SELECT * FROM %s ORDER BY 1) r`, t))
	if err != nil {
		return err
	}
	defer rows.Close()
	enc := json.NewEncoder(w)
	for rows.Next() {
		var row string
		if err := rows.Scan(&row); err != nil {
			return err
		}
		if err := enc.Encode(map[string]any{"table": t, "row": json.RawMessage(row)}); err != nil {
			return err
		}
	}
	return rows.Err()
}

// pruneBackups removes all but the newest KeepBackups backups of stem
// (their names sort by time).
func pruneBackups(dir, stem string) error {
	names, err := filepath.Glob(filepath.Join(dir, stem+"-*.jsonl.gz"))
	if err != nil {
		return err
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names)))
	for i := KeepBackups; i < len(names); i++ {
		if err := os.Remove(names[i]); err != nil {
			return err
		}
	}
	return nil
}

// Check verifies what PostgreSQL does not check by itself: that every
// snapshot's content still has its SHA-256 and size, that every claim's
// rating belongs to a scale, and that the history holds no event for a
// kind it does not know.
func (s *store) Check(ctx context.Context) error {
	var problems []string
	checks := []struct{ what, sql string }{
		{"snapshots whose content does not match their checksum or size",
			`SELECT count(*) FROM snapshots WHERE encode(sha256(content), 'hex') <> sha256 OR length(content) <> size`},
		{"claims whose rating has no scale",
			`SELECT count(*) FROM claims c JOIN ratings r ON r.id = c.rating_id LEFT JOIN scales s ON s.id = r.scale_id WHERE s.id IS NULL`},
		{"statuses whose kept claim count differs from the claims", countsMatchSQL},
		{"snapshot links without a snapshot",
			`SELECT count(*) FROM source_snapshots l LEFT JOIN snapshots s ON s.sha256 = l.sha256 WHERE s.sha256 IS NULL`},
	}
	err := s.read(ctx, "check the database", func(tx querier) error {
		for _, c := range checks {
			var n int
			if err := tx.QueryRowContext(ctx, c.sql).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				problems = append(problems, fmt.Sprintf("%d %s", n, c.what))
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(problems) > 0 {
		return claims.Internal(errors.New(strings.Join(problems, "; ")),
			fmt.Sprintf("The integrity check of %s found %d problem(s): %s.", s.where, len(problems), strings.Join(problems, "; ")))
	}
	return nil
}
