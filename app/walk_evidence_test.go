package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
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
			_, d := openEvidenceDialog(f, "Die Gruppe hatte seit 2008 den Umgang mit Waffen trainiert.")
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

// TestWalkEvidenceDialogOpensWithCursor is walk27's „Quelle verknüpfen…“
// opened from the keyboard's point of view, in the German and the English
// window: nothing had the focus, so typing went nowhere until a field was
// clicked. With no source stored the cursor is in the new source's
// address; with one, in the words that find it.
func TestWalkEvidenceDialogOpensWithCursor(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			canvas := f.win().Canvas()
			e, d := openEvidenceDialog(f, "Die Gruppe hatte seit 2008 den Umgang mit Waffen trainiert.")
			f.do(func() { typeFocused(t, canvas, "https://justiz.example/anklage") })
			if d.url.Text != "https://justiz.example/anklage" {
				t.Errorf("typed into the new dialog, the address is %q (focus on %T)", d.url.Text, canvas.Focused())
			}
			f.do(func() { d.dlg.Hide() })
			f.addSource()
			f.do(e.evidence.onAdd)
			d = e.evidence.dialog
			if canvas.Focused() != fyne.Focusable(d.find) {
				t.Errorf("with a source stored the focus is on %T, want the words that find it", canvas.Focused())
			}
		})
	}
}

// TestWalkEvidenceEnterSaves is walk28's „Quelle verknüpfen…“ filled in by
// the keyboard, in the German and the English window: Enter in the note,
// the last field, did nothing; only Ctrl+S or a click on „Speichern“
// saved. Enter in a one-line field now saves the link and its new source.
func TestWalkEvidenceEnterSaves(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			e, d := openEvidenceDialog(f, "Die Firma machte 2019 einen Verlust von einer Milliarde.")
			id := e.claim.ID
			canvas := f.win().Canvas()
			f.do(func() {
				d.url.SetText("https://firma.example/bericht-2019")
				d.title.SetText("Geschäftsbericht 2019")
				d.excerpt.SetText("Verlust: 1 Mrd.")
				canvas.Focus(d.note)
				typeFocused(t, canvas, "Seite 4")
				canvas.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			})
			f.wait()
			evs, err := f.svc.Evidence.FindEvidence(context.Background(), claims.EvidenceFilter{ClaimID: &id})
			if err != nil || len(evs) != 1 || evs[0].Note != "Seite 4" {
				t.Fatalf("after Enter in the note: %+v (%v); want the link saved", evs, err)
			}
			if d.open {
				t.Errorf("the dialog is still open")
			}
		})
	}
}

// openEvidenceDialog stores a claim of text, opens it in the editor and
// opens „Quelle verknüpfen…“ on it.
func openEvidenceDialog(f *shellFixture, text string) (*claimEditor, *evidenceDialog) {
	c := f.addClaim(text)
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	f.do(e.evidence.onAdd)
	return e, e.evidence.dialog
}
