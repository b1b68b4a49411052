package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestCtrlQQuitsAfterAskingAboutEdits is Ctrl+Q, the key a desktop tool
// quits by, in the German and the English window: with a claim typed and
// not saved it asks first and keeps the text; Discard then closes the
// window, with its size remembered as the close button does.
func TestCtrlQQuitsAfterAskingAboutEdits(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.win().Canvas()
			e := f.s.claims.editor
			ctrl := func(k fyne.KeyName) {
				f.do(func() {
					c.(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
				})
			}
			ctrl(fyne.KeyN)
			f.do(func() { test.Type(e.text, "Die Zinslast stieg 2025 um 12 Prozent.") })
			ctrl(fyne.KeyQ)
			if c.Overlays().Top() == nil {
				t.Fatal("Ctrl+Q with an unsaved claim asked nothing")
			}
			if e.text.Text != "Die Zinslast stieg 2025 um 12 Prozent." {
				t.Fatalf("the unsaved text became %q", e.text.Text)
			}
			f.do(func() { f.u.prefs.SetFloat(prefWidth, 0) })
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Discard"))) })
			f.closed = true
			if got := f.u.prefs.Float(prefWidth); got == 0 {
				t.Errorf("after Discard no window size was remembered: the window did not close")
			}
		})
	}
}
