package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// TestSeenBeforeLinkThroughDismissal: Anna dismissed two claims as not the
// same; Ben linked the second to a third. A checker who now links the first
// to the third would make Anna's pair the same through Ben's link; the
// window refuses it with a message that names both claims by their text,
// Anna and where her dismissal is taken back — no IDs, no "something went
// wrong" — and nothing is linked. After Suggest again on Anna's dismissal
// the link goes through, and the second claim, the same now through the
// third, is no longer offered. German and English.
func TestSeenBeforeLinkThroughDismissal(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			anna, ben := claims.WithActor(f.u.ctx(), "anna"), claims.WithActor(f.u.ctx(), "ben")
			x := f.addClaim("The new bridge over the river cost 40 million euros to build.")
			y := f.addClaim("The river bridge cost 40 million euros.")
			z := f.addClaim("The new river bridge was built for 40 million euros.")
			verdict := "false"
			for _, id := range []string{y.ID, z.ID} {
				if _, err := f.svc.Claims.UpdateClaim(ben, id, claims.ClaimUpdate{Conclusion: &verdict}); err != nil {
					t.Fatal(err)
				}
			}
			if err := f.svc.Archives.Dismiss(anna, x.ID, claims.TargetClaim, y.ID); err != nil {
				t.Fatal(err)
			}
			if err := f.svc.Archives.Link(ben, claims.LinkRequest{ClaimID: y.ID, Kind: claims.TargetClaim, TargetID: z.ID}); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.seenChanged() })
			e := f.s.claims.editor
			f.do(func() { f.s.show(viewClaims); f.u.openClaim(x.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			linkZ := func() {
				t.Helper()
				for _, o := range e.seen.box.Objects {
					if b := findButtonIn(o, lang.L("Link (same claim)")); b != nil && strings.Contains(dialogText(o), "was built for") {
						f.do(b.OnTapped)
						f.do(func() { f.topDialogButton(lang.L("Link only")).OnTapped() })
						return
					}
				}
				t.Fatalf("the third claim is not offered: %q", e.seen.status.Text)
			}
			linkZ()
			msg := f.topText()
			for _, want := range []string{lang.L("Not linked"), "anna", "The new bridge over the river", "The river bridge cost", lang.L("Suggest again")} {
				if !strings.Contains(msg, want) {
					t.Errorf("the refusal does not name %q: %q", want, msg)
				}
			}
			if strings.Contains(msg, x.ID) || strings.Contains(msg, lang.L("Something went wrong")) {
				t.Errorf("the refusal reads like a failure with IDs: %q", msg)
			}
			f.do(func() { f.topDialogButton(lang.L("OK")).OnTapped() })
			if g, _ := f.svc.Archives.Group(f.u.ctx(), x.ID); len(g.ClaimIDs) != 0 {
				t.Fatalf("refused link made a group anyway: %+v", g)
			}
			if err := f.svc.Archives.Undismiss(anna, x.ID, claims.TargetClaim, y.ID); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.seenChanged(); f.u.openClaim(x.ID) })
			linkZ()
			if g, _ := f.svc.Archives.Group(f.u.ctx(), x.ID); len(g.ClaimIDs) != 2 {
				t.Fatalf("after the undismissal the link did not go through: %+v", g)
			}
			for _, o := range e.seen.box.Objects {
				if strings.Contains(dialogText(o), "The river bridge cost") {
					t.Errorf("the claim linked through the third is still offered: %q", dialogText(o))
				}
			}
		})
	}
}
