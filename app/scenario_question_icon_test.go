package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
)

// TestScenarioQuestionIcons: in the German window the checker is asked
// „Behauptung löschen?“ and, after an edit, whether to save it; both can
// throw something away and show the warning icon, as a desktop's question
// that deletes does. A question that only acts or keeps (the unsaved edit
// kept, then "Import text?") shows none. Questions had no icon at all.
func TestScenarioQuestionIcons(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	cv := f.win().Canvas()

	f.do(func() { f.u.openClaim(c.ID) })
	f.do(f.s.claims.editor.onDelete)
	if !warns(cv.Overlays().Top()) {
		t.Errorf("„%s“ shows no warning icon", lang.L("Delete claim?"))
	}
	f.do(func() { f.topDialogButton(lang.L("Cancel")).OnTapped() })

	f.do(func() {
		f.u.askText("Import text?", "The text becomes an article.", cancelAnswer(nil), answer{label: "Import", kind: acts})
	})
	if warns(cv.Overlays().Top()) {
		t.Errorf("a question that destroys nothing shows the warning icon")
	}
	f.do(func() { f.topDialogButton(lang.L("Cancel")).OnTapped() })

	f.do(func() {
		askSaveChanges(f.win(), "Die Änderungen sind nicht gespeichert.", lang.L("Keep editing"), nil, nil, nil)
	})
	if !warns(cv.Overlays().Top()) {
		t.Errorf("„%s“ (Discard) shows no warning icon", lang.L("Save changes?"))
	}
}

// warns reports whether the dialog top shows the warning icon.
func warns(top fyne.CanvasObject) bool {
	if top == nil {
		return false
	}
	want := theme.WarningIcon().Name()
	for _, o := range shownObjects(top, nil) {
		if img, ok := o.(*canvas.Image); ok && img.Resource != nil && img.Resource.Name() == want {
			return true
		}
	}
	return false
}
