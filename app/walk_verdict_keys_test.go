package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWalkVerdictOpensAtChosen: Space on „Bewertung“ opens its list with
// the chosen verdict marked, so ↓ and Enter choose the next one, in the
// German and the English window (walk28: the list opened with nothing
// marked, and Space, ↓, Enter chose „Keine Bewertung“ whatever was
// chosen). Escape in the drop-down reaches the window too.
func TestWalkVerdictOpensAtChosen(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			f.do(func() { f.u.openClaim(c.ID) })
			e := f.s.claims.editor
			cv := f.win().Canvas()
			key := func(k fyne.KeyName) {
				f.do(func() { cv.Focused().TypedKey(&fyne.KeyEvent{Name: k}) })
			}
			f.do(func() { cv.Focus(e.verdict) })
			for _, want := range []int{1, 2, 3} { // from „Keine Bewertung“ on, one entry each time
				key(fyne.KeySpace)
				key(fyne.KeyDown)
				key(fyne.KeyReturn)
				if got := e.verdict.SelectedIndex(); got != want {
					t.Fatalf("Space, ↓, Enter: entry %d (%q) chosen, want %d (%q)", got, e.verdict.Selected, want, e.verdict.Options[want])
				}
				f.do(func() { cv.Focus(e.verdict) })
			}
			key(fyne.KeySpace)
			key(fyne.KeyReturn)
			if got := e.verdict.SelectedIndex(); got != 3 {
				t.Errorf("Space, Enter: entry %d chosen, want the chosen one kept (3)", got)
			}
		})
	}
}
