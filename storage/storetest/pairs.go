package storetest

import (
	"strings"
	"sync"
	"testing"

	"claimdesk/claims"
)

// testLinkOrDismiss: a claim and an earlier check are linked as the same
// claim or dismissed as not the same, never both, also when two checkers
// do the two at the same moment; a link over a dismissal says whose it was.
func testLinkOrDismiss(t *testing.T, open Opener) {
	t.Run("LinkOverDismissal", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), b.ID, claims.TargetClaim, a.ID), "Dismiss b-a")
		noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetRecord, ts[0].ID), "Dismiss a-r0")
		noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: b.ID}), "Link a-b")
		noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID}), "Link a-r0")
		for _, id := range []string{a.ID, b.ID} {
			d, err := s.Archives.Dismissed(ctxAs(actorBen), id)
			noErr(t, err, "Dismissed")
			if len(d) != 0 {
				t.Errorf("dismissed for %s after the links = %v, want none", id, d)
			}
		}
		evs, err := s.History.ClaimHistory(ctxAs(actorBen), a.ID)
		noErr(t, err, "ClaimHistory")
		n := 0
		for _, e := range evs {
			if e.Field == claims.FieldLinked && strings.Contains(e.Old, "dismissed as not the same by "+actorAnna) {
				n++
			}
		}
		if n != 2 {
			t.Errorf("history of a = %s; want two links that name anna's dismissals", describe(evs))
		}
	})

	t.Run("DismissLinkedRefused", func(t *testing.T) {
		s := open(t)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: b.ID}), "Link a-b")
		wantCode(t, s.Archives.Dismiss(ctxAs(actorAnna), b.ID, claims.TargetClaim, a.ID), claims.ECONFLICT)
	})

	t.Run("AtTheSameMoment", func(t *testing.T) {
		s := open(t)
		for round := 0; round < 8; round++ {
			a := mustClaim(t, s, &claims.Claim{Text: "A"})
			b := mustClaim(t, s, &claims.Claim{Text: "B"})
			var wg sync.WaitGroup
			var dismissErr, linkErr error
			wg.Add(2)
			go func() {
				defer wg.Done()
				dismissErr = s.Archives.Dismiss(ctxAs(actorAnna), a.ID, claims.TargetClaim, b.ID)
			}()
			go func() {
				defer wg.Done()
				linkErr = s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: b.ID, Kind: claims.TargetClaim, TargetID: a.ID})
			}()
			wg.Wait()
			noErr(t, linkErr, "Link")
			if dismissErr != nil && claims.ErrorCode(dismissErr) != claims.ECONFLICT {
				t.Fatalf("Dismiss: %v; want success or ECONFLICT", dismissErr)
			}
			d, err := s.Archives.Dismissed(ctxAs(actorAnna), a.ID)
			noErr(t, err, "Dismissed")
			g, err := s.Archives.Group(ctxAs(actorAnna), a.ID)
			noErr(t, err, "Group")
			if len(d) != 0 || len(g.ClaimIDs) != 1 {
				t.Fatalf("round %d: dismissed %v, group %+v; want linked and not dismissed (dismiss: %v)", round, d, g, dismissErr)
			}
		}
	})
}

// exampleTargets imports the archive "Example" as anna and returns the
// match targets then (claims.ArchiveService.MatchTargets).
func exampleTargets(t *testing.T, s claims.Services) []*claims.MatchTarget {
	t.Helper()
	_, err := s.Archives.ImportArchive(ctxAs(actorAnna), archiveImport("Example"))
	noErr(t, err, "ImportArchive")
	ts, _ := s.Archives.MatchTargets(ctxAs(actorAnna))
	return ts
}
