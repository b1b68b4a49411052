package sqlite_test

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// rawEvent is a history row as the schema before 0009 stored it.
type rawEvent struct {
	id, claim, at, actor, field, new string
	imported                         int
}

// TestCompactCreatedEvents: migrating moves exactly the "created" events
// that the claim itself describes (by reference, its time, its author, a
// canonical ID, nothing earlier at the same time) into created_events,
// and every history reads as before: IDs, times, authors, texts, order.
// Deleting or editing a claim, merging its own bundle back and copying
// keep every event.
func TestCompactCreatedEvents(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claimdesk.db")
	if err := sqlite.CreateAtVersion(path, 8); err != nil { // 8: before 0009_compact.sql
		t.Fatal(err)
	}
	const t0, t1 = "2025-03-01T10:00:00.123456789Z", "2025-03-02T08:00:00.000000001Z"
	claimIDs := []string{"0194f3a0-0000-7000-8000-000000000001", "0194f3a0-0000-7000-8000-000000000002",
		"0194f3a0-0000-7000-8000-000000000003", "0194f3a0-0000-7000-8000-000000000004", "0194f3a0-0000-7000-8000-000000000005"}
	for i, id := range claimIDs {
		rawExec(t, path, fmt.Sprintf(`INSERT INTO claims (id, text, status, created_at, created_by, updated_at, updated_by)
			VALUES ('%s', 'Behauptung %d: Die Zahl stieg 2024 um %d Prozent.', 'new', '%s', 'anna', '%s', 'anna')`, id, i, i+3, t0, t1))
	}
	ev := func(n int) string { return fmt.Sprintf("0194f3a0-0000-7000-9000-%012d", n) }
	old := []rawEvent{
		{ev(1), claimIDs[0], t0, "anna", claims.FieldCreated, "\x00", 0},                                  // compact
		{ev(2), claimIDs[1], t0, "bert", claims.FieldCreated, "\x00", 0},                                  // another author than the claim's
		{ev(3), claimIDs[2], t0, "anna", claims.FieldCreated, "\x00", 1},                                  // imported
		{"0194F3A0-0000-7000-9000-000000000004", claimIDs[3], t0, "anna", claims.FieldCreated, "\x00", 0}, // not canonical
		{ev(5), claimIDs[4], t0, "anna", claims.FieldTags, "", 0},                                         // before the created event, same time
		{ev(6), claimIDs[4], t0, "anna", claims.FieldCreated, "\x00", 0},                                  // so it stays
		{ev(7), claimIDs[0], t1, "anna", claims.FieldStatus, "researching", 0},
	}
	for _, e := range old {
		rawExec(t, path, fmt.Sprintf(`INSERT INTO events (id, claim_id, at, actor, field, old, new, imported)
			VALUES ('%s', '%s', '%s', '%s', '%s', '', %s, %d)`, e.id, e.claim, e.at, e.actor, e.field, sqlText(e.new), e.imported))
	}
	db, err := sqlite.Open(path) // migrates
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	s := db.Services()
	if n := rawInt(t, path, "SELECT count(*) FROM created_events"); n != 1 {
		t.Errorf("%d compact created events, want 1", n)
	}
	if n := rawInt(t, path, "SELECT count(*) FROM events"); n != len(old)-1 {
		t.Errorf("%d event rows, want %d", n, len(old)-1)
	}
	texts := map[string]string{}
	for i, id := range claimIDs {
		texts[id] = fmt.Sprintf("Behauptung %d: Die Zahl stieg 2024 um %d Prozent.", i, i+3)
	}
	for _, id := range claimIDs {
		wantHistory(t, s, id, old, texts)
	}

	// Editing and deleting the compact claim keep its created event whole.
	c0 := claimIDs[0]
	if _, err := s.Claims.UpdateClaim(ctx, c0, claims.ClaimUpdate{Text: ptr("Geändert: die Zahl sank.")}); err != nil {
		t.Fatal(err)
	}
	if err := s.Claims.DeleteClaim(ctx, c0); err != nil {
		t.Fatal(err)
	}
	evs, err := s.History.ClaimHistory(ctx, c0)
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 4 || evs[0].ID != ev(1) || evs[0].New != texts[c0] || evs[0].Actor != "anna" || fmtAt(evs[0].At) != t0 ||
		evs[1].ID != ev(7) || evs[3].Field != claims.FieldDeleted {
		t.Fatalf("history of the deleted claim: %s", describe(evs))
	}
	if n := rawInt(t, path, "SELECT count(*) FROM created_events"); n != 0 {
		t.Errorf("%d compact created events after the delete, want 0", n)
	}
	if err := s.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestCompactCreatedEventsMergeBack: new claims keep their created event
// compact; a bundle of them merged back adds no event, and a merge that
// changes a claim's creation fields keeps the event as it was.
func TestCompactCreatedEventsMergeBack(t *testing.T) {
	db := MustOpenDB(t)
	s := db.Services()
	c := &claims.Claim{Text: "Der Bund gab 2023 zwölf Milliarden Euro aus."}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	before, err := s.History.ClaimHistory(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(before) != 1 || before[0].Field != claims.FieldCreated || before[0].New != c.Text || before[0].Actor != "tester" ||
		!before[0].At.Equal(c.CreatedAt) {
		t.Fatalf("history of a new claim: %s", describe(before))
	}
	if n := rawInt(t, db.Path(), "SELECT count(*) FROM created_events"); n != 1 {
		t.Fatalf("%d compact created events, want 1", n)
	}
	ds := &claims.Dataset{Version: claims.DatasetVersion, Claims: []*claims.Claim{c}, Events: before}
	res, err := s.Exchange.MergeDataset(ctx, ds, nil)
	if err != nil {
		t.Fatal(err)
	}
	if res.Events != 0 {
		t.Errorf("merging a claim's own bundle back added %d events", res.Events)
	}
	// The same claim arriving with another creation time and a newer
	// version replaces it here; its recorded created event stays as it was.
	other := *c
	other.CreatedAt = c.CreatedAt.Add(-time.Hour)
	other.UpdatedAt = c.UpdatedAt.Add(time.Hour)
	other.Text = "Der Bund gab 2023 dreizehn Milliarden Euro aus."
	if _, err := s.Exchange.MergeDataset(ctx, &claims.Dataset{Version: claims.DatasetVersion, Claims: []*claims.Claim{&other}}, nil); err != nil {
		t.Fatal(err)
	}
	if n := rawInt(t, db.Path(), "SELECT count(*) FROM created_events"); n != 0 {
		t.Errorf("%d compact created events after the creation time changed, want 0", n)
	}
	after, err := s.History.ClaimHistory(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if after[0].ID != before[0].ID || after[0].New != c.Text || !after[0].At.Equal(before[0].At) || after[0].Actor != before[0].Actor {
		t.Fatalf("created event after the merge: %s, want %s", describe(after[:1]), describe(before))
	}
}

// wantHistory fails unless the history of claim id is its events of old,
// in order, with the created texts read from texts.
func wantHistory(t *testing.T, s claims.Services, id string, old []rawEvent, texts map[string]string) {
	t.Helper()
	evs, err := s.History.ClaimHistory(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var want []rawEvent
	for _, e := range old {
		if e.claim == id {
			want = append(want, e)
		}
	}
	if len(evs) != len(want) {
		t.Fatalf("%s: %s, want %d events", id, describe(evs), len(want))
	}
	for i, e := range evs {
		w := want[i]
		if w.new == "\x00" {
			w.new = texts[id]
		}
		if e.ID != w.id || fmtAt(e.At) != w.at || e.Actor != w.actor || e.Field != w.field || e.New != w.new ||
			e.Old != "" || e.Imported != (w.imported != 0) || e.RecordKind() != claims.RecordClaim {
			t.Errorf("%s event %d = %s, want %+v", id, i, describe(evs[i:i+1]), w)
		}
	}
}

func fmtAt(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000000Z") }

func sqlText(s string) string {
	if s == "\x00" {
		return "char(0)"
	}
	return "'" + s + "'"
}

func describe(evs []*claims.Event) string {
	out := ""
	for _, e := range evs {
		out += fmt.Sprintf("[%s %s %s %s %q %q imported=%v] ", e.ID, fmtAt(e.At), e.Actor, e.Field, e.Old, e.New, e.Imported)
	}
	return out
}
