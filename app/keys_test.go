package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// F1 and Escape reach the window from every text field: F1 in a claim
// editor field opens the help and Escape in the same field closes it;
// Escape in a dialog's field closes the dialog and keeps what was typed.
func TestWindowKeysInTextFields(t *testing.T) {
	f := newShellFixture(t)
	cv := f.win().Canvas()
	e := f.s.claims.editor
	f.do(f.s.onNewClaim)
	press := func(w fyne.Focusable, k fyne.KeyName) {
		f.do(func() {
			cv.Focus(w)
			w.TypedKey(&fyne.KeyEvent{Name: k})
		})
	}
	fields := map[string]fyne.Focusable{"text": e.text, "claimant": e.claimant, "date": e.date,
		"conclusion": e.conclusion, "rationale": e.rationale, "tags": e.tags,
		"tag filter": f.s.claims.tag, "claimant filter": f.s.claims.claimant,
		"article passage": f.s.articles.reader.passage}
	for name, w := range fields {
		press(w, fyne.KeyF1)
		if findButtonIn(cv.Overlays().Top(), "Close") == nil {
			t.Fatalf("F1 in the %s field did not open the help", name)
		}
		press(w, fyne.KeyEscape)
		if cv.Overlays().Top() != nil {
			t.Fatalf("Escape in the %s field did not close the help", name)
		}
	}

	// Tab moves on from the multi-line fields too (the driver asks
	// AcceptsTab of the focused widget), as the help says.
	for _, w := range []fyne.Tabbable{e.text, e.rationale, f.s.articles.paste.text} {
		if w.AcceptsTab() {
			t.Fatalf("%T keeps Tab", w)
		}
	}

	p := f.s.articles.paste
	f.do(func() {
		f.s.articles.onPaste()
		test.Type(p.text, "Der Hafen wurde 1912 gebaut.")
	})
	press(p.text, fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatal("Escape in the paste dialog's text did not close it")
	}
	if p.text.Text != "Der Hafen wurde 1912 gebaut." {
		t.Fatalf("the pasted text was lost: %q", p.text.Text)
	}
	f.do(f.s.onExport)
	if f.s.exporter == nil {
		t.Fatal("no export dialog")
	}
	press(f.s.exporter.tag, fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatal("Escape in the export dialog's tag field did not close it")
	}
}

// TestViewKeysWaitForDialog: Ctrl+1 … 4 and Ctrl+N changed the window under
// an open dialog (the export dialog stayed over the Sources view); while a
// dialog is open they do nothing, and after it closed they work again.
func TestViewKeysWaitForDialog(t *testing.T) {
	f := newShellFixture(t)
	cv := f.win().Canvas()
	press := func(k fyne.KeyName) {
		f.do(func() {
			cv.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
		})
	}
	press(fyne.Key2)
	f.do(f.s.onExport)
	if cv.Overlays().Top() == nil {
		t.Fatal("no export dialog")
	}
	for _, k := range []fyne.KeyName{fyne.Key1, fyne.Key3, fyne.Key4, fyne.KeyN} {
		press(k)
		if f.s.currentKey() != viewClaims || f.s.claims.editor.isNew {
			t.Fatalf("Ctrl+%s under the export dialog: view %q, new claim %v", k, f.s.currentKey(), f.s.claims.editor.isNew)
		}
	}
	f.do(func() { f.s.dismissTop(dismissLabels()) })
	if cv.Overlays().Top() != nil {
		t.Fatal("the export dialog did not close")
	}
	press(fyne.Key3)
	if f.s.currentKey() != viewSources {
		t.Fatalf("Ctrl+3 after the dialog closed shows %q", f.s.currentKey())
	}
}
