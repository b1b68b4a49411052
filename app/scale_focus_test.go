package app

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestScaleEditorRefusedFieldTakesKeys: after the rating scale editor in
// the German window refused a save (a level without a label) and came
// back, the field typed in last was drawn focused but took no keys:
// „Richtig“ typed there went nowhere until the field was clicked. Now the
// field at fault has the focus and takes what is typed.
func TestScaleEditorRefusedFieldTakesKeys(t *testing.T) {
	f := newGermanFixture(t)
	var ed *scaleEditor
	f.do(func() {
		ed = newScaleEditor(f.u, f.u.scales.scale(claims.ScalePolitiFact))
		ed.show()
	})
	c := f.win().Canvas()
	f.do(func() {
		c.Focus(ed.en[2])
		ed.en[0].SetText("")
		ed.de[0].SetText("")
	})
	save := f.topDialogButton("Speichern")
	f.do(func() { test.Tap(save) })
	ok := f.topDialogButton("OK")
	f.do(func() { test.Tap(ok) })
	if got := c.Focused(); got != ed.de[0] {
		t.Fatalf("after the refusal the focus is on %T %p, want the German label of level 1", got, got)
	}
	f.do(func() { test.Type(c.Focused(), "Richtig") })
	if ed.de[0].Text != "Richtig" {
		t.Fatalf("typed „Richtig“, the field holds %q", ed.de[0].Text)
	}
}
