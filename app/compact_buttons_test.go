package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestScenarioNarrowReaderStatus: in a window 900 points wide the reader's
// status line after A read „Behaupt…“ beside „Rückgängig“ and „Im Editor
// öffnen“. Now labelled buttons always leave the message statusTextMin; in
// narrow windows they show their icons alone and the message can be read;
// in the wide window the labels are back; the icon-only Undo still works.
func TestScenarioNarrowReaderStatus(t *testing.T) {
	f, r, _ := readerOnFirstSuggestion(t, "de")
	f.do(func() { r.panel.list.TypedRune('a') })
	for _, width := range []float32{900, 700, 1280} {
		f.do(func() { f.win().Resize(fyne.NewSize(width, 700)) })
		relayoutWindow(f)
		labelled := r.undoBtn.Text != ""
		if got := r.status.Size().Width; got < statusTextMin && labelled {
			t.Errorf("width %.0f: the message has %.0f beside labelled buttons", width, got)
		}
		if width == 1280 && (r.undoBtn.Text != lang.L("Undo") || r.openBtn.Text != lang.L("Open in editor")) {
			t.Errorf("width %.0f: buttons %q, %q; want their labels", width, r.undoBtn.Text, r.openBtn.Text)
		}
		if width < 1000 && (labelled || r.status.Size().Width < 100) {
			t.Errorf("width %.0f: undo %q, message %.0f wide; want icons alone and the message readable", width, r.undoBtn.Text, r.status.Size().Width)
		}
	}
	n := len(r.claims)
	f.do(func() { f.win().Resize(fyne.NewSize(700, 700)) })
	relayoutWindow(f)
	f.do(func() { test.Tap(r.undoBtn) })
	if len(r.claims) != n-1 {
		t.Errorf("the icon-only Undo did not take the claim back: %d claims, want %d", len(r.claims), n-1)
	}
}
