package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// TestScenarioEnterInExportField: in the German Export dialog the checker
// chooses a format in its drop-down (which keeps the focus) or types a tag,
// then presses Enter, as in any dialog. Enter went to the focused field,
// which did nothing with it; the dialog's Enter („Datei wählen…“) worked
// only while no field had the focus. It now opens the save dialog from the
// drop-down and from the tag field.
func TestScenarioEnterInExportField(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	c := f.win().Canvas()
	for _, field := range []string{"format", "tag"} {
		f.do(f.s.onExport)
		d := f.s.exporter
		var o fyne.Focusable = d.format
		if field == "tag" {
			o = d.tag
		}
		f.do(func() { c.Focus(o); c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
		top := c.Overlays().Top()
		if top == nil || !strings.Contains(dialogText(top), lang.L("Save the export as")) {
			t.Fatalf("Enter in the %s field: no save dialog on top", field)
		}
		f.do(func() { top.Hide(); hideFiles.Store(false) })
	}
}
