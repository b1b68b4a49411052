package storetest

import (
	"slices"
	"strings"
	"testing"

	"claimdesk/claims"
)

// testUnlink: a link can be taken back — from either claim of a pair of
// claims — which the history records with whose link it was; the group
// splits only where no other link holds it together, and a verdict the
// link copied stays.
func testUnlink(t *testing.T, open Opener) {
	t.Run("RecordTakenBack", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		noErr(t, s.Archives.Link(ctxAs(actorAnna), claims.LinkRequest{ClaimID: a.ID, Kind: claims.TargetRecord,
			TargetID: ts[0].ID, CopyVerdict: true}), "Link a-r0")
		noErr(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), "Unlink a-r0")
		g, err := s.Archives.Group(ctxAs(actorBen), a.ID)
		noErr(t, err, "Group")
		if len(g.RecordIDs) != 0 || len(g.ClaimIDs) != 0 {
			t.Errorf("group of a after unlinking = %+v, want empty", g)
		}
		if got, _ := s.Claims.FindClaimByID(ctxAs(actorBen), a.ID); got.Conclusion != ts[0].Verdict {
			t.Errorf("conclusion after unlinking = %q, want the copied %q kept", got.Conclusion, ts[0].Verdict)
		}
		linked, err := s.Archives.ClaimsWithEarlierCheck(ctxAs(actorBen))
		noErr(t, err, "ClaimsWithEarlierCheck")
		if linked[a.ID] {
			t.Errorf("a still has an earlier check after unlinking")
		}
		evs, err := s.History.ClaimHistory(ctxAs(actorBen), a.ID)
		noErr(t, err, "ClaimHistory")
		if i := slices.IndexFunc(evs, func(e *claims.Event) bool {
			return e.Field == claims.FieldUnlinked && e.Actor == actorBen &&
				strings.HasPrefix(e.Old, "linked as the same by "+actorAnna+" at ") &&
				strings.HasPrefix(e.New, "record "+ts[0].ID+": https://example.org/")
		}); i < 0 {
			t.Errorf("history of a = %s; want the link taken back by ben, naming anna's", describe(evs))
		}
		wantCode(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), claims.ENOTFOUND)
		wantCode(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, "nope"), claims.ENOTFOUND)
		wantCode(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, "x", ts[0].ID), claims.EINVALID)
		wantCode(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetClaim, a.ID), claims.EINVALID)
		noErr(t, s.Archives.Dismiss(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), "Dismiss a-r0 once unlinked")
	})

	t.Run("OthersStayLinked", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		c := mustClaim(t, s, &claims.Claim{Text: "C"})
		link(t, s, a.ID, claims.TargetRecord, ts[0].ID)
		link(t, s, b.ID, claims.TargetClaim, a.ID)
		link(t, s, c.ID, claims.TargetClaim, b.ID)
		link(t, s, c.ID, claims.TargetRecord, ts[1].ID)
		noErr(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), "Unlink a-r0")
		wantGroup(t, s, a.ID, []string{b.ID, c.ID}, []string{ts[1].ID})
		wantGroup(t, s, c.ID, []string{a.ID, b.ID}, []string{ts[1].ID})
		noErr(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetClaim, b.ID), "Unlink a-b, made from b")
		wantGroup(t, s, a.ID, nil, nil)
		wantGroup(t, s, b.ID, []string{c.ID}, []string{ts[1].ID})
		for id, want := range map[string]int{a.ID: 2, b.ID: 1, c.ID: 0} {
			if n := countField(t, s, id, claims.FieldUnlinked); n != want {
				t.Errorf("history of %s has %d links taken back, want %d", id, n, want)
			}
		}
	})

	t.Run("LinkedThroughOthers", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		link(t, s, a.ID, claims.TargetRecord, ts[0].ID)
		link(t, s, b.ID, claims.TargetClaim, a.ID)
		link(t, s, b.ID, claims.TargetRecord, ts[0].ID)
		if n := countField(t, s, b.ID, claims.FieldLinked); n != 2 {
			t.Errorf("b's history has %d links, want 2 (a, then r0 in the same group)", n)
		}
		noErr(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID), "Unlink a-r0")
		wantGroup(t, s, a.ID, []string{b.ID}, []string{ts[0].ID})
		err := s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetRecord, ts[0].ID)
		wantCode(t, err, claims.ENOTFOUND)
		if !strings.Contains(claims.ErrorMessage(err), "through other links") {
			t.Errorf("unlinking a pair linked only through others: %v; want it to say so", err)
		}
	})

	t.Run("RecordsDoNotJoinClaims", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "B"})
		link(t, s, a.ID, claims.TargetRecord, ts[0].ID)
		link(t, s, b.ID, claims.TargetRecord, ts[0].ID)
		wantGroup(t, s, a.ID, nil, []string{ts[0].ID})
		link(t, s, b.ID, claims.TargetClaim, a.ID)
		noErr(t, s.Archives.Unlink(ctxAs(actorBen), a.ID, claims.TargetClaim, b.ID), "Unlink a-b")
		wantGroup(t, s, a.ID, nil, []string{ts[0].ID})
		wantGroup(t, s, b.ID, nil, []string{ts[0].ID})
	})

	t.Run("LinksListed", func(t *testing.T) {
		s := open(t)
		ts := exampleTargets(t, s)
		a := mustClaim(t, s, &claims.Claim{Text: "A"})
		b := mustClaim(t, s, &claims.Claim{Text: "Bee"})
		link(t, s, a.ID, claims.TargetRecord, ts[0].ID)
		noErr(t, s.Archives.Link(ctxAs(actorBen), claims.LinkRequest{ClaimID: b.ID, Kind: claims.TargetClaim, TargetID: a.ID}), "Link b-a")
		ls, err := s.Archives.Links(ctxAs(actorAnna), a.ID)
		noErr(t, err, "Links")
		if len(ls) != 2 || ls[0].Kind != claims.TargetClaim || ls[0].TargetID != b.ID || ls[0].Text != "Bee" ||
			ls[0].By != actorBen || ls[1].TargetID != ts[0].ID || ls[1].Text != ts[0].Text || ls[1].By != actorAnna ||
			!strings.Contains(ls[1].Where, "Example") || ls[0].At.Before(ls[1].At) {
			t.Fatalf("links of a = %+v %+v; want b by ben, then r0 by anna", ls[0], ls[len(ls)-1])
		}
		wantCode(t, func() error { _, err := s.Archives.Links(ctxAs(actorAnna), "nope"); return err }(), claims.ENOTFOUND)
	})
}

// link links a claim to a target as anna.
func link(t *testing.T, s claims.Services, claimID, kind, targetID string) {
	t.Helper()
	noErr(t, s.Archives.Link(ctxAs(actorAnna), claims.LinkRequest{ClaimID: claimID, Kind: kind, TargetID: targetID}),
		"Link "+claimID+" "+targetID)
}

// wantGroup fails unless the group of claimID holds exactly the other
// claims and the records given (the records in any order: Group lists them
// in the order they were linked).
func wantGroup(t *testing.T, s claims.Services, claimID string, others, records []string) {
	t.Helper()
	g, err := s.Archives.Group(ctxAs(actorAnna), claimID)
	noErr(t, err, "Group")
	slices.Sort(others)
	got, want := slices.Sorted(slices.Values(g.RecordIDs)), slices.Sorted(slices.Values(records))
	if !slices.Equal(g.ClaimIDs, others) || !slices.Equal(got, want) {
		t.Errorf("group of %s = claims %v, records %v; want claims %v, records %v", claimID, g.ClaimIDs, g.RecordIDs, others, records)
	}
}
