package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Scenarios of issue 9, defect 5: making claims from a passage.

// Defect 5a: the first click into "Select passage" after scrolling jumped
// to the top, so the cursor and the selection landed in the wrong sentence.
func TestScenarioPassageFirstClickStaysPut(t *testing.T) {
	f := newScenario(t)
	a := f.addArticle("Lang", longTestText(60))
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(a.ID) })
	f.do(func() { r.tabs.SelectIndex(1) })
	e := r.passage
	c := f.u.win.Canvas()
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
	f.do(func() {
		c.Focus(r.panel.list) // the checker was using the suggestions
		test.Scroll(c, at.Add(fyne.NewPos(50, 50)), 0, -800)
	})
	f.do(func() {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(40, 30)}, Button: desktop.MouseButtonPrimary}
		e.MouseDown(ev)
		e.MouseUp(ev)
	})
	if c.Focused() != e {
		t.Fatal("the click did not focus the passage")
	}
	if off, ok := e.scrollOffset(); !ok || off.Y < 400 {
		t.Fatalf("the view jumped to scroll offset %v (readable: %v)", off, ok)
	}
	lineHeight := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	if minRow := int(600 / lineHeight); e.CursorRow < minRow {
		t.Fatalf("after scrolling 800 and clicking near the top the cursor is in row %d, want at least %d", e.CursorRow, minRow)
	}
}

// Defect 5b: a claim made with Ctrl+K from a passage kept its lowercase
// start, got neither the claimant nor the score of its sentence, and the
// sentence's suggestion still offered Accept.
func TestScenarioCtrlKClaimTakesItsSentence(t *testing.T) {
	f := newScenario(t)
	a := f.addArticle("Kurz", readerTestText)
	r := f.s.articles.reader
	f.do(func() { f.s.openArticle(a.ID) })
	want := "einen Rekordgewinn von 42 Millionen Euro"
	at := strings.Index(a.Body, want)
	unit := r.unitAt(at)
	u := r.units[unit]
	if u.Claimant == "" || u.Score < r.threshold {
		t.Fatalf("test text: the sentence has claimant %q, score %.2f", u.Claimant, u.Score)
	}
	f.do(func() { r.tabs.SelectIndex(1) })
	e := r.passage
	f.do(func() {
		f.u.win.Canvas().Focus(e)
		typeKeys(e, fyne.KeyRight, len([]rune(a.Body[:at])))
		e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		typeKeys(e, fyne.KeyRight, len([]rune(want)))
		e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
		e.TypedShortcut(makeClaimShortcut)
	})
	cs := f.storedClaims()
	if len(cs) != 1 {
		t.Fatalf("%d claims stored", len(cs))
	}
	c := cs[0]
	if c.Text != "Einen Rekordgewinn von 42 Millionen Euro" || c.Anchor.Exact != want {
		t.Errorf("claim text %q, quote %q", c.Text, c.Anchor.Exact)
	}
	if c.Claimant != u.Claimant || c.Score != u.Score {
		t.Errorf("claimant %q score %.2f, the sentence has %q %.2f", c.Claimant, c.Score, u.Claimant, u.Score)
	}
	// the sentence's suggestion counts as taken: accepting it adds nothing
	if r.marks[unit].claimID != c.ID {
		t.Fatalf("the suggestion is not marked as covered by the claim")
	}
	f.do(func() {
		r.panel.selectUnit(unit)
		if !r.panel.dAccept.Hidden {
			t.Errorf("the suggestion still offers Accept")
		}
		r.onAccept(unit)
	})
	if n := len(f.storedClaims()); n != 1 {
		t.Fatalf("accepting the covered suggestion made %d claims", n)
	}
}
