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
// rationale back. Its „Ganzen Text kopieren“ button puts the whole change,
// exactly as stored (line breaks, double spaces, tabs), on the clipboard.
// In the German window; the English label is checked too.
func TestWholeTextCopies(t *testing.T) {
	for _, c := range []struct {
		fixture     func(*testing.T) *shellFixture
		copy, close string
	}{
		{newGermanFixture, "Ganzen Text kopieren", "Schließen"},
		{newShellFixture, "Copy the whole text", "Close"},
	} {
		t.Run(c.copy, func(t *testing.T) {
			f := c.fixture(t)
			old := strings.Repeat("Die Behörde  nannte\teine andere Zahl. ", 60) + "\n\nZweiter Absatz ALT-ENDE"
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
			row := h.list.CreateItem().(*fyne.Container)
			f.do(func() { h.toggle(i) })
			f.do(func() { h.updateRow(i, row) })
			f.do(func() { test.Tap(row.Objects[2].(*fyne.Container).Objects[0].(*widget.Button)) })
			clip := fyne.CurrentApp().Clipboard()
			clip.SetContent("")
			copyAll := f.topDialogButton(c.copy)
			f.do(func() { test.Tap(copyAll) })
			got := clip.Content()
			if got != h.wholeText(h.event(i)) || !strings.Contains(got, old) || !strings.Contains(got, nw) {
				t.Fatalf("the clipboard holds %d characters, not the whole change: %.120q", len(got), got)
			}
			closeButton := f.topDialogButton(c.close)
			f.do(func() { test.Tap(closeButton) })
			if f.win().Canvas().Overlays().Top() != nil {
				t.Fatal("the dialog stayed open")
			}
		})
	}
}
