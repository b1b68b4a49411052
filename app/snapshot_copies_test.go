package app

import (
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
)

// copiesIn lists the snapshot copy folders in dir.
func copiesIn(t *testing.T, dir string) []string {
	t.Helper()
	found, err := filepath.Glob(filepath.Join(dir, snapshotPrefix+"*"))
	if err != nil {
		t.Fatal(err)
	}
	return found
}

// TestSnapshotCopiesRemovedAtExit: the copies „Öffnen" hands to the viewer
// stayed in the temporary folder after the window closed. They are removed
// when it closes.
func TestSnapshotCopiesRemovedAtExit(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	old := openFileURL
	openFileURL = func(fyne.App, *url.URL) error { return nil }
	t.Cleanup(func() { openFileURL = old })

	f := newShellFixture(t)
	snap := f.addSnapshotSource()
	f.do(func() { f.u.openSnapshot(*snap) })
	f.do(func() { f.u.openSnapshot(*snap) })
	if n := len(copiesIn(t, tmp)); n != 2 {
		t.Fatalf("%d copies after opening twice, want 2", n)
	}
	f.do(func() { f.u.win.Close() })
	f.closed = true
	if left := copiesIn(t, tmp); len(left) != 0 {
		t.Fatalf("copies left after the window closed: %v", left)
	}
}

// TestStaleSnapshotCopiesRemovedAtStart: copies left by a run that did not
// close its window (a crash) are removed at the next start; the copies of a
// Claimdesk still running stay, unless they are more than a day old.
func TestStaleSnapshotCopiesRemovedAtStart(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	mk := func(name string, age time.Duration) string {
		d := filepath.Join(tmp, name)
		if err := os.Mkdir(d, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(d, "kopie.pdf"), []byte("%PDF"), 0o400); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(-age)
		if err := os.Chtimes(d, when, when); err != nil {
			t.Fatal(err)
		}
		return d
	}
	gone := mk(snapshotPrefix+"999999999-1", time.Minute) // no such process
	mine := mk(fmt.Sprintf("%s%d-2", snapshotPrefix, os.Getpid()), time.Minute)
	oldStyle := mk(snapshotPrefix+"3", time.Minute)
	aged := mk(fmt.Sprintf("%s%d-4", snapshotPrefix, os.Getpid()), 2*staleSnapshotAge)
	removeStaleSnapshotCopies(time.Now())
	for d, keep := range map[string]bool{gone: false, mine: true, oldStyle: true, aged: false} {
		if _, err := os.Stat(d); (err == nil) != keep {
			t.Errorf("%s: kept %v, want %v", filepath.Base(d), err == nil, keep)
		}
	}
}

// addSource stores a statistics source no claim uses yet.
func (f *shellFixture) addSource() *claims.Source {
	f.t.Helper()
	src := &claims.Source{URL: "https://example.org/mietspiegel", Title: "Mietspiegel", Kind: claims.KindStatistics}
	if err := f.svc.Sources.CreateSource(f.u.ctx(), src); err != nil {
		f.t.Fatal(err)
	}
	return src
}

// addSnapshotSource stores a statistics source with one saved copy (a small
// HTML page) and returns the copy.
func (f *shellFixture) addSnapshotSource() *claims.Snapshot {
	f.t.Helper()
	snap, err := f.svc.Sources.AttachSnapshot(f.u.ctx(), f.addSource().ID, "mietspiegel.html", strings.NewReader("<p>2,5 Prozent</p>"))
	if err != nil {
		f.t.Fatal(err)
	}
	return snap
}
