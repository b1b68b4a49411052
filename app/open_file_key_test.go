package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TestCtrlOOpensFileDialog: Ctrl+O, the key desktop tools open a file by,
// shows the Articles view and its „Datei öffnen…“ dialog from the Claims
// view, in the German and the English window; with a dialog already open
// it opens nothing over it (walk29: Ctrl+O did nothing).
func TestCtrlOOpensFileDialog(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.win().Canvas()
			ctrlO := func() {
				f.do(func() {
					c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault})
				})
			}
			f.do(func() { f.s.show(viewClaims) })
			ctrlO()
			top, ok := c.Overlays().Top().(*widget.PopUp)
			if !ok {
				t.Fatal("Ctrl+O opened no dialog")
			}
			if f.s.currentKey() != viewArticles {
				t.Errorf("Ctrl+O left the view %q, want the articles", f.s.currentKey())
			}
			n := len(c.Overlays().List())
			ctrlO()
			if got := len(c.Overlays().List()); got != n {
				t.Errorf("Ctrl+O with the dialog open: %d overlays, want %d", got, n)
			}
			f.do(func() { top.Hide() })
		})
	}
}
