package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"claimdesk/claims"
)

// testEditConflict checks optimistic concurrency: an update based on a
// version that is no longer stored saves nothing and reports both versions.
func testEditConflict(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("LaterSaveConflicts", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
		loaded, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		base := claims.ClaimVersion(loaded)
		// Ben and Anna opened the same version; Ben saves first.
		_, err = s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching), BasedOn: base})
		noErr(t, err, "Ben's UpdateClaim")
		before := len(history(t, s, c.ID))
		_, err = s.Claims.UpdateClaim(ctxAs(actorAnna), c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusPublished),
			Rationale: ptr("Laut Mietspiegel."), BasedOn: base})
		wantCode(t, err, claims.ECONFLICT)
		var ec *claims.EditConflict
		if !errors.As(err, &ec) {
			t.Fatalf("error %v does not wrap an EditConflict", err)
		}
		if ec.Current.Status != claims.StatusResearching || ec.Current.UpdatedBy != actorBen {
			t.Fatalf("conflict's current version = %s by %s, want Ben's researching", ec.Current.Status, ec.Current.UpdatedBy)
		}
		msg := claims.ErrorMessage(err)
		for _, want := range []string{actorBen, "researching", "published", "Laut Mietspiegel."} {
			if !strings.Contains(msg, want) {
				t.Errorf("conflict message lacks %q:\n%s", want, msg)
			}
		}
		got, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		if got.Status != claims.StatusResearching || got.Rationale != "" {
			t.Fatalf("the refused update changed the claim: %s, %q", got.Status, got.Rationale)
		}
		if n := len(history(t, s, c.ID)); n != before {
			t.Fatalf("%d events after the refused update, want %d", n, before)
		}
		// Based on the version now stored, Anna's change goes through.
		_, err = s.Claims.UpdateClaim(ctxAs(actorAnna), c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusPublished),
			BasedOn: claims.ClaimVersion(got)})
		noErr(t, err, "UpdateClaim on the current version")
	})

	t.Run("ConcurrentSameBase", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Windräder töten Millionen Vögel."})
		loaded, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		base := claims.ClaimVersion(loaded)
		const checkers = 6
		var wg sync.WaitGroup
		errs := make(chan error, checkers)
		for i := range checkers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := s.Claims.UpdateClaim(ctxAs(fmt.Sprintf("checker%d", i)), c.ID,
					claims.ClaimUpdate{Rationale: ptr(fmt.Sprintf("Begründung %d", i)), BasedOn: base})
				errs <- err
			}()
		}
		wg.Wait()
		close(errs)
		ok := 0
		for err := range errs {
			switch claims.ErrorCode(err) {
			case "":
				ok++
			case claims.ECONFLICT:
			default:
				t.Fatalf("concurrent update: %v", err)
			}
		}
		if ok != 1 {
			t.Fatalf("%d of %d updates on the same version were saved, want exactly 1", ok, checkers)
		}
		if n := len(eventsFor(history(t, s, c.ID), claims.FieldRationale)); n != 1 {
			t.Fatalf("%d rationale events, want 1", n)
		}
	})
}
