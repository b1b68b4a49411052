package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestScenarioPassageKeepsSentenceOnAccept: on „Passage markieren“ the
// checker goes through the suggestions by keys, ↓ and A, accepting each.
// Accepting shows the status line under the text and the editor button in
// the details, so the window lays the reader out again: the passage got
// lower (and narrower, its text wrapped anew) while its scroll position
// stayed, and the sentence just chosen and accepted slid out of view
// (walk32, on a long real article). In an article shown in parts, the
// reload after accepting also laid out another part around the sentence:
// the text moved under the checker's eyes.
func TestScenarioPassageKeepsSentenceOnAccept(t *testing.T) {
	eachLongPassage(t, func(t *testing.T, f *shellFixture, r *readerView) {
		f.do(func() { r.panel.tapRow(0) })
		relayoutWindow(f)
		for step := range 8 {
			base := r.passage.base
			f.do(func() { r.panel.list.TypedRune('a') })
			relayoutWindow(f)
			if r.passage.base != base {
				t.Errorf("step %d: accepting showed another part of the article (from byte %d, was %d)", step, r.passage.base, base)
			}
			if r.marks[r.sentences.selected].claimID == "" {
				t.Fatalf("step %d: sentence %d was not accepted", step, r.sentences.selected)
			}
			passageShowsUnit(t, r, r.sentences.selected)
			f.do(func() { r.panel.list.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
			relayoutWindow(f)
			passageShowsUnit(t, r, r.sentences.selected)
			if t.Failed() {
				t.Fatalf("after step %d", step)
			}
		}
	})
}

// relayoutWindow lays the window out again as the desktop driver does
// before it draws the next frame when the size a widget needs changed: the
// deepest parts first, each container and widget in its size, without
// being refreshed (the test driver does not do this by itself). In that
// order the passage got narrower first (the details' buttons changed) and
// then lower (the status line appeared).
func relayoutWindow(f *shellFixture) {
	f.do(func() { layoutTree(f.win().Content()) })
}

// layoutTree lays out what is in o, then o itself.
func layoutTree(o fyne.CanvasObject) {
	if o == nil || !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, k := range x.Objects {
			layoutTree(k)
		}
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, k := range r.Objects() {
			layoutTree(k)
		}
		r.Layout(x.Size())
	}
}
