package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wantOneLineError checks that r failed with exit status 2 and one line on
// standard error that contains want.
func wantOneLineError(t *testing.T, r result, want string) {
	t.Helper()
	if r.code != 2 || strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("exit %d, stderr %q; want 2 and one line with %q", r.code, r.stderr, want)
	}
}

// wantAbsent checks that nothing was created at p.
func wantAbsent(t *testing.T, p string) {
	t.Helper()
	if _, err := os.Stat(p); !os.IsNotExist(err) {
		t.Errorf("%s was created (%v)", p, err)
	}
}

// A mistyped --db folder is an error: no folder and no empty database are
// made there, whether --db comes before or after the command.
func TestDBFolderMissing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "nope")
	for _, args := range [][]string{
		{"--db", filepath.Join(missing, "x.db"), "claims"},
		{"claims", "--db", filepath.Join(missing, "x.db")},
		{"--db=" + filepath.Join(missing, "x.db"), "claim", "add", "--text", "Die Zahl der Windräder stieg um 412."},
	} {
		var r result
		r.code = run(t.Context(), args, strings.NewReader(""), &strBuf{&r.stdout}, &strBuf{&r.stderr})
		wantOneLineError(t, r, "does not exist")
		wantAbsent(t, missing)
	}
	t.Setenv("CLAIMDESK_DB", filepath.Join(missing, "env.db"))
	var r result
	r.code = run(t.Context(), []string{"claims"}, strings.NewReader(""), &strBuf{&r.stdout}, &strBuf{&r.stderr})
	wantOneLineError(t, r, "of $CLAIMDESK_DB")
	wantAbsent(t, missing)
	file := writeFile(t, dir, "a.txt", "text")
	wantOneLineError(t, claimctl(t, filepath.Join(file, "x.db"), "claims"), "is a file, not a folder")
}

// --db "" (a script's unset variable) is refused instead of opening the
// default database.
func TestDBFlagEmpty(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	def := filepath.Join(dir, "default.db")
	t.Setenv("CLAIMDESK_DB", def)
	for _, args := range [][]string{{"--db", "", "claims"}, {"claims", "--db="}, {"--db= ", "articles"}} {
		var r result
		r.code = run(t.Context(), args, strings.NewReader(""), &strBuf{&r.stdout}, &strBuf{&r.stderr})
		wantOneLineError(t, r, "--db needs a path")
	}
	wantAbsent(t, def)
	if names, _ := os.ReadDir(dir); len(names) > 0 {
		t.Errorf("files made in the working folder: %v", names)
	}
}

// migrate copies only from a database that exists; a mistyped --from
// creates nothing, neither at --from nor at --to.
func TestMigrateMissingSource(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "nope.db"), filepath.Join(dir, "copy.db")
	wantOneLineError(t, claimctl(t, newDB(t), "migrate", "--from", from, "--to", to), "--from "+from+" does not exist")
	wantAbsent(t, from)
	wantAbsent(t, to)
	db := newDB(t)
	mustRun(t, db, "claim", "add", "--text", "Die Zahl der Windräder stieg um 412.")
	missing := filepath.Join(dir, "nope", "copy.db")
	wantOneLineError(t, claimctl(t, db, "migrate", "--from", db, "--to", missing), "does not exist")
	wantAbsent(t, filepath.Dir(missing))
}

// The help of a command names the default of --db once.
func TestHelpDBDefaultOnce(t *testing.T) {
	r := claimctl(t, filepath.Join(t.TempDir(), "x.db"), "claims", "--help")
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.Contains(line, "--db") && strings.Count(line, "(default") != 1 {
			t.Errorf("help line %q", line)
		}
	}
}

// strBuf is an io.Writer appending to a string.
type strBuf struct{ s *string }

func (b *strBuf) Write(p []byte) (int, error) {
	*b.s += string(p)
	return len(p), nil
}
