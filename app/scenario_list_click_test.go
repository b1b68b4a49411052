package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestScenarioClickSelectedRowTakesKeys: in the claims list the checker
// clicks the claim that is open (after writing in the rationale), then
// presses ↓ and Enter, as in any desktop list, to open the next claim.
// In the window the focus stayed in the rationale: Fyne's list focuses
// itself through the embedded widget.List, which the window does not
// know, and the app focused the list only when another row was chosen.
// The same for the sentence chosen already under „Sätze“. The test
// driver knows every object, so the test makes Fyne's lookup miss as the
// desktop driver does (a second window is the one the test driver
// answers with) while the app's lookup (objectCanvas) finds the window.
func TestScenarioClickSelectedRowTakesKeys(t *testing.T) {
	f := newScenarioIn(t, "de")
	texts := []string{"Eins ist eins.", "Zwei ist zwei.", "Drei ist drei."}
	for _, s := range texts {
		f.addClaim(s)
	}
	v := f.s.claims
	c := f.win().Canvas()
	f.do(func() { f.s.show(viewClaims) })
	pos := map[string]fyne.Position{}
	for _, o := range shownObjects(v.list, nil) { // where each row's text is, before Fyne's lookups miss
		if l, ok := o.(*widget.Label); ok {
			pos[l.Text] = fyne.CurrentApp().Driver().AbsolutePositionForObject(l).Add(fyne.NewPos(10, 5))
		}
	}
	missFyneLookup(t, f)
	row := func(i int) string { return v.claimAt(i).Text }
	f.do(func() { test.TapCanvas(c, pos[row(1)]) })
	if got := v.editor.text.Text; got != row(1) {
		t.Fatalf("the click on row 1 opened %q, want %q", got, row(1))
	}
	f.do(func() { c.Focus(v.editor.rationale) })
	f.do(func() { test.TapCanvas(c, pos[row(1)]) }) // the claim open already
	if c.Focused() != fyne.Focusable(v.list) {
		t.Fatalf("after the click on the open claim the focus is on %T, want the claims list", c.Focused())
	}
	f.do(func() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	})
	if got := v.editor.text.Text; got != row(2) {
		t.Errorf("↓ and Enter after the click opened %q, want %q", got, row(2))
	}
	if v.editor.rationale.Text != "" {
		t.Errorf("the keys went to the rationale: %q", v.editor.rationale.Text)
	}
}

// missFyneLookup makes the test driver answer Fyne's own lookups of the
// canvas of an object with another window, as the desktop driver answers
// nothing for an object it has not drawn (the widget.List inside an
// extended list); the app's lookup, objectCanvas, still finds the window.
func missFyneLookup(t *testing.T, f *shellFixture) {
	t.Helper()
	var other fyne.Window
	f.do(func() { other = f.u.app.NewWindow("other") })
	real := objectCanvas
	objectCanvas = func(fyne.CanvasObject) fyne.Canvas { return f.win().Canvas() }
	t.Cleanup(func() {
		objectCanvas = real
		f.do(func() { other.Close() })
	})
}

// TestScenarioClickChosenSentenceTakesKeys: under „Sätze“ the checker
// clicks the sentence chosen already (after typing in the search box),
// then ↓ and Space choose the next one; the focus stayed in the search box.
func TestScenarioClickChosenSentenceTakesKeys(t *testing.T) {
	f := newScenarioIn(t, "de")
	a := f.addArticle("Kurz", longTestText(9))
	r := f.s.articles.reader
	c := f.win().Canvas()
	f.do(func() { f.s.openArticle(a.ID) })
	f.do(func() { r.tabs.SelectIndex(0) })
	want := shownUnit(r.units[2])
	var at fyne.Position
	for _, o := range shownObjects(r.sentences, nil) {
		if row, ok := o.(*sentenceRow); ok && row.info.text == want {
			at = fyne.CurrentApp().Driver().AbsolutePositionForObject(row).Add(fyne.NewPos(row.Size().Width/2, row.Size().Height/2))
		}
	}
	if at.IsZero() {
		t.Fatal("no row shows sentence 2")
	}
	missFyneLookup(t, f)
	f.do(func() { test.TapCanvas(c, at) })
	if r.sentences.selected != 2 {
		t.Fatalf("the click chose sentence %d, want 2", r.sentences.selected)
	}
	f.do(func() { c.Focus(f.s.query) })
	f.do(func() { test.TapCanvas(c, at) }) // the sentence chosen already
	if c.Focused() != fyne.Focusable(r.sentences.list) {
		t.Fatalf("after the click on the chosen sentence the focus is on %T, want the sentences", c.Focused())
	}
	f.do(func() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	})
	if r.sentences.selected != 3 {
		t.Errorf("↓ and Space after the click chose sentence %d, want 3", r.sentences.selected)
	}
}
