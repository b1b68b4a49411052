package storetest

import (
	"testing"

	"claimdesk/claims"
)

// testLinkThroughGroup: a link that would make a dismissed pair the same
// claim through the claims already linked (X and Y dismissed, Y linked to
// Z, then X to Z) is refused as a conflict and changes nothing; so is a
// claim linked into a group that holds a record it was dismissed from, and
// a record linked to a group one of whose claims dismissed it. Linking the
// dismissed pair itself still takes its dismissal back, and once the
// dismissal is taken back the refused link goes through. No step leaves a
// pair both linked and dismissed.
func testLinkThroughGroup(t *testing.T, open Opener) {
	s := open(t)
	ts := exampleTargets(t, s)
	c := map[string]string{}
	for _, n := range []string{"X", "Y", "Z", "U", "V", "W"} {
		c[n] = mustClaim(t, s, &claims.Claim{Text: "Claim " + n}).ID
	}
	anna, ben := ctxAs(actorAnna), ctxAs(actorBen)
	link := func(a, kind, b string) error {
		return s.Archives.Link(ben, claims.LinkRequest{ClaimID: a, Kind: kind, TargetID: b})
	}
	r0, r1 := ts[0].ID, ts[1].ID
	noErr(t, s.Archives.Dismiss(anna, c["X"], claims.TargetClaim, c["Y"]), "Dismiss X-Y")
	noErr(t, link(c["Y"], claims.TargetClaim, c["Z"]), "Link Y-Z")
	wantCode(t, link(c["X"], claims.TargetClaim, c["Z"]), claims.ECONFLICT)
	wantCode(t, link(c["Z"], claims.TargetClaim, c["X"]), claims.ECONFLICT)
	wantGroup(t, s, c["X"], nil, nil)
	wantGroup(t, s, c["Z"], []string{c["Y"]}, nil)

	noErr(t, s.Archives.Dismiss(anna, c["U"], claims.TargetRecord, r0), "Dismiss U-r0")
	noErr(t, link(c["W"], claims.TargetRecord, r0), "Link W-r0")
	wantCode(t, link(c["U"], claims.TargetClaim, c["W"]), claims.ECONFLICT)
	noErr(t, link(c["V"], claims.TargetClaim, c["U"]), "Link V-U")
	wantCode(t, link(c["V"], claims.TargetRecord, r0), claims.ECONFLICT)
	noErr(t, link(c["V"], claims.TargetRecord, r1), "Link V-r1")
	wantGroup(t, s, c["U"], []string{c["V"]}, []string{r1})
	wantGroup(t, s, c["W"], nil, []string{r0})
	wantNoBoth(t, s)

	noErr(t, link(c["X"], claims.TargetClaim, c["Y"]), "Link X-Y (the dismissed pair itself)")
	wantGroup(t, s, c["X"], []string{c["Y"], c["Z"]}, nil)
	noErr(t, s.Archives.Undismiss(anna, c["U"], claims.TargetRecord, r0), "Undismiss U-r0")
	noErr(t, link(c["U"], claims.TargetClaim, c["W"]), "Link U-W after the undismissal")
	wantGroup(t, s, c["U"], []string{c["V"], c["W"]}, []string{r0, r1})
	wantNoBoth(t, s)
}

// wantNoBoth fails if any pair is both linked and dismissed.
func wantNoBoth(t *testing.T, s claims.Services) {
	t.Helper()
	both, err := s.Archives.LinkedAndDismissed(ctxAs(actorAnna))
	noErr(t, err, "LinkedAndDismissed")
	for _, p := range both {
		t.Errorf("pair both linked and dismissed: claim %s, %s %s (dismissed by %s)", p.ClaimID, p.Kind, p.TargetID, p.DismissedBy)
	}
}
