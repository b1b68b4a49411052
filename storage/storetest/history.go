package storetest

import (
	"context"
	"testing"

	"claimdesk/claims"
)

// testHistory checks ClaimHistory, also of a deleted claim, and the
// histories of articles and sources.
func testHistory(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("ClaimHistory", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
			for _, st := range []claims.Status{claims.StatusResearching, claims.StatusInReview, claims.StatusPublished} {
				_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Status: ptr(st)})
				noErr(t, err, "UpdateClaim")
			}
			evs := history(t, s, c.ID)
			if got, want := len(evs), 4; got != want {
				t.Fatalf("%d events, want %d: %s", got, want, describe(evs))
			}
			if got, want := evs[0].Field, claims.FieldCreated; got != want {
				t.Fatalf("first event = %q, want %q", got, want)
			}
			wantNew := []string{"", "researching", "in_review", "published"}
			for i, e := range evs {
				if e.ID == "" || e.ClaimID != c.ID || e.At.IsZero() {
					t.Fatalf("event %d = %+v, want ID, ClaimID and At set", i, e)
				}
				if i > 0 && e.At.Before(evs[i-1].At) {
					t.Fatalf("event %d at %v before event %d at %v, want oldest first", i, e.At, i-1, evs[i-1].At)
				}
				if i > 0 && (e.Field != claims.FieldStatus || e.New != wantNew[i]) {
					t.Fatalf("event %d = %s %q, want status %q", i, e.Field, e.New, wantNew[i])
				}
			}
		})
		t.Run("OKDeletedClaim", func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Gelöscht, aber nicht vergessen."})
			_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Rationale: ptr("Doppelt erfasst.")})
			noErr(t, err, "UpdateClaim")
			noErr(t, s.Claims.DeleteClaim(ctxAs(actorBen), c.ID), "DeleteClaim")
			evs := history(t, s, c.ID)
			if len(eventsFor(evs, claims.FieldCreated)) != 1 || len(eventsFor(evs, claims.FieldRationale)) != 1 {
				t.Fatalf("history of a deleted claim = %s, want created and rationale kept", describe(evs))
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.History.ClaimHistory(ctx, "no-such-claim")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})
	t.Run("ArticleHistory", func(t *testing.T) { testArticleHistory(t, open) })
	t.Run("SourceHistory", func(t *testing.T) { testSourceHistory(t, open) })
}
