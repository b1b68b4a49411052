package app

import (
	"context"
	"testing"

	"claimdesk/claims"
)

// TestScenarioSaveUnchangedShowsColleaguesSave: in the German window the
// checker opens a claim and starts typing a rationale; meanwhile a
// colleague records a verdict, which moves the claim to „In Recherche“.
// The checker deletes what was typed and presses Save: nothing of hers is
// left to store. The editor called itself saved but still showed the
// claim as opened („Neu“, no verdict) while storage held the colleague's
// version (walk seed 3602, step 1392). It now shows the stored version,
// as Revert does.
func TestScenarioSaveUnchangedShowsColleaguesSave(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	e := f.s.claims.editor
	f.do(func() { f.u.openClaim(c.ID) })
	f.do(func() { e.rationale.SetText("Laut Statistik") })
	if !e.dirty {
		t.Fatalf("typing did not mark the editor as changed")
	}
	if len(e.ratings) == 0 {
		t.Fatalf("no ratings to choose from")
	}
	r := e.ratings[0].ID
	ben := claims.WithActor(context.Background(), "ben")
	if _, err := f.svc.Claims.UpdateClaim(ben, c.ID, claims.ClaimUpdate{RatingID: &r}); err != nil {
		t.Fatal(err)
	}
	f.do(f.u.othersChanged)
	f.do(func() { e.rationale.SetText("") })
	f.do(e.onSave)
	stored, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	d, err := e.readFields()
	if err != nil {
		t.Fatal(err)
	}
	if e.dirty || d.Status != stored.Status || d.RatingID != stored.RatingID {
		t.Errorf("after Save: editor dirty %v, status %q, rating %q; stored status %q, rating %q",
			e.dirty, d.Status, d.RatingID, stored.Status, stored.RatingID)
	}
}
