package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
)

// TestScenarioSearchHitLeftOnPassage: a search hit opened on „Passage
// markieren“ selects its words; when the checker then chooses another
// sentence in the reader — a click on another suggestion, or ↓/↑ in the
// suggestion list — the hit's selection ends, as it would in a text
// editor. It stayed selected (walk30), and switching the tabs did not end
// it either.
func TestScenarioSearchHitLeftOnPassage(t *testing.T) {
	for _, how := range []string{"keys", "click"} {
		t.Run(how, func(t *testing.T) {
			f := newScenarioIn(t, "de")
			f.addArticle("Fernwärme", readerTestText)
			r := f.s.articles.reader
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { r.tabs.SelectIndex(1) }) // „Passage markieren“
			f.clickSearchHit("Mieterverein", claims.HitArticle)
			if got := r.passage.SelectedText(); got != "Mieterverein" {
				t.Fatalf("the hit opened with %q selected, want „Mieterverein“", got)
			}
			hitUnit, p := r.sentences.selected, r.panel
			other := 0 // a suggestion of another sentence
			for other < len(r.suggested) && r.suggested[other] == hitUnit {
				other++
			}
			if other == len(r.suggested) {
				t.Fatal("no other suggestion to go to")
			}
			switch how {
			case "keys":
				f.do(func() {
					f.win().Canvas().Focus(p.list)
					p.list.selected = other + 1 // ↑ goes to other
					if other+1 >= len(r.suggested) {
						p.list.selected = other - 1 // ↓ does
					}
					key := fyne.KeyUp
					if p.list.selected < other {
						key = fyne.KeyDown
					}
					p.list.TypedKey(&fyne.KeyEvent{Name: key})
				})
			case "click":
				f.do(func() { p.tapRow(other) })
			}
			if r.sentences.selected == hitUnit {
				t.Fatalf("sentence %d still chosen after going to suggestion %d", hitUnit, other)
			}
			if got := r.passage.SelectedText(); got != "" {
				t.Errorf("another sentence chosen: the hit stays selected: %q", got)
			}
			f.do(func() { r.tabs.SelectIndex(0) })
			f.do(func() { r.tabs.SelectIndex(1) })
			if got := r.passage.SelectedText(); got != "" {
				t.Errorf("after switching the tabs the passage selects %q", got)
			}
		})
	}
}
