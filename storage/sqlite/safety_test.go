package sqlite_test

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// rawExec runs statements on the file at path with a plain connection,
// bypassing the backend, and closes it again.
func rawExec(t *testing.T, path string, stmts ...string) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range stmts {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}

func rawInt(t *testing.T, path, query string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

// createDB makes a database at path holding one article and one claim.
func createDB(t *testing.T, path string) {
	t.Helper()
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s := db.Services()
	a := &claims.Article{Title: "Haushalt", Body: "Der Haushalt wächst um drei Prozent."}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Claims.CreateClaim(ctx, &claims.Claim{ArticleID: a.ID, Text: "Der Haushalt wächst um drei Prozent."}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// wantRefused opens path, expects a refusal with code and cause, and checks
// that the file was left byte for byte as it was and no backup was made.
func wantRefused(t *testing.T, path, code string, cause error, inMsg string) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := sqlite.Open(path)
	if err == nil {
		db.Close()
		t.Fatalf("Open(%s) succeeded, want a refusal", path)
	}
	if got := claims.ErrorCode(err); got != code {
		t.Errorf("code = %q, want %q (%v)", got, code, err)
	}
	if !errors.Is(err, cause) {
		t.Errorf("error %v is not %v", err, cause)
	}
	if msg := claims.ErrorMessage(err); !strings.Contains(msg, inMsg) || !strings.Contains(msg, "untouched") {
		t.Errorf("message %q should mention %q and that the file was left untouched", msg, inMsg)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the refused file was changed")
	}
	if _, err := os.Stat(sqlite.BackupDir(path)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a backup folder was created for a refused file: %v", err)
	}
}

func TestOpen(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "a", "b", "claimdesk.db")
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if db.Path() != path || db.Services().Maintenance.Location() != path {
			t.Errorf("Path() = %q, want %q", db.Path(), path)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
		if got := rawInt(t, path, "PRAGMA user_version"); got != sqlite.SchemaVersion() {
			t.Errorf("user_version = %d, want %d", got, sqlite.SchemaVersion())
		}
		db2, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
		if err != nil {
			t.Fatal(err)
		}
		defer db2.Close()
		var mode string
		if err := db2.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal_mode = %q, %v; want wal", mode, err)
		}
	})
	t.Run("Reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claimdesk.db")
		createDB(t, path)
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		if _, n, err := db.Services().Claims.FindClaims(ctx, claims.ClaimFilter{}); err != nil || n != 1 {
			t.Fatalf("after reopening: %d claims, %v", n, err)
		}
		if _, err := os.Stat(sqlite.BackupDir(path)); !errors.Is(err, os.ErrNotExist) {
			t.Error("reopening a current database made a backup")
		}
	})
	t.Run("EmptyFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "empty.db")
		if err := os.WriteFile(path, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatalf("an empty file should be set up: %v", err)
		}
		db.Close()
	})
	t.Run("ErrNewerSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claimdesk.db")
		createDB(t, path)
		rawExec(t, path, "PRAGMA user_version = 99")
		wantRefused(t, path, claims.ECONFLICT, sqlite.ErrNewerSchema, "newer version")
	})
	t.Run("ErrTextFile", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "notes.db")
		if err := os.WriteFile(path, []byte("Einkaufsliste: Milch, Brot\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		wantRefused(t, path, claims.EINVALID, sqlite.ErrNotClaimdesk, "not a Claimdesk database")
	})
	t.Run("ErrOtherApp", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		rawExec(t, path, "CREATE TABLE bookmarks (url TEXT)", "INSERT INTO bookmarks VALUES ('https://example.org')")
		wantRefused(t, path, claims.EINVALID, sqlite.ErrNotClaimdesk, "not a Claimdesk database")
	})
	t.Run("ErrOtherAppWithID", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "other.db")
		rawExec(t, path, "PRAGMA application_id = 42", "CREATE TABLE t (x)")
		wantRefused(t, path, claims.EINVALID, sqlite.ErrNotClaimdesk, "another application")
	})
	t.Run("ErrCorrupt", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claimdesk.db")
		createDB(t, path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		pageSize := int(b[16])<<8 | int(b[17])
		if len(b) < 4*pageSize {
			t.Fatalf("database only %d bytes", len(b))
		}
		for i := pageSize; i < 4*pageSize; i++ { // pages 2 to 4: tables and indexes
			b[i] = 0xA5
		}
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		crashed(t, path) // the check runs at open after an unclean end
		wantRefused(t, path, claims.EINVALID, sqlite.ErrCorrupt, "damaged")
	})
	t.Run("ErrCorruptSchema", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claimdesk.db")
		createDB(t, path)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 100; i < 4096 && i < len(b); i++ { // the schema table on page 1
			b[i] = 0x5A
		}
		if err := os.WriteFile(path, b, 0o600); err != nil {
			t.Fatal(err)
		}
		crashed(t, path)
		wantRefused(t, path, claims.EINVALID, sqlite.ErrCorrupt, "damaged")
	})
	t.Run("UnusualPaths", func(t *testing.T) {
		// The path goes into a file: URI; characters special there must not
		// move the database elsewhere.
		for _, dir := range []string{"Mein Ordner", "a#b", "q?x=1", "Größe", "50%"} {
			path := filepath.Join(t.TempDir(), dir, "claimdesk.db")
			createDB(t, path)
			db, err := sqlite.Open(path)
			if err != nil {
				t.Fatalf("%s: %v", dir, err)
			}
			_, n, err := db.Services().Claims.FindClaims(ctx, claims.ClaimFilter{})
			if err != nil || n != 1 {
				t.Errorf("%s: %d claims, %v", dir, n, err)
			}
			if _, err := db.Services().Maintenance.Backup(ctx); err != nil {
				t.Errorf("%s: backup: %v", dir, err)
			}
			db.Close()
			if entries, _ := os.ReadDir(filepath.Dir(path)); len(entries) != 2 { // the file and backups/
				t.Errorf("%s: folder holds %v", dir, entries)
			}
		}
	})
	t.Run("ErrEmptyPath", func(t *testing.T) {
		if _, err := sqlite.Open(""); claims.ErrorCode(err) != claims.EINVALID {
			t.Fatalf("Open(\"\") = %v", err)
		}
	})
}

