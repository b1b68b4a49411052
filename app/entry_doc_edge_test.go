package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// TestWalkCtrlEndInRationale: Ctrl+End in the claim editor's rationale
// goes to the end of its text, so BackSpace deletes its last letter;
// Ctrl+Home goes back to the start and Ctrl+Shift+End selects all of it,
// in the German and the English window (walk28: Ctrl+End did nothing and
// BackSpace at the start deleted nothing).
func TestWalkCtrlEndInRationale(t *testing.T) {
	const text = "Laut Destatis stiegen die Mieten.\nDie Zahl stammt aus dem Mikrozensus 2022."
	ctrl := func(k fyne.KeyName, mod fyne.KeyModifier) fyne.Shortcut {
		return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | mod}
	}
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			c := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			f.do(func() { f.u.openClaim(c.ID) })
			e := f.s.claims.editor.rationale
			f.do(func() {
				e.SetText(text)
				e.CursorRow, e.CursorColumn = 0, 0
				f.win().Canvas().Focus(e)
				e.TypedShortcut(ctrl(fyne.KeyEnd, 0))
				e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
			})
			if want := text[:len(text)-1]; e.Text != want {
				t.Errorf("Ctrl+End, BackSpace: %q, want %q", e.Text, want)
			}
			f.do(func() { e.TypedShortcut(ctrl(fyne.KeyHome, 0)) })
			if e.CursorTextOffset() != 0 {
				t.Errorf("Ctrl+Home: cursor at %d, want 0", e.CursorTextOffset())
			}
			f.do(func() { e.TypedShortcut(ctrl(fyne.KeyEnd, fyne.KeyModifierShift)) })
			if e.SelectedText() != e.Text {
				t.Errorf("Ctrl+Shift+End from the start selected %q", e.SelectedText())
			}
		})
	}
}
