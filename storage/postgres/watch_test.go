package postgres_test

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// TestWatchChanges plays two checkers on one server: Anna's window watches,
// Ben adds a claim; then the server drops Anna's watching connection, which
// is reported as lost and then as back.
func TestWatchChanges(t *testing.T) {
	dsn := freshDSN(t)
	anna, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer anna.Close()
	ben, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer ben.Close()
	changes := make(chan claims.Change, 16)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		anna.Services().Watch.WatchChanges(ctx, func(c claims.Change) { changes <- c })
		close(done)
	}()
	next := func(what string) claims.Change {
		t.Helper()
		select {
		case c := <-changes:
			return c
		case <-time.After(15 * time.Second):
			t.Fatalf("no change reported: %s", what)
		}
		return claims.Change{}
	}
	time.Sleep(500 * time.Millisecond) // let it LISTEN
	if err := ben.Services().Claims.CreateClaim(claims.WithActor(ctx, "ben"), &claims.Claim{Text: "Bens neue Behauptung."}); err != nil {
		t.Fatal(err)
	}
	if c := next("Ben's claim"); c.Err != nil || !slices.Contains(c.Kinds, claims.RecordClaim) {
		t.Fatalf("change = %+v, want claims", c)
	}

	admin, err := sql.Open("pgx", testDSN(t))
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	if _, err := admin.Exec(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE query LIKE 'LISTEN claimdesk_changes%' AND pid <> pg_backend_pid()`); err != nil {
		t.Fatal(err)
	}
	c := next("connection lost")
	if c.Err == nil || !errors.Is(c.Err, postgres.ErrServerGone) {
		t.Fatalf("change after the connection was dropped = %+v, want Err ErrServerGone", c)
	}
	if c := next("connection back"); c.Err != nil || len(c.Kinds) != 0 {
		t.Fatalf("change after reconnecting = %+v, want a plain reload", c)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("WatchChanges did not return after its context ended")
	}
}
