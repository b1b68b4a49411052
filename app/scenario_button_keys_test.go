package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// typeOnFocus delivers key as the desktop window does: buttonKey first (its
// hook), then the focused control, or the window when nothing is focused.
func (f *shellFixture) typeOnFocus(key fyne.KeyName) {
	f.do(func() {
		c := f.win().Canvas()
		ev := &fyne.KeyEvent{Name: key}
		if buttonKey(c, ev) {
			return
		}
		if fo := c.Focused(); fo != nil {
			fo.TypedKey(ev)
			return
		}
		f.s.onWindowKey(ev)
	})
}

// focusedLabel is the label of the focused button, "" when no button has
// the focus.
func (f *shellFixture) focusedLabel() string {
	if b, ok := f.win().Canvas().Focused().(*widget.Button); ok {
		return b.Text
	}
	return ""
}

// TestScenarioKeysOnFocusedButton: in the German window the checker walks
// with Tab onto the buttons of „Behauptung löschen?“ and of the Settings.
// With the focus on a button, Escape closes the question (keeping the
// claim), F1 shows the shortcuts, and Enter presses the framed button:
// Tab to „Übernehmen“ and Enter applies, Tab Tab to „Löschen“ and Enter
// deletes. The focused button took only Space: Enter, Escape and F1 did
// nothing at all (desk36's keyboard walk).
func TestScenarioKeysOnFocusedButton(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	cv := f.win().Canvas()

	f.do(func() { f.u.openClaim(c.ID) })
	f.do(f.s.claims.editor.onDelete)
	f.do(cv.FocusNext)
	if got := f.focusedLabel(); got != lang.L("Cancel") {
		t.Fatalf("Tab in „%s“: focus on %q, want %q", lang.L("Delete claim?"), got, lang.L("Cancel"))
	}
	f.typeOnFocus(fyne.KeyF1)
	top := cv.Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), lang.L("Keyboard shortcuts")) {
		t.Fatalf("F1 on a focused button showed no shortcuts")
	}
	f.do(top.Hide)
	f.do(func() { cv.Focus(f.topDialogButton(lang.L("Cancel"))) })
	f.typeOnFocus(fyne.KeyEscape)
	if cv.Overlays().Top() != nil {
		t.Fatalf("Escape on a focused button left „%s“ open", lang.L("Delete claim?"))
	}

	f.do(f.s.onSettings)
	f.do(func() { f.s.settings.name.SetText("Vera Beispiel") })
	for f.focusedLabel() != lang.L("Apply") {
		before := f.focusedLabel()
		f.do(cv.FocusNext)
		if f.focusedLabel() == before && before != "" {
			t.Fatalf("Tab does not reach %q", lang.L("Apply"))
		}
	}
	f.typeOnFocus(fyne.KeyReturn)
	if cv.Overlays().Top() != nil || f.u.prefs.String(prefCheckerName) != "Vera Beispiel" {
		t.Fatalf("Enter on the focused „%s“ did not apply", lang.L("Apply"))
	}

	f.do(f.s.claims.editor.onDelete)
	f.do(cv.FocusNext)
	f.do(cv.FocusNext)
	if got := f.focusedLabel(); got != lang.L("Delete") {
		t.Fatalf("Tab Tab in „%s“: focus on %q, want %q", lang.L("Delete claim?"), got, lang.L("Delete"))
	}
	f.typeOnFocus(fyne.KeyEnter)
	if _, err := f.svc.Claims.FindClaimByID(f.u.ctx(), c.ID); claims.ErrorCode(err) != claims.ENOTFOUND {
		t.Fatalf("Enter on the focused „%s“ kept the claim: %v", lang.L("Delete"), err)
	}
}

// TestScenarioEnterOnFocusedCheck: in the German Export dialog the checker
// walks with Tab to „Änderungsverlauf“, ticks it and presses
// Enter: the dialog goes on to the save dialog, as Enter from a field
// does. Enter on the focused check box did nothing.
func TestScenarioEnterOnFocusedCheck(t *testing.T) {
	f := newScenarioIn(t, "de")
	f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
	cv := f.win().Canvas()
	f.do(f.s.onExport)
	d := f.s.exporter
	f.do(func() { cv.Focus(d.history); d.history.SetChecked(true) })
	f.typeOnFocus(fyne.KeyReturn)
	top := cv.Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), lang.L("Save the export as")) {
		t.Fatalf("Enter on the focused check box: no save dialog on top")
	}
	f.do(func() { top.Hide(); hideFiles.Store(false) })
}
