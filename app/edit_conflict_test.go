package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestEditConflictKeepsBothVersions is the scenario of two checkers on one
// database: Anna opens a claim, Ben saves a change to it, Anna saves hers.
// Anna's save is refused with both versions shown, nothing of Ben's is
// lost, her edit stays in the editor, and saving again applies it on top.
func TestEditConflictKeepsBothVersions(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor

	ben := claims.WithActor(context.Background(), "ben")
	if _, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{Rationale: ptr("Laut Destatis 5,9 Prozent.")}); err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		e.claimant.SetText("Statistisches Bundesamt")
		test.Tap(e.save)
	})
	top := f.u.win.Canvas().Overlays().Top()
	msg := dialogText(top)
	for _, want := range []string{"ben saved this claim", "Saved: Donald Lu", "Yours: Statistisches Bundesamt"} {
		if !strings.Contains(msg, want) {
			t.Errorf("conflict message lacks %q:\n%s", want, msg)
		}
	}
	got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID)
	if got.Rationale != "Laut Destatis 5,9 Prozent." || got.Claimant != "Donald Lu" {
		t.Fatalf("stored after the refused save: rationale %q claimant %q", got.Rationale, got.Claimant)
	}
	if !e.dirty || e.claimant.Text != "Statistisches Bundesamt" {
		t.Fatalf("editor lost the edit: dirty %v claimant %q", e.dirty, e.claimant.Text)
	}
	// Saving again replaces the saved claimant, and keeps Ben's rationale.
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() { test.Tap(e.save) })
	got, _ = f.svc.Claims.FindClaimByID(context.Background(), c.ID)
	if got.Rationale != "Laut Destatis 5,9 Prozent." || got.Claimant != "Statistisches Bundesamt" {
		t.Fatalf("stored after saving again: rationale %q claimant %q", got.Rationale, got.Claimant)
	}
}

// TestEditConflictGermanTime: in the German window the conflict message
// writes when the colleague saved as the rest of the window does
// ("05.12.2026 02:45"), not in ISO form.
func TestEditConflictGermanTime(t *testing.T) {
	f := newGermanFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	ben := claims.WithActor(context.Background(), "ben")
	saved, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{Rationale: ptr("Laut Destatis 5,9 Prozent.")})
	if err != nil {
		t.Fatal(err)
	}
	f.do(func() {
		e.claimant.SetText("Statistisches Bundesamt")
		test.Tap(e.save)
	})
	msg := dialogText(f.u.win.Canvas().Overlays().Top())
	when := saved.UpdatedAt.Local()
	want := "um " + when.Format("02.01.2006") + " " + when.Format("15:04") + " gespeichert"
	if !strings.Contains(msg, want) {
		t.Errorf("conflict message lacks %q:\n%s", want, msg)
	}
	if !strings.Contains(msg, "Inzwischen von jemand anderem gespeichert") || strings.Contains(msg, "schiefgegangen") {
		t.Errorf("conflict title is not 'Inzwischen von jemand anderem gespeichert':\n%s", msg)
	}
}

// TestEditConflictKeepsYourVerdict: Anna chooses a verdict, Ben saves
// another verdict first; after the conflict the editor must show Anna's
// verdict on top of Ben's version, and saving again must store it. The
// editor showed "No verdict" after the conflict, and the next save cleared
// Ben's verdict instead of storing Anna's: a wrong verdict saved silently.
func TestEditConflictKeepsYourVerdict(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	f.do(func() { e.verdict.SetSelected("Mostly true") })
	anna := e.selectedRating()
	if anna == "" {
		t.Fatal("no rating chosen")
	}
	ben := claims.WithActor(context.Background(), "ben")
	benRating := "politifact:false"
	if _, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{RatingID: &benRating, Rationale: ptr("Laut Destatis 5,9 Prozent.")}); err != nil {
		t.Fatal(err)
	}
	f.do(func() { test.Tap(e.save) })
	if msg := dialogText(f.u.win.Canvas().Overlays().Top()); !strings.Contains(msg, "Yours: Mostly true") {
		t.Fatalf("conflict message lacks Anna's verdict:\n%s", msg)
	}
	if got := e.selectedRating(); got != anna {
		t.Errorf("editor after the conflict shows rating %q, want Anna's %q on top of Ben's version", got, anna)
	}
	f.do(func() { test.Tap(f.topDialogButton("OK")) })
	f.do(func() { test.Tap(e.save) })
	got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID)
	if got.RatingID != anna || got.Rationale != "Laut Destatis 5,9 Prozent." {
		t.Fatalf("stored after saving again: rating %q rationale %q, want %q and Ben's rationale", got.RatingID, got.Rationale, anna)
	}
}

