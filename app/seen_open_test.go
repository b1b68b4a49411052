package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"claimdesk/claims"
)

// TestSeenBeforeLeadsToTheEarlierClaim is walk27's „Schon geprüft“ in the
// German and the English window: a claim of the desk has a verdict, and an
// article imported later holds its sentence. The suggestion's row says
// "Seen before: <verdict>" in the window's language; its details lead to
// the earlier claim (before, the details only named it, and the way to it
// was a search). The earlier claim's own "Seen before" tab, with no other
// checked claim, asks for a verdict on other claims (before: "give claims
// a verdict", for a claim that has one); the new claim's tab leads back to
// it too.
func TestSeenBeforeLeadsToTheEarlierClaim(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			earlier := &claims.Claim{Text: "Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.",
				Claimant: "Alma Reyes", RatingID: claims.ScalePolitiFact + ":false"}
			if err := f.svc.Claims.CreateClaim(f.u.ctx(), earlier); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.changed() })
			e := f.s.claims.editor
			f.do(func() { f.u.openClaim(earlier.ID) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			if got := e.seen.status.Text; !strings.Contains(got, lang.L("No earlier checks to compare with yet: import a fact-check archive (File menu) or give other claims a verdict.")) {
				t.Errorf("the only checked claim's Seen before tab says %q", got)
			}

			s := f.s
			f.do(func() { pasteSeenTestArticle(f) })
			r := s.articles.reader
			if r.article == nil {
				t.Fatal("no article shown after the import")
			}
			prison := seenUnit(t, r, "prison population")
			m := r.seenMarkOf(prison)
			if m == nil || !m.onRow() {
				t.Fatalf("the prison sentence is marked %+v, want seen before on its row", m)
			}
			rating, _ := f.u.scales.rating(earlier.RatingID)
			verdict := rating.Label(uiLang()) // Falsch, False
			if got := r.panel.info(prison).meta(); !strings.HasPrefix(got, lang.L("Seen before:")+" ") || !strings.Contains(got, verdict) {
				t.Errorf("the row's details say %q, want the mark with %q", got, verdict)
			}
			f.do(func() { r.panel.selectUnit(prison) })
			b := r.panel.dSeen
			if b.Hidden || b.Text != lang.L("Open the earlier claim") {
				t.Fatalf("the details offer %q (hidden %v), want the way to the earlier claim", b.Text, b.Hidden)
			}
			f.do(func() { b.OnTapped() })
			if s.currentKey() != viewClaims || e.claim == nil || e.claim.ID != earlier.ID {
				t.Fatalf("the button showed view %s, claim %v", s.currentKey(), e.claim)
			}

			f.do(func() { s.show(viewArticles) })
			f.do(func() { r.onAccept(prison) })
			mine := r.marks[prison].claimID
			if mine == "" {
				t.Fatal("the suggestion was not accepted")
			}
			f.do(func() { f.u.openClaim(mine) })
			f.do(func() { e.tabs.Select(e.seenTab) })
			if len(e.seen.box.Objects) == 0 {
				t.Fatalf("the new claim's Seen before tab is empty: %q", e.seen.status.Text)
			}
			open := findButtonIn(e.seen.box.Objects[0], lang.L("Open the earlier claim"))
			if open == nil {
				t.Fatal("the new claim's Seen before tab does not lead to the earlier claim")
			}
			f.do(func() { open.OnTapped() })
			if e.claim == nil || e.claim.ID != earlier.ID {
				t.Errorf("the tab's button opened claim %v", e.claim)
			}
			if got := e.tabs.SelectedIndex(); got != detailsTab {
				t.Errorf("the earlier claim opened on tab %d, want Details, where its verdict is", got)
			}
		})
	}
}

// TestSeenBeforeReadableOnRow is walk27's „Schon geprüft: Falsc…“: in the
// reader's suggestion list (a third of a 1280-wide window) the row's
// details line stopped at the Accept button and cut the earlier verdict.
// The line now runs under the button to the row's end, and the mark with
// its verdict fits, in the German and the English window.
func TestSeenBeforeReadableOnRow(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			earlier := &claims.Claim{Text: "Governor Alma Reyes said the state cut its prison population by 40 percent between 2015 and 2022.",
				Claimant: "Alma Reyes", RatingID: claims.ScalePolitiFact + ":mostly-false"}
			if err := f.svc.Claims.CreateClaim(f.u.ctx(), earlier); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.changed() })
			a := f.addArticle("Budget debate", seenTestArticle)
			f.do(func() { f.s.openArticle(a.ID) })
			r := f.s.articles.reader
			prison := seenUnit(t, r, "prison population")
			m := r.seenMarkOf(prison)
			if m == nil || !m.onRow() {
				t.Fatalf("the prison sentence is marked %+v", m)
			}
			want := shownUnit(r.units[prison])
			for _, o := range shownObjects(r.panel.list, nil) {
				row, ok := o.(*suggestionRow)
				if !ok || row.info.text != want {
					continue
				}
				rr := test.WidgetRenderer(row).(*suggestionRowRenderer)
				need := fyne.MeasureText(m.text(), theme.CaptionTextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
				if got := rr.meta.Size().Width; got < need {
					t.Errorf("the details line is %.0f wide in a row of %.0f, „%s“ needs %.0f", got, row.Size().Width, m.text(), need)
				}
				return
			}
			t.Fatal("no row shows the prison sentence")
		})
	}
}
