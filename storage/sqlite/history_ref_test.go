package sqlite_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// oldEvent is a history row as schema 3 stored it: "created" copied the text.
type oldEvent struct{ id, claim, at, field, old, new string }

// TestCreatedEventsByReference: a database of schema 3, whose "created"
// events copy the claim text, migrates to references where the text is the
// claim's, and every history reads exactly as before; later edits and
// deletes keep the text a claim was created with.
func TestCreatedEventsByReference(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	if err := sqlite.CreateAtVersion(path, 3); err != nil {
		t.Fatal(err)
	}
	const at = "2025-01-01T00:00:0%d.000000000Z"
	rawExec(t, path,
		`INSERT INTO claims (id, text, status, created_at, updated_at) VALUES
		 ('k1', 'Die Arbeitslosigkeit sank 2024 auf 5,8 Prozent.', 'new', '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z'),
		 ('k2', 'Neu: Der Bund gab 2023 zwölf Milliarden aus.', 'new', '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:03.000000000Z'),
		 ('k5', 'Der Hafen schlug 2024 mehr Container um.', 'new', '2025-01-01T00:00:00.000000000Z', '2025-01-01T00:00:00.000000000Z')`)
	old := []oldEvent{
		{"e1", "k1", fmt.Sprintf(at, 0), claims.FieldCreated, "", "Die Arbeitslosigkeit sank 2024 auf 5,8 Prozent."},
		{"e2", "k2", fmt.Sprintf(at, 0), claims.FieldCreated, "", "Alt: Der Bund gab elf Milliarden aus."},
		{"e3", "k2", fmt.Sprintf(at, 3), claims.FieldText, "Alt: Der Bund gab elf Milliarden aus.", "Neu: Der Bund gab 2023 zwölf Milliarden aus."},
		{"e4", "k3", fmt.Sprintf(at, 0), claims.FieldCreated, "", "Gelöscht: Die Mieten stiegen um 9 Prozent."},
		{"e5", "k3", fmt.Sprintf(at, 5), claims.FieldDeleted, "Gelöscht: Die Mieten stiegen um 9 Prozent.", ""},
		{"e6", "k5", fmt.Sprintf(at, 0), claims.FieldCreated, "", ""}, // as bundles from elsewhere may hold
	}
	for _, e := range old {
		rawExec(t, path, fmt.Sprintf(`INSERT INTO events (id, claim_id, at, actor, field, old, new) VALUES (%q, %q, %q, 'anna', %q, %q, %q)`,
			e.id, e.claim, e.at, e.field, e.old, e.new))
	}
	db, err := sqlite.Open(path) // migrates
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := db.Services()
	for _, k := range []string{"k1", "k2", "k3", "k5"} {
		evs, err := s.History.ClaimHistory(ctx, k)
		if err != nil {
			t.Fatal(err)
		}
		var want []oldEvent
		for _, e := range old {
			if e.claim == k {
				want = append(want, e)
			}
		}
		if len(evs) != len(want) {
			t.Fatalf("%s: %d events, want %d", k, len(evs), len(want))
		}
		for i, ev := range evs {
			if w := want[i]; ev.ID != w.id || ev.Field != w.field || ev.Old != w.old || ev.New != w.new || ev.Actor != "anna" {
				t.Errorf("%s event %d = %+v, want %+v", k, i, *ev, w)
			}
		}
	}
	if n := rawInt(t, path, "SELECT count(*) FROM events WHERE field = 'created' AND new = char(0)"); n != 1 {
		t.Errorf("%d created events by reference after migration, want 1 (only k1's text is still the claim's)", n)
	}

	// k1 is edited and deleted, k4 is created, edited and deleted anew: the
	// created events still read the first texts.
	k4 := &claims.Claim{Text: "Die Inflation lag im Mai bei 2,4 Prozent."}
	if err := s.Claims.CreateClaim(ctx, k4); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ id, first string }{{"k1", old[0].new}, {k4.ID, k4.Text}} {
		if _, err := s.Claims.UpdateClaim(ctx, c.id, claims.ClaimUpdate{Text: ptr("Geändert: " + c.first)}); err != nil {
			t.Fatal(err)
		}
		wantCreated(t, s, c.id, c.first)
		if err := s.Claims.DeleteClaim(ctx, c.id); err != nil {
			t.Fatal(err)
		}
		wantCreated(t, s, c.id, c.first)
	}
	if n := rawInt(t, path, "SELECT count(*) FROM events WHERE field = 'created' AND new NOT IN ('', char(0))"); n != 2 {
		t.Errorf("%d created events with a copy, want 2 (k2's and k3's from before)", n)
	}
	if err := s.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// wantCreated fails unless the "created" event of claim id reads text.
func wantCreated(t *testing.T, s claims.Services, id, text string) {
	t.Helper()
	evs, err := s.History.ClaimHistory(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if evs[0].Field != claims.FieldCreated || evs[0].New != text {
		t.Fatalf("created event of %s = %+v, want the text %q", id, *evs[0], text)
	}
}
