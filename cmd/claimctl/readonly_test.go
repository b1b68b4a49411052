package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/backend"
	"claimdesk/storage/sqlite"
)

// asReadOnly makes every ordinary open fail as opening a database in a
// folder that cannot be written does (sqlite.ErrReadOnly; as root, which
// permissions do not stop, the only way to reach that path in a test), so
// that claimctl takes its read-only path on the real file.
func asReadOnly(t *testing.T) {
	t.Helper()
	saved := openFunc
	openFunc = func(string) (*claims.Services, func() error, error) {
		return nil, nil, &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(sqlite.ErrReadOnly, errors.New("unable to open database file (14)")),
			Message: "Cannot open the database: check that the file and its folder can be read and written."}
	}
	t.Cleanup(func() { openFunc = saved })
}

// TestReadOnlyDatabase: on a database that cannot be written, every
// command that only reads works (opened read-only), and every command
// that may write stops with one line saying that nothing was changed,
// before it reads its input; the file stays byte for byte as it was.
func TestReadOnlyDatabase(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "desk.db")
	article := mustID(t, db, "import", writeFile(t, dir, "windkraft.txt", testArticle))
	claim := mustID(t, db, "claim", "add", "--article", article, "--text", "Im vergangenen Jahr seien 412 neue Windräder ans Netz gegangen.")
	mustRun(t, db, "claim", "set", claim, "--verdict", "true")
	bundle := filepath.Join(dir, "b.zip")
	mustRun(t, db, "export", "--format", "bundle", "--out", bundle)
	before := fileState(t, db)
	asReadOnly(t)

	for _, args := range [][]string{
		{"claims"}, {"claim", "show", claim}, {"articles"}, {"article", "show", article}, {"article", "suggest", article},
		{"search", "Windräder"}, {"history", claim}, {"scales"}, {"sources"}, {"archive", "list"},
		{"match", "412 neue Windräder"}, {"export", "--format", "md", "--out", filepath.Join(t.TempDir(), "r.md")},
	} {
		r := claimctl(t, db, args...)
		if r.code != 0 || r.stdout == "" {
			t.Errorf("%s on a read-only database: exit %d, stdout %q, stderr %q", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
	for _, args := range [][]string{
		{"claim", "add", "--text", "Neu."}, {"claim", "set", claim, "--status", "published"},
		{"import", writeFile(t, dir, "zwei.txt", "Zweite Meldung\n\nDer Rat bewilligte 3 Millionen Euro.")},
		{"article", "accept", article, "1"}, {"article", "set", article, "--title", "Neu"}, {"article", "delete", article, "--yes"},
		{"import-bundle", bundle}, {"backup"}, {"scale", "use", "correctiv"}, {"dismiss", claim, claim},
		{"source", "add", "--url", "https://example.org"},
	} {
		r := claimctl(t, db, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "cannot be written") || !strings.Contains(r.stderr, "nothing was changed") ||
			strings.Count(r.stderr, "\n") != 1 || r.stdout != "" {
			t.Errorf("%s on a read-only database: exit %d, stdout %q, stderr %q; want exit 1 and one line", strings.Join(args, " "), r.code, r.stdout, r.stderr)
		}
	}
	if after := fileState(t, db); after != before {
		t.Errorf("the database file changed: %s -> %s", before, after)
	}
	if _, err := os.Stat(filepath.Join(dir, "backups")); err == nil {
		t.Error("a backup folder was made")
	}
}

// TestMigrateFromReadOnly: migrate from a file that cannot be written
// stops with one line that says what to do, and makes no target.
func TestMigrateFromReadOnly(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "desk.db"), filepath.Join(dir, "copy.db")
	mustRun(t, from, "claims")
	saved := openTarget
	openTarget = func(target string) (*backend.Opened, error) {
		if target == from {
			return nil, &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(sqlite.ErrReadOnly, errors.New("unable to open database file (14)"))}
		}
		return saved(target)
	}
	defer func() { openTarget = saved }()
	r := claimctl(t, from, "migrate", "--from", from, "--to", to)
	if r.code != 1 || !strings.Contains(r.stderr, "nothing was copied") || strings.Count(r.stderr, "\n") != 1 {
		t.Errorf("migrate from a read-only file: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(to); err == nil {
		t.Error("migrate made the target")
	}
}

// TestReadCommandsExist: every name in readCommands is a command (a typo
// there would make a read command refuse a read-only database).
func TestReadCommandsExist(t *testing.T) {
	for name := range readCommands {
		if commands[name] == nil {
			t.Errorf("readCommands names %q, which is no command", name)
		}
	}
}
