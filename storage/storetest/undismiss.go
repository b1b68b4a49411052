package storetest

import (
	"strings"
	"testing"

	"claimdesk/claims"
)

// testUndismiss: a dismissal is written to the history, listed with who
// made it, and can be taken back — from either claim of a pair of claims —
// which the history records with whose dismissal it was.
func testUndismiss(t *testing.T, open Opener) {
	t.Run("DismissalsListed", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "Bee"})
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetRecord, ts[0].ID), "Dismiss a-r0")
		noErr(t, s.Archives.Dismiss(ctxAs(actorBen), b.ID, claims.TargetClaim, a.ID), "Dismiss b-a")
		noErr(t, s.Archives.Dismiss(ctxAs(actorBen), a.ID, claims.TargetClaim, b.ID), "Dismiss a-b, the same pair")
		ds, err := s.Archives.Dismissals(ctxAs(actorAnna), a.ID)
		noErr(t, err, "Dismissals")
		if len(ds) != 2 || ds[0].Kind != claims.TargetClaim || ds[0].TargetID != b.ID || ds[0].Text != "Bee" ||
			ds[0].By != actorBen || ds[1].TargetID != ts[0].ID || ds[1].Text != ts[0].Text || ds[1].By != actorAnna ||
			!strings.Contains(ds[1].Where, "Example") || ds[0].At.Before(ds[1].At) {
			t.Fatalf("dismissals of a = %s; want b by ben, then r0 by anna", dismissals(ds))
		}
		wantCode(t, func() error { _, err := s.Archives.Dismissals(ctxAs(actorAnna), "nope"); return err }(), claims.ENOTFOUND)
		if n := countField(t, s, a.ID, claims.FieldDismissed); n != 2 {
			t.Errorf("a's history has %d dismissals, want 2 (r0, b once)", n)
		}
		if n := countField(t, s, b.ID, claims.FieldDismissed); n != 1 {
			t.Errorf("b's history has %d dismissals, want 1", n)
		}
	})

	t.Run("TakenBack", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetRecord, ts[0].ID), "Dismiss a-r0")
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetClaim, b.ID), "Dismiss a-b")
		noErr(t, s.Archives.Undismiss(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), "Undismiss a-r0")
		noErr(t, s.Archives.Undismiss(ctxAs(actorBen), b.ID, claims.TargetClaim, a.ID), "Undismiss b-a")
		for _, id := range []string{a.ID, b.ID} {
			d, err := s.Archives.Dismissed(ctxAs(actorBen), id)
			noErr(t, err, "Dismissed")
			if len(d) != 0 {
				t.Errorf("dismissed for %s after taking back = %v, want none", id, d)
			}
		}
		wantCode(t, s.Archives.Undismiss(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), claims.ENOTFOUND)
		wantCode(t, s.Archives.Undismiss(ctxAs(actorBen), a.ID, claims.TargetRecord, "nope"), claims.ENOTFOUND)
		wantCode(t, s.Archives.Undismiss(ctxAs(actorBen), a.ID, "x", b.ID), claims.EINVALID)
		evs, err := s.History.ClaimHistory(ctxAs(actorBen), a.ID)
		noErr(t, err, "ClaimHistory")
		n := 0
		for _, e := range evs {
			if e.Field == claims.FieldUndismissed && e.Actor == actorBen &&
				strings.Contains(e.Old, "dismissed as not the same by "+actorAnna) &&
				(e.New == "claim "+b.ID || strings.HasPrefix(e.New, "record "+ts[0].ID+": https://example.org/")) {
				n++
			}
		}
		if n != 2 {
			t.Errorf("history of a = %s; want two dismissals taken back by ben, naming anna's", describe(evs))
		}
		if n := countField(t, s, b.ID, claims.FieldUndismissed); n != 1 {
			t.Errorf("b's history has %d dismissals taken back, want 1", n)
		}
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetClaim, b.ID), "Dismiss a-b again")
	})
}

// countField counts the events of field in a claim's history.
func countField(t *testing.T, s claims.Services, claimID, field string) int {
	t.Helper()
	evs, err := s.History.ClaimHistory(ctxAs(actorAnna), claimID)
	noErr(t, err, "ClaimHistory")
	n := 0
	for _, e := range evs {
		if e.Field == field {
			n++
		}
	}
	return n
}

// dismissals describes a list of dismissals for a failure message.
func dismissals(ds []*claims.Dismissal) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, d.Kind+" "+d.TargetID+" "+d.Text+" ("+d.Where+") by "+d.By+" at "+d.At.String())
	}
	return "[" + strings.Join(parts, "; ") + "]"
}
