package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// askSaveChanges asks what to do with unsaved edits, in a dialog with the
// message msg: keepLabel (e.g. "Cancel" or "Keep editing") runs keep and the
// edits stay (Escape); Discard runs discard; Save runs save, the default
// (Enter, ask.go): it loses nothing.
func askSaveChanges(win fyne.Window, msg, keepLabel string, keep, discard, save func()) {
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := askIn(win, lang.L("Save changes?"), text,
		answer{label: keepLabel, kind: keepsAll, run: keep},
		answer{label: lang.L("Discard"), kind: destroys, run: discard},
		answer{label: lang.L("Save"), kind: acts, run: save})
	d.Resize(fyne.NewSize(420, 0))
}
