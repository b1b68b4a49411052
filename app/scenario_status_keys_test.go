package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"claimdesk/claims"
)

// TestScenarioStatusByKeys: in the German window the checker sets a
// claim's status from the keyboard — ↓ opens the drop-down, ↓ goes to the
// next status, Enter takes it — and filters the claims list by status the
// same way. The status drop-downs were Fyne's own, which open with no
// entry marked: the second ↓ marked the first entry, so „Neu“ stayed
// „Neu“ (the verdict's drop-down was made to go on from the chosen entry
// in walk28; the status ones were left out). They go on from the chosen
// entry now.
func TestScenarioStatusByKeys(t *testing.T) {
	f := newScenarioIn(t, "de")
	c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.do(func() { f.u.openClaim(c.ID) })
	e := f.s.claims.editor
	down, enter := &fyne.KeyEvent{Name: fyne.KeyDown}, &fyne.KeyEvent{Name: fyne.KeyReturn}
	keys := func(o fyne.Focusable) {
		cv := f.win().Canvas()
		f.do(func() { cv.Focus(o); cv.Focused().TypedKey(down) })
		f.do(func() { cv.Focused().TypedKey(down) })
		f.do(func() { cv.Focused().TypedKey(enter) })
	}
	keys(e.status)
	if got, want := e.status.Selected, statusLabel(claims.Statuses[1]); got != want {
		t.Errorf("status after ↓ ↓ Enter from %q: %q, want %q", statusLabel(claims.Statuses[0]), got, want)
	}
	v := f.s.claims
	first := v.status.Selected
	keys(v.status)
	if v.status.SelectedIndex() != 1 {
		t.Errorf("status filter after ↓ ↓ Enter from %q: %q (entry %d), want the second entry", first, v.status.Selected, v.status.SelectedIndex())
	}
}
