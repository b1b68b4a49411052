package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestScenarioExportByKeys: in the German window the checker presses
// Strg+E and, with the keys only, chooses PDF: Space opens the format's
// list, ↓ marks PDF, Enter takes it. The dialog opened with nothing
// focused, so Space and ↓ did nothing until Tab (walk32).
func TestScenarioExportByKeys(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	c := f.win().Canvas()
	f.do(f.s.onExport)
	d := f.s.exporter
	if d == nil || d.format.Selected != formatName(exportFormats[0]) {
		t.Fatalf("the Export dialog did not open with the first format chosen")
	}
	for _, k := range []fyne.KeyName{fyne.KeySpace, fyne.KeyDown, fyne.KeyReturn} {
		f.do(func() {
			if o := c.Focused(); o != nil {
				o.TypedKey(&fyne.KeyEvent{Name: k})
			}
		})
	}
	if want := formatName(exportFormats[1]); d.format.Selected != want {
		t.Errorf("Space, ↓, Enter chose %q, want %q", d.format.Selected, want)
	}
}
