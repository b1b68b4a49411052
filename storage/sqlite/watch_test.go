package sqlite_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestWatchChanges: Anna's window watches the file while claimctl (a second
// opening of the same file) adds a claim; the window hears of it, and the
// watch ends when Anna's database is closed.
func TestWatchChanges(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	anna, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctl, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ctl.Close()
	watch := anna.Watcher()
	changes := make(chan claims.Change, 16)
	done := make(chan struct{})
	ctx := context.Background()
	go func() {
		watch.WatchChanges(ctx, func(c claims.Change) { changes <- c })
		close(done)
	}()
	time.Sleep(1500 * time.Millisecond) // let it take its first look
	select {
	case c := <-changes:
		t.Fatalf("a change reported before anything changed: %+v", c)
	default:
	}
	if err := ctl.Services().Claims.CreateClaim(claims.WithActor(ctx, "claimctl"), &claims.Claim{Text: "Die Brücke kostete 12 Millionen Euro."}); err != nil {
		t.Fatal(err)
	}
	select {
	case c := <-changes:
		if c.Err != nil || !slices.Contains(c.Kinds, claims.RecordClaim) {
			t.Fatalf("change = %+v, want claims", c)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the claim claimctl added was not reported")
	}
	if err := anna.Close(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("the watch did not end when the database was closed")
	}
}