// TestOthersChangeReloadsCleanEditor: on a shared server, a colleague's
// verdict reaches the open editor when nothing in it is unsaved (the list
// showed it while the editor kept the old verdict), a deletion elsewhere
// empties it, and Revert shows the version stored now.
func TestOthersChangeReloadsCleanEditor(t *testing.T) {
	f := newShellFixture(t)
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	ben := claims.WithActor(context.Background(), "ben")
	r := "politifact:false"
	if _, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{RatingID: &r}); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.othersChanged)
	if got := e.selectedRating(); got != r || e.dirty {
		t.Fatalf("clean editor after a colleague's verdict shows %q (dirty %v), want %q", got, e.dirty, r)
	}
	// Unsaved edits stay; Revert then shows what is stored now.
	f.do(func() { e.rationale.SetText("Laut Destatis.") })
	r2 := "politifact:true"
	if _, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{RatingID: &r2}); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.othersChanged)
	if !e.dirty || e.rationale.Text != "Laut Destatis." {
		t.Fatalf("unsaved edit lost: dirty %v rationale %q", e.dirty, e.rationale.Text)
	}
	f.do(func() { test.Tap(e.revert) })
	if got := e.selectedRating(); got != r2 || e.dirty {
		t.Fatalf("after Revert the editor shows %q (dirty %v), want the stored %q", got, e.dirty, r2)
	}
	if err := f.svc.Claims.DeleteClaim(ben, c.ID); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.othersChanged)
	if e.claim != nil || e.body.Visible() {
		t.Fatalf("editor still shows a claim deleted elsewhere: %v", e.claim)
	}
}

// TestHugeClaimTextOpens: a claim whose text is one enormous "sentence" (a
// paragraph without full stops taken as a suggestion, or a claim from a
// bundle) froze the window while the editor wrapped it: 0.7 s for 37,000
// characters, minutes for 200,000. Such a text is shown cut and read-only,
// the meta line says so, and saving another field keeps it whole.
func TestHugeClaimTextOpens(t *testing.T) {
	f := newShellFixture(t)
	long := strings.TrimSpace(strings.Repeat("Wort und noch ein Wort ", 1500)) // 34 KB
	c := f.addClaim(long)
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	if len(e.text.Text) > 3*maxShownRunes || !e.text.Disabled() || !strings.HasSuffix(e.text.Text, " …") {
		t.Fatalf("editor shows %d of %d bytes, disabled %v; want its start, read-only", len(e.text.Text), len(long), e.text.Disabled())
	}
	if !strings.Contains(e.meta.Text, "Text too long to edit here (34,499 characters)") {
		t.Errorf("meta line %q does not say the text is cut", e.meta.Text)
	}
	f.do(func() {
		e.rationale.SetText("Zu lang für eine Behauptung.")
		test.Tap(e.save)
	})
	got, _ := f.svc.Claims.FindClaimByID(context.Background(), c.ID)
	if got.Text != long || got.Rationale != "Zu lang für eine Behauptung." {
		t.Fatalf("stored text %d bytes (want %d), rationale %q", len(got.Text), len(long), got.Rationale)
	}
	short := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	f.do(func() { f.u.openClaim(short.ID) })
	if e.text.Disabled() || e.text.Text != short.Text || e.text.long() {
		t.Fatalf("a short claim after a long one: disabled %v, text %q", e.text.Disabled(), e.text.Text)
	}
}
