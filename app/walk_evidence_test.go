package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestWalkEvidenceTabPastStance is walk27's „Quelle verknüpfen…“ by the
// keyboard, in the German and the English window: the stance was three
// radio buttons, each a Tab stop, so a Tab from „stützt“ landed on
// „widerlegt“, and the excerpt typed next went nowhere while its first
// space chose „widerlegt“ — saved without a word. The stance is now one
// drop-down: Tab from Kind, Tab again, and the typing is in the excerpt,
// the stance unchanged.
func TestWalkEvidenceTabPastStance(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.addClaim("Die Gruppe hatte seit 2008 den Umgang mit Waffen trainiert.")
			f.do(func() { f.u.openClaim(c.ID) })
			e := f.s.claims.editor
			f.do(e.evidence.onAdd)
			d := e.evidence.dialog
			canvas := f.win().Canvas()
			before := d.stance.Selected
			f.do(func() {
				canvas.Focus(d.kind)
				test.FocusNext(canvas) // the stance
				test.FocusNext(canvas) // the excerpt
				typeFocused(t, canvas, "Die Angeklagten trainierten seit 2008.")
			})
			if got := d.excerpt.Text; !strings.Contains(got, "Die Angeklagten") {
				t.Errorf("the excerpt is %q after Tab, Tab and typing (focus on %T)", got, canvas.Focused())
			}
			if d.stance.Selected != before {
				t.Errorf("the stance changed from %q to %q while typing", before, d.stance.Selected)
			}
			if canvas.Focused() != fyne.Focusable(d.excerpt) {
				t.Errorf("the focus is on %T, want the excerpt", canvas.Focused())
			}
		})
	}
}
