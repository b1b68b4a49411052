package app

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// fakeWatch delivers the changes sent on ch, as a shared server would.
type fakeWatch struct{ ch chan claims.Change }

func (w fakeWatch) WatchChanges(ctx context.Context, fn func(claims.Change)) {
	for {
		select {
		case <-ctx.Done():
			return
		case c := <-w.ch:
			fn(c)
		}
	}
}

// TestWatchShowsOthersChangesAndLostServer: another checker adds a checked
// claim on the server, and the open window's counts and its earlier checks
// ("Seen before") follow; the server goes away
// and comes back, and the status line says so each time.
func TestWatchShowsOthersChangesAndLostServer(t *testing.T) {
	f := newShellFixture(t)
	w := fakeWatch{make(chan claims.Change)}
	f.wait() // the fixture's own jobs read u.svc: set Watch after them, under the UI lock
	f.do(func() { f.u.svc.Watch = w })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.u.watchChanges(ctx)

	if s, err := f.u.seenCache().get(f.u); err != nil || s.Len() != 0 {
		t.Fatalf("earlier checks before Ben's claim: %v", err)
	}
	// another checker's claim, with a verdict: stored behind the window's back
	if err := f.svc.Claims.CreateClaim(claims.WithActor(ctx, "ben"), &claims.Claim{Text: "Bens Behauptung.", RatingID: claims.ScalePolitiFact + ":false"}); err != nil {
		t.Fatal(err)
	}
	w.ch <- claims.Change{Kinds: []claims.RecordKind{claims.RecordClaim}}
	waitFor(t, f, func() bool { return strings.Contains(f.s.counts.Text, "1 claim") }, "counts after Ben's claim") // the label is read only under the UI lock
	if s, err := f.u.seenCache().get(f.u); err != nil || s.Len() != 1 {
		t.Fatalf("Ben's checked claim is no earlier check for \"Seen before\" (%v)", err)
	}

	w.ch <- claims.Change{Err: errors.New("connection refused")}
	waitFor(t, f, func() bool { return strings.Contains(f.s.location.Text, "cannot be reached") }, "status after losing the server")
	w.ch <- claims.Change{}
	waitFor(t, f, func() bool { return strings.Contains(f.s.location.Text, "again") }, "status after the server is back")
}

// waitFor polls cond (under the UI lock) for a few seconds. It does not
// wait for the window's jobs (f.wait): the watch goroutine starts jobs
// while the test runs, and a WaitGroup's Wait must not overlap an Add
// from zero.
func waitFor(t *testing.T, f *shellFixture, cond func() bool, what string) {
	t.Helper()
	for range 200 {
		uiMu.Lock()
		ok := cond()
		uiMu.Unlock()
		if ok {
			return
		}
		sleepBriefly()
	}
	t.Fatalf("timed out: %s", what)
}

func sleepBriefly() { time.Sleep(20 * time.Millisecond) }

// TestServerGoneHint: a save that failed because the server is gone says
// to save again once it is back, not to restart.
func TestServerGoneHint(t *testing.T) {
	newShellFixture(t) // English interface
	err := &claims.Error{Code: claims.EINTERNAL, Message: "Could not save the claim: the database server cannot be reached.",
		Err: errors.Join(claims.ErrUnavailable, errors.New("connection refused"))}
	if h := errorHint(err); !strings.Contains(h, "server is back") {
		t.Fatalf("hint = %q", h)
	}
}
