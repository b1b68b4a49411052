package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestWalkClickSelectedSuggestion is walk27's click on the suggestion that
// is selected already, in the German and the English window: after an
// import the best suggestion is selected with the text left at its start,
// and a click on it did nothing (Fyne's list ignores selecting the
// selected row). Now its sentence is selected in the text and the list
// has the focus, so that A accepts it.
func TestWalkClickSelectedSuggestion(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			file := writeReaderTestFile(t)
			r := f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.u.importPaths([]string{file}) })
			if r.article == nil || len(r.suggested) < 2 || r.panel.list.selected != 0 {
				t.Fatalf("after the import: article %v, %d suggestions, selected row %d",
					r.article != nil, len(r.suggested), r.panel.list.selected)
			}
			first := r.suggested[0]
			f.do(func() { c.Unfocus() }) // the checker had clicked elsewhere
			f.do(func() { tapSuggestionRow(t, f, 0) })
			if r.sentences.selected != first {
				t.Errorf("the click on the selected suggestion selected sentence %d, want %d", r.sentences.selected, first)
			}
			if c.Focused() != fyne.Focusable(r.panel.list) {
				t.Errorf("after the click the focus is on %T, want the suggestions", c.Focused())
			}
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[first].claimID == "" {
				t.Errorf("A after the click did not accept the suggestion")
			}
		})
	}
}

// tapSuggestionRow clicks row i of the reader's suggestions at its left,
// on the text, as the mouse does: the deepest tappable object there gets
// the tap.
func tapSuggestionRow(t *testing.T, f *shellFixture, i int) {
	t.Helper()
	r := f.s.articles.reader
	want := shownUnit(r.units[r.suggested[i]])
	for _, o := range shownObjects(r.panel.list, nil) {
		row, ok := o.(*suggestionRow)
		if !ok || row.info.text != want || !row.Visible() {
			continue
		}
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(row)
		test.TapCanvas(f.win().Canvas(), at.Add(fyne.NewPos(barWidth+40, row.Size().Height/2)))
		return
	}
	t.Fatalf("no row shows suggestion %d", i)
}

// shownObjects appends o and the visible objects drawn inside it, as the
// window has them (test.LaidOutObjects makes new renderers), to found.
func shownObjects(o fyne.CanvasObject, found []fyne.CanvasObject) []fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return found
	}
	found = append(found, o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, k := range c.Objects {
			found = shownObjects(k, found)
		}
	case fyne.Widget:
		for _, k := range test.WidgetRenderer(c).Objects() {
			found = shownObjects(k, found)
		}
	}
	return found
}
