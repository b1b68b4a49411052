package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestScenarioCtrlPageDownSwitchesTabs: in the German window the checker
// has a claim open and wants to link a source by keyboard. Fyne's tabs
// take no keys, and „Belege“ could not be reached without the mouse. Now
// Strg+Bild ab shows the next tab with the focus on „Quelle verknüpfen…“,
// Strg+Bild auf goes back, round; in the reader they switch „Sätze“ and
// „Passage markieren“.
func TestScenarioCtrlPageDownSwitchesTabs(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	cv := f.win().Canvas()
	press := func(key fyne.KeyName) {
		f.do(func() {
			cv.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault})
		})
	}
	e := f.s.claims.editor
	press(fyne.KeyPageDown)
	if got := e.tabs.SelectedIndex(); got != 1 {
		t.Fatalf("Strg+Bild ab: tab %d, want 1 (Belege)", got)
	}
	if cv.Focused() != fyne.Focusable(e.evidence.add) {
		t.Errorf("Strg+Bild ab focused %T, want „Quelle verknüpfen…“", cv.Focused())
	}
	press(fyne.KeyPageUp)
	press(fyne.KeyPageUp)
	if got := e.tabs.SelectedIndex(); got != len(e.tabs.Items)-1 {
		t.Errorf("Strg+Bild auf twice from Belege: tab %d, want the last", got)
	}

	f.addOpenArticle("Fernwärme wird teurer", readerTestText)
	r := f.s.articles.reader
	press(fyne.KeyPageDown)
	if got := r.tabs.SelectedIndex(); got != 1 {
		t.Errorf("Strg+Bild ab in the reader: tab %d, want 1 (Passage markieren)", got)
	}
	if cv.Focused() != fyne.Focusable(r.passage) {
		t.Errorf("Strg+Bild ab in the reader focused %T, want the passage's text (for Strg+K)", cv.Focused())
	}
}
