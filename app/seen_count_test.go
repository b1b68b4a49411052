package app

import (
	"context"
	"path/filepath"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// TestSeenTabCountsOthers: the "Seen before" tab counts what a claim is
// compared with, not the claim itself (a claim with a verdict is indexed
// too), and says one record in the singular. Before, the only claim with a
// verdict read "Keine frühere Prüfung dieser Behauptung unter 1 Einträgen".
func TestSeenTabCountsOthers(t *testing.T) {
	defer switchLanguage("")
	f := newShellFixture(t)
	f.do(func() { f.u.setLanguage("de") })
	f.s = f.u.shell
	add := func(text string) *claims.Claim {
		c := &claims.Claim{Text: text, RatingID: claims.ScalePolitiFact + ":true"}
		if err := f.svc.Claims.CreateClaim(f.u.ctx(), c); err != nil {
			t.Fatal(err)
		}
		f.do(func() { f.u.seenCache().drop(); f.u.changed() }) // as saving in the editor does
		return c
	}
	first := add("Die Buslinie 7 in Lindenau fährt seit März alle zehn Minuten.")
	p := f.s.claims.editor.seen
	f.do(func() { f.u.openClaim(first.ID) })
	if want := "Noch keine früheren Prüfungen zum Vergleich: Importieren Sie ein Faktencheck-Archiv (Menü Datei) oder geben Sie anderen Behauptungen ein Urteil."; p.status.Text != want {
		t.Fatalf("the only claim with a verdict: %q, want %q", p.status.Text, want)
	}
	add("Das Hallenbad in Ostfeld hat im Jahr 2026 an 300 Tagen geöffnet.")
	f.do(func() { f.u.openClaim(first.ID) })
	if want := "Keine frühere Prüfung dieser Behauptung unter 1 Eintrag bzw. geprüften Behauptung."; p.status.Text != want {
		t.Fatalf("one other claim with a verdict: %q, want %q", p.status.Text, want)
	}
}

// TestSeenAfterBundleImport: a claim a colleague checked, brought in by an
// exchange bundle, is an earlier check at once. Before, the index of
// earlier checks was only brought up to date after a save in this window,
// so the "Seen before" tab did not know the bundle's verdicts.
func TestSeenAfterBundleImport(t *testing.T) {
	f := newShellFixture(t)
	mine := &claims.Claim{Text: "The Millbrook ferry carried 2.1 million passengers in 2025."}
	if err := f.svc.Claims.CreateClaim(f.u.ctx(), mine); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	p := f.s.claims.editor.seen
	f.do(func() { f.u.openClaim(mine.ID) }) // builds the index: nothing checked yet
	if len(p.box.Objects) != 0 {
		t.Fatalf("matches before the import: %q", p.status.Text)
	}

	other, err := sqlite.Open(filepath.Join(t.TempDir(), "colleague.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	theirs := &claims.Claim{Text: "In 2025 the Millbrook ferry carried 2.1 million passengers.", RatingID: claims.ScalePolitiFact + ":mostly-true"}
	if err := other.Services().Claims.CreateClaim(context.Background(), theirs); err != nil {
		t.Fatal(err)
	}
	if b := f.importBundleFile(bundleFrom(t, other.Services())); b.err != nil {
		t.Fatalf("import: %v", b.err)
	}
	f.do(func() { f.u.openClaim(mine.ID) })
	if len(p.box.Objects) == 0 {
		t.Fatalf("the colleague's checked claim is not found after the bundle import: %q", p.status.Text)
	}
}

// TestSeenTabFollowsOthersVerdicts: with the "Seen before" tab of a claim in
// view, another checker's verdict on the shared server on the same claim
// shows there without opening the claim again. Before, the tab kept saying
// "No earlier checks" until the claim was chosen anew (seen in the window on
// a PostgreSQL server).
func TestSeenTabFollowsOthersVerdicts(t *testing.T) {
	f := newShellFixture(t)
	w := fakeWatch{make(chan claims.Change)}
	f.wait()
	f.do(func() { f.u.svc.Watch = w })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	f.u.watchChanges(ctx)

	mine := &claims.Claim{Text: "The Millbrook ferry carried 2.1 million passengers in 2025."}
	if err := f.svc.Claims.CreateClaim(f.u.ctx(), mine); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	e := f.s.claims.editor
	f.do(func() { f.u.openClaim(mine.ID) })
	f.do(func() { e.tabs.Select(e.seenTab) })
	if len(e.seen.box.Objects) != 0 {
		t.Fatalf("matches before Ben's verdict: %q", e.seen.status.Text)
	}
	theirs := &claims.Claim{Text: "In 2025 the Millbrook ferry carried 2.1 million passengers.", RatingID: claims.ScalePolitiFact + ":mostly-true"}
	if err := f.svc.Claims.CreateClaim(claims.WithActor(ctx, "ben"), theirs); err != nil {
		t.Fatal(err)
	}
	w.ch <- claims.Change{Kinds: []claims.RecordKind{claims.RecordClaim}}
	waitFor(t, f, func() bool { return len(e.seen.box.Objects) > 0 }, "Ben's checked claim in the Seen before tab")
}
