package app

import (
	"testing"

	"claimdesk/claims"
)

// TestScenarioSeenBeforeFitsSmallScreen: a claim whose „Schon geprüft“
// tab shows an earlier claim of the desk offers three buttons under it
// (link, not the same, open the earlier claim); side by side they made the
// editor 595 pixels wide at least, and with the claims list the window
// needed 1,133 pixels: Fyne grows the window past a 1024-pixel screen (the
// randomized walk, seed 30001). The third button goes below the other two;
// the window fits, in the German and the English window.
func TestScenarioSeenBeforeFitsSmallScreen(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			earlier := &claims.Claim{Text: "Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.",
				Claimant: "Alma Reyes", RatingID: claims.ScalePolitiFact + ":false"}
			if err := f.svc.Claims.CreateClaim(f.u.ctx(), earlier); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.changed() })
			f.do(func() { pasteSeenTestArticle(f) })
			r := f.s.articles.reader
			if r.article == nil {
				t.Fatal("no article shown after the import")
			}
			prison := seenUnit(t, r, "prison population")
			f.do(func() { r.onAccept(prison) })
			mine := r.marks[prison].claimID
			if mine == "" {
				t.Fatal("the suggestion was not accepted")
			}
			e := f.s.claims.editor
			f.do(func() { f.u.openClaim(mine) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			f.wait()
			if len(e.seen.box.Objects) == 0 {
				t.Fatalf("the Seen before tab is empty: %q", e.seen.status.Text)
			}
			if m := f.win().Content().MinSize(); m.Width > smallWindow.Width || m.Height > smallWindow.Height {
				t.Errorf("the window needs %v, more than the %v of a small screen", m, smallWindow)
			}
		})
	}
}
