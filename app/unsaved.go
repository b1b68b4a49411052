package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// askSaveChanges asks what to do with unsaved edits, in a dialog with the
// message msg: keepLabel (e.g. "Cancel" or "Keep editing") runs keep and the
// edits stay; Discard runs discard; Save runs save.
func askSaveChanges(win fyne.Window, msg, keepLabel string, keep, discard, save func()) {
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustomWithoutButtons(lang.L("Save changes?"), text, win)
	d.SetButtons([]fyne.CanvasObject{
		&widget.Button{Text: keepLabel, OnTapped: func() { d.Hide(); keep() }},
		&widget.Button{Text: lang.L("Discard"), Importance: widget.DangerImportance, OnTapped: func() { d.Hide(); discard() }},
		&widget.Button{Text: lang.L("Save"), Importance: widget.HighImportance, OnTapped: func() { d.Hide(); save() }},
	})
	d.Resize(fyne.NewSize(420, 0))
	d.Show()
}