func TestMigrateMakesBackup(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	if err := sqlite.CreateAtVersion(path, 1); err != nil {
		t.Fatal(err)
	}
	rawExec(t, path, `INSERT INTO articles (id, title, body, body_sha256, imported_at, updated_at)
		VALUES ('a1', 'Altbestand', 'Ein Artikel aus Version eins über Windräder.', '', '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z')`)
	db, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	backups, _ := filepath.Glob(filepath.Join(sqlite.BackupDir(path), "claimdesk-*.db"))
	if len(backups) != 1 {
		t.Fatalf("backups = %v, want one", backups)
	}
	if got := rawInt(t, backups[0], "PRAGMA user_version"); got != 1 {
		t.Errorf("backup has schema %d, want the old 1", got)
	}
	if got := rawInt(t, backups[0], "SELECT count(*) FROM articles"); got != 1 {
		t.Errorf("backup holds %d articles, want 1", got)
	}
	hits, _, err := db.Services().Search.Search(ctx, claims.SearchQuery{Text: "windräder"})
	if err != nil || len(hits) != 1 || hits[0].ID != "a1" {
		t.Fatalf("old article not indexed after migration: %+v, %v", hits, err)
	}
	if err := db.Services().Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestBackupKeepsFive(t *testing.T) {
	db := MustOpenDB(t)
	m := db.Services().Maintenance
	var last string
	for i := 0; i < sqlite.KeepBackups+3; i++ {
		p, err := m.Backup(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if p == last {
			t.Fatalf("backup %d overwrote %s", i, p)
		}
		last = p
	}
	backups, _ := filepath.Glob(filepath.Join(sqlite.BackupDir(db.Path()), "*.db"))
	if len(backups) != sqlite.KeepBackups {
		t.Fatalf("%d backups kept, want %d: %v", len(backups), sqlite.KeepBackups, backups)
	}
	found := false
	for _, b := range backups {
		found = found || b == last
	}
	if !found {
		t.Fatalf("the newest backup %s was pruned; kept %v", last, backups)
	}
	if got := rawInt(t, last, "PRAGMA user_version"); got != sqlite.SchemaVersion() {
		t.Fatalf("backup schema %d", got)
	}
}

func TestCheck(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		s := MustOpenDB(t).Services()
		seedSearch(t, s)
		if err := s.Maintenance.Check(ctx); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ErrProblems", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "claimdesk.db")
		createDB(t, path)
		rawExec(t, path,
			"PRAGMA foreign_keys = OFF",
			`INSERT INTO evidence (id, claim_id, source_id, stance, created_at, updated_at)
				VALUES ('e1', 'no-such-claim', 'no-such-source', 'supports', '', '')`,
			"INSERT INTO claims_fts (rowid, text) VALUES (4242, 'Geisterzeile')")
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		err = db.Services().Maintenance.Check(ctx)
		msg := claims.ErrorMessage(err)
		if claims.ErrorCode(err) != claims.EINTERNAL || !strings.Contains(msg, "evidence") || !strings.Contains(msg, "claims_fts") {
			t.Fatalf("Check = %v", err)
		}
	})
}
