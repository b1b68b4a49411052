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
