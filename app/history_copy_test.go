package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// TestWholeTextCopies: the whole-text view of a long history change is a
// list of lines that cannot be selected, so a checker could not copy an old
// rationale back. Its buttons „Alten Wert kopieren“ and „Neuen Wert
// kopieren“ put each value, exactly as stored (line breaks, double spaces,
// tabs) but for a NUL (a bundle can bring one; the clipboard ends there),
// on the clipboard; an article's earlier text has „Ganzen Text
// kopieren“. In the German window, and the English labels.
func TestWholeTextCopies(t *testing.T) {
	for _, c := range []struct {
		fixture                func(*testing.T) *shellFixture
		old, nw, whole, closes string
	}{
		{newGermanFixture, "Alten Wert kopieren", "Neuen Wert kopieren", "Ganzen Text kopieren", "Schließen"},
		{newShellFixture, "Copy the old value", "Copy the new value", "Copy the whole text", "Close"},
	} {
		t.Run(c.old, func(t *testing.T) {
			f := c.fixture(t)
			old := strings.Repeat("Die Behörde  nannte\teine andere Zahl. ", 60) + "\n\nZweiter\x00 Absatz ALT-ENDE"
			nw := strings.Repeat("Neue Begründung mit Quelle. ", 40) + "NEU-ENDE"
			cl := &claims.Claim{Text: "Die Inflation lag 2023 bei 5,9 Prozent.", Rationale: old}
			if err := f.svc.Claims.CreateClaim(f.u.ctx(), cl); err != nil {
				t.Fatal(err)
			}
			if _, err := f.svc.Claims.UpdateClaim(f.u.ctx(), cl.ID, claims.ClaimUpdate{Rationale: &nw}); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.u.openClaim(cl.ID) })
			h := f.s.claims.editor.history
			i := rationaleRow(t, h)
			row := historyRow().(*fyne.Container) // the row the pane fills, without the key mark (list_mark.go)
			f.do(func() { h.toggle(i) })
			f.do(func() { h.updateRow(i, row) })
			f.do(func() { test.Tap(row.Objects[2].(*fyne.Container).Objects[0].(*widget.Button)) })
			f.copies(c.old, strings.Replace(old, "\x00", "", 1)) // a NUL ended a paste
			f.copies(c.nw, nw)
			closeButton := f.topDialogButton(c.closes)
			f.do(func() { test.Tap(closeButton) })
			if f.win().Canvas().Overlays().Top() != nil {
				t.Fatal("the dialog stayed open")
			}
			earlier := strings.Repeat("Früherer  Text\tdes Artikels. ", 500) + "\nENDE"
			f.do(func() { f.u.showEarlierText(earlier) })
			f.copies(c.whole, earlier)
		})
	}
}

// copies taps the button labelled label of the topmost dialog and checks
// that the clipboard then holds want exactly.
func (f *shellFixture) copies(label, want string) {
	f.t.Helper()
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent("")
	b := f.topDialogButton(label)
	f.do(func() { test.Tap(b) })
	if got := clip.Content(); got != want {
		f.t.Fatalf("%s: the clipboard holds %d characters, want %d: %.80q", label, len(got), len(want), got)
	}
}
