package storetest

import (
	"errors"
	"testing"

	"claimdesk/claims"
)

// testVerdictStatus checks the rule of claims.StatusOnVerdict in the
// store: a verdict saved on a new claim moves it to researching, one status
// entry in its history; a refused save carries no status the checker did
// not choose, and a claim published meanwhile stays published.
func testVerdictStatus(t *testing.T, open Opener) {
	s := open(t)
	c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent."})
	before := len(history(t, s, c.ID))
	got, err := s.Claims.UpdateClaim(ctxAs(actorAnna), c.ID, claims.ClaimUpdate{Conclusion: ptr("Falsch, laut Mietspiegel.")})
	noErr(t, err, "UpdateClaim with a verdict")
	if got.Status != claims.StatusResearching {
		t.Fatalf("status after a verdict on a new claim = %s, want researching", got.Status)
	}
	status := 0
	for _, ev := range history(t, s, c.ID)[before:] {
		if ev.Field == claims.FieldStatus {
			status++
			if ev.Old != string(claims.StatusNew) || ev.New != string(claims.StatusResearching) {
				t.Errorf("status event %s → %s, want new → researching", ev.Old, ev.New)
			}
		}
	}
	if status != 1 {
		t.Errorf("%d status events, want 1", status)
	}

	// Ben publishes a new claim while Anna, on the same version, gives it
	// a verdict: hers is refused without a status she did not choose, and
	// saved again on Ben's version the claim stays published.
	d := mustClaim(t, s, &claims.Claim{Text: "Der Hafen wurde 1990 gebaut."})
	loaded, err := s.Claims.FindClaimByID(ctxAs(actorBen), d.ID)
	noErr(t, err, "FindClaimByID")
	base := claims.ClaimVersion(loaded)
	_, err = s.Claims.UpdateClaim(ctxAs(actorBen), d.ID, claims.ClaimUpdate{Status: ptr(claims.StatusPublished), BasedOn: base})
	noErr(t, err, "Ben's UpdateClaim")
	_, err = s.Claims.UpdateClaim(ctxAs(actorAnna), d.ID, claims.ClaimUpdate{Conclusion: ptr("Stimmt."), BasedOn: base})
	var ec *claims.EditConflict
	if !errors.As(err, &ec) || ec.Update.Status != nil {
		t.Fatalf("Anna's verdict on the old version: %v (a status in her change: %v)", err, ec != nil && ec.Update.Status != nil)
	}
	got, err = s.Claims.UpdateClaim(ctxAs(actorAnna), d.ID, claims.ClaimUpdate{Conclusion: ptr("Stimmt."), BasedOn: claims.ClaimVersion(ec.Current)})
	noErr(t, err, "Anna's UpdateClaim on Ben's version")
	if got.Status != claims.StatusPublished {
		t.Fatalf("status after a verdict on a published claim = %s", got.Status)
	}
}
