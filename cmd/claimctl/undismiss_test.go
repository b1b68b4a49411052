package main

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/pgscratch"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, for forging a row on the test server
)

// undismiss takes a dismissal back: the earlier check is suggested again,
// the history says whose dismissal it was, and a pair not dismissed is a
// mistake in one line.
func TestUndismiss(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	first := mustID(t, db, "claim", "add", "--text", "Nordhafen built 412 wind turbines in 2025.")
	mustRun(t, db, "claim", "set", first, "--verdict", "false")
	second := mustID(t, db, "claim", "add", "--text", "In 2025 Nordhafen put up 412 wind turbines.")
	mustRun(t, db, "--actor", "anna", "dismiss", second, first)
	if m := mustRun(t, db, "match", "--claim", second); strings.Contains(m, first) {
		t.Fatalf("match after the dismissal:\n%s\nwant the dismissed claim left out", m)
	}
	if out := mustRun(t, db, "--actor", "ben", "undismiss", second, first); !strings.Contains(out, "suggested again") {
		t.Errorf("undismiss printed %q", out)
	}
	if m := mustRun(t, db, "match", "--claim", second); !strings.Contains(m, first) {
		t.Errorf("match after undismiss:\n%s\nwant the claim suggested again", m)
	}
	if h := mustRun(t, db, "history", second); !strings.Contains(h, "undismissed") || !strings.Contains(h, "dismissed as not the same by anna") {
		t.Errorf("history of the claim:\n%s\nwant the dismissal taken back, naming anna's", h)
	}
	wantOneLineError(t, claimctl(t, db, "undismiss", second, first), "were not dismissed")
}

// check lists a pair forged into being both linked and dismissed in one
// line with the command that resolves it, and passes once it has run; on
// SQLite and, with a test server, on PostgreSQL.
func TestCheckLinkedAndDismissed(t *testing.T) {
	t.Run("SQLite", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "t.db")
		testCheckPair(t, db, "sqlite", "file:"+db, "?")
	})
	t.Run("PostgreSQL", func(t *testing.T) {
		dsn := pgscratch.Schema(t, "cli")
		testCheckPair(t, dsn, "pgx", dsn, "$")
	})
}

func testCheckPair(t *testing.T, db, driver, rawDSN, mark string) {
	first := mustID(t, db, "claim", "add", "--text", "Nordhafen built 412 wind turbines in 2025.")
	second := mustID(t, db, "claim", "add", "--text", "In 2025 Nordhafen put up 412 wind turbines.")
	mustRun(t, db, "--actor", "ben", "link", second, first)
	if out := mustRun(t, db, "check"); !strings.HasPrefix(out, "ok") {
		t.Fatalf("check before forging: %q", out)
	}
	raw, err := sql.Open(driver, rawDSN)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	args := []string{"?", "?", "?"}
	if mark == "$" {
		args = []string{"$1", "$2", "$3"}
	}
	if _, err := raw.Exec(fmt.Sprintf(`INSERT INTO match_dismissals (claim_id, target_kind, target_id, dismissed_at, dismissed_by)
		VALUES (%s, 'claim', %s, %s, 'anna')`, args[0], args[1], args[2]), first, second, time.Now().Add(-time.Hour).UTC().Format(time.RFC3339Nano)); err != nil {
		t.Fatalf("forge a dismissal: %v", err)
	}
	r := claimctl(t, db, "check")
	fix := "claimctl undismiss " + first + " " + second
	if r.code != 1 || strings.Count(r.stdout, "\n") != 1 || !strings.HasPrefix(r.stdout, "problem: claim "+first+" and claim "+second) ||
		!strings.Contains(r.stdout, "ben") || !strings.Contains(r.stdout, "by anna at") || !strings.Contains(r.stdout, "the link is the later: "+fix) ||
		!strings.Contains(r.stderr, "1 pair(s) both linked and dismissed") {
		t.Fatalf("check of a pair both linked and dismissed: exit %d\nstdout %q\nstderr %q", r.code, r.stdout, r.stderr)
	}
	mustRun(t, db, strings.Fields(fix)[1:]...)
	if out := mustRun(t, db, "check"); !strings.HasPrefix(out, "ok") {
		t.Errorf("check after %s: %q", fix, out)
	}
}

// A pair both linked and dismissed is resolved either way: check names
// undismiss (keeps the link) and unlink (keeps the dismissal), the later
// action's command first.
func TestPairProblemNamesUnlink(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 12, 0, 0, 0, time.UTC)
	p := &claims.PairConflict{ClaimID: "c1", Kind: claims.TargetClaim, TargetID: "c2", LinkedBy: "ben", LinkedAt: t0,
		DismissedBy: "anna", DismissedAt: t0.Add(time.Hour)}
	if got := pairProblem(p); !strings.Contains(got, "the dismissal is the later: claimctl unlink c1 c2 keeps it") ||
		!strings.Contains(got, "claimctl undismiss c1 c2 would keep the link") {
		t.Errorf("dismissal later: %q", got)
	}
	p.LinkedAt = time.Time{}
	if got := pairProblem(p); !strings.Contains(got, "claimctl undismiss c1 c2 keeps the link, claimctl unlink c1 c2 keeps the dismissal") {
		t.Errorf("order unknown: %q", got)
	}
	p.Through = true
	if got := pairProblem(p); !strings.Contains(got, "claimctl undismiss c1 c2 keeps the link, taking back a link that joins them (claimctl links c1 lists them) keeps the dismissal") {
		t.Errorf("linked only through others: %q", got)
	}
}
