package storetest

import (
	"testing"
	"time"

	"claimdesk/claims"
)

// Forge writes a dismissal row straight into a backend's table, bypassing
// Dismiss, as two checkers at once could leave one before Link and Dismiss
// were serialised.
type Forge func(t *testing.T, claimID, kind, targetID, by string, at time.Time)

// RunLinkedAndDismissed checks LinkedAndDismissed on pairs forged into
// being both linked and dismissed: each is listed once, with who did what
// when (the later action by the history) and whether it is linked only
// through other links of its group, a pair only dismissed is not,
// and linking again or taking the dismissal back resolves it. open returns
// a fresh backend and the way to forge a dismissal in it.
func RunLinkedAndDismissed(t *testing.T, open func(t *testing.T) (claims.Services, Forge)) {
	s, forge := open(t)
	ts := exampleTargets(t, s)
	a := mustClaim(t, s, &claims.Claim{Text: "A"})
	b := mustClaim(t, s, &claims.Claim{Text: "B"})
	c := mustClaim(t, s, &claims.Claim{Text: "C"})
	noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID}), "Link a-r0")
	noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetClaim, TargetID: b.ID}), "Link a-b")
	noErr(t, s.Archives.Dismiss(ctxAs(actorAnna), c.ID, claims.TargetRecord, ts[1].ID), "Dismiss c-r1")
	none, err := s.Archives.LinkedAndDismissed(ctxAs(actorAnna))
	noErr(t, err, "LinkedAndDismissed")
	if len(none) != 0 {
		t.Fatalf("sound pairs listed: %+v", none)
	}
	hourAgo, inAnHour := time.Now().Add(-time.Hour), time.Now().Add(time.Hour)
	forge(t, a.ID, claims.TargetRecord, ts[0].ID, actorAnna, hourAgo)
	forge(t, b.ID, claims.TargetClaim, a.ID, actorAnna, inAnHour)
	forge(t, b.ID, claims.TargetRecord, ts[0].ID, actorAnna, inAnHour)
	got, err := s.Archives.LinkedAndDismissed(ctxAs(actorAnna))
	noErr(t, err, "LinkedAndDismissed")
	byPair := map[string]*claims.PairConflict{}
	for _, p := range got {
		byPair[p.ClaimID+p.TargetID] = p
	}
	rec, cl, through := byPair[a.ID+ts[0].ID], byPair[b.ID+a.ID], byPair[b.ID+ts[0].ID]
	switch {
	case len(got) != 3 || rec == nil || cl == nil || through == nil:
		t.Fatalf("listed %+v; want a–r0, b–a and b–r0", got)
	case rec.Through || cl.Through || !through.Through:
		t.Errorf("through: a–r0 %v, b–a %v, b–r0 %v; want only b–r0 (linked through a)", rec.Through, cl.Through, through.Through)
	case rec.ClaimID != a.ID || rec.Kind != claims.TargetRecord || rec.LinkedBy != actorBen || rec.DismissedBy != actorAnna || !rec.LinkIsLater():
		t.Errorf("a–r0 = %+v; want linked by ben after anna's dismissal", rec)
	case cl.ClaimID != b.ID || cl.Kind != claims.TargetClaim || cl.LinkedBy != actorBen || cl.LinkedAt.IsZero() || cl.LinkIsLater():
		t.Errorf("b–a = %+v; want linked by ben before anna's dismissal", cl)
	}
	noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetRecord, TargetID: ts[0].ID}), "Link a-r0 again")
	noErr(t, s.Archives.Undismiss(ctxAs(actorBen), a.ID, claims.TargetClaim, b.ID), "Undismiss a-b")
	noErr(t, s.Archives.Undismiss(ctxAs(actorBen), b.ID, claims.TargetRecord, ts[0].ID), "Undismiss b-r0")
	left, err := s.Archives.LinkedAndDismissed(ctxAs(actorAnna))
	noErr(t, err, "LinkedAndDismissed")
	if len(left) != 0 {
		t.Fatalf("after link and undismiss still listed: %+v", left)
	}
}
