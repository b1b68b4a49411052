package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
)

// TestSeenBeforeLinkedNotSuggested: a checker links a claim to a checked
// claim of the desk (the real window showed it still offered with „Dieselbe“
// and „Nicht dieselbe“ after the link, as if nothing had happened). After
// the link the earlier claim is no longer among the possible earlier
// checks but in the list of links; after „Doch nicht dieselbe“ it is
// suggested again. The tab says no *other* earlier check was found
// while the claim has a link. The question before copying the verdict does not promise
// a source, which a claim of the desk does not give. German and English.
func TestSeenBeforeLinkedNotSuggested(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			ctx := f.u.ctx()
			earlier := f.addClaim("The harbour authority sold its two oldest ferries to a Danish shipyard for 4.5 million euros in May.")
			rating := "mostly-true"
			if _, err := f.svc.Claims.UpdateClaim(ctx, earlier.ID, claims.ClaimUpdate{Conclusion: &rating}); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.seenChanged() })
			c := f.addClaim("The harbour authority sold its two oldest ferries for 4.5 million euros.")
			e := f.s.claims.editor
			f.do(func() { f.s.show(viewClaims); f.u.openClaim(c.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			p := e.seen
			offered := func() bool {
				for _, o := range p.box.Objects {
					if findButtonIn(o, lang.L("Link (same claim)")) != nil && strings.Contains(dialogText(o), "oldest ferries to a Danish") {
						return true
					}
				}
				return false
			}
			if !offered() {
				t.Fatalf("the earlier claim is not offered: %q", p.status.Text)
			}
			for _, o := range p.box.Objects {
				if strings.Contains(dialogText(o), "oldest ferries to a Danish") {
					f.do(findButtonIn(o, lang.L("Link (same claim)")).OnTapped)
					break
				}
			}
			q := f.topText()
			if !strings.Contains(q, lang.L("Copy the earlier verdict into this claim too? The history says where it came from.")) {
				t.Errorf("the question before copying a claim's verdict says %q", q)
			}
			f.do(func() { f.topDialogButton(lang.L("Link and copy the verdict")).OnTapped() })
			if g, _ := f.svc.Archives.Group(ctx, c.ID); len(g.ClaimIDs) != 1 {
				t.Fatalf("group after Link = %+v", g)
			}
			if offered() {
				t.Error("the linked claim is still offered with Link (same claim)")
			}
			if other := lang.LocalizePlural("No other earlier check of this claim among {{.Count}} records and checked claims.", 1,
				map[string]any{"Count": "1"}); p.status.Text != other {
				t.Errorf("with the one earlier check linked the tab says %q, want %q", p.status.Text, other)
			}
			if p.linked.acc.Hidden || len(p.linked.rows) != 1 {
				t.Fatalf("the linked list shows %d (hidden %v), want the link", len(p.linked.rows), p.linked.acc.Hidden)
			}
			f.do(func() { p.linked.acc.Open(0) })
			f.do(findButtonIn(p.linked.box, lang.L("Not the same after all")).OnTapped)
			if !offered() {
				t.Error("after the link was taken back the earlier claim is not offered again")
			}
		})
	}
}
