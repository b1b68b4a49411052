package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestScenarioControlsDroppedTold: control characters dropped from a paste
// into a field, from a pasted article and from an imported file were
// dropped without a word. The status line now says how many, in the
// interface language, and only when there were some.
func TestScenarioControlsDroppedTold(t *testing.T) {
	for _, c := range []struct{ language, one, three string }{
		{"de", "1 Steuerzeichen entfernt", "3 Steuerzeichen entfernt"},
		{"en", "1 control character removed", "3 control characters removed"},
	} {
		t.Run(c.language, func(t *testing.T) {
			f := newScenarioIn(t, c.language)
			status := func() string { return f.s.location.Text }
			cl := f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			f.do(func() { f.u.openClaim(cl.ID) })
			ed := f.s.claims.editor
			clip := fyne.CurrentApp().Clipboard()
			paste := func(text string) {
				clip.SetContent(text)
				f.do(func() {
					f.win().Canvas().Focus(ed.rationale)
					ed.rationale.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
				})
			}
			before := status()
			paste("Laut Amt\tstimmt das.\nZweite Zeile.\r\n")
			if status() != before {
				t.Errorf("a paste without controls changed the status line to %q", status())
			}
			paste("Laut\x07 Amt\x1b[0m stimmt\u0085 das.")
			if !strings.HasPrefix(status(), c.three) {
				t.Errorf("after a paste with 3 controls the status line says %q, want %q", status(), c.three)
			}

			// An article typed into the paste dialog (not pasted: the
			// field keeps what it is given) loses its controls on import.
			f.do(func() { f.s.show(viewArticles); f.s.articles.onPaste() })
			d := f.s.articles.paste
			f.do(func() {
				test.Type(d.title, "Fernwärme")
				d.text.SetText("Die Stadt\x00 zahlte 4 Millionen Euro.")
			})
			f.do(func() { test.Tap(f.topDialogButton(lang.L("Import"))) })
			if !strings.HasPrefix(status(), c.one) {
				t.Errorf("after importing a text with a NUL the status line says %q, want %q", status(), c.one)
			}

			// A file with three controls (few enough not to look binary).
			path := filepath.Join(t.TempDir(), "rat.txt")
			body := "Der Rat\x07 tagte\x1b am Montag.\nEr beschloss\x7f 12 Vorlagen.\n" +
				strings.Repeat("Die Sitzung dauerte bis in den Abend.\n", 8)
			if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.s.setStatus("Saved") })
			f.do(func() { f.s.articles.importPaths([]string{path}) })
			if !strings.HasPrefix(status(), c.three) {
				t.Errorf("after importing a file with 3 controls the status line says %q, want %q", status(), c.three)
			}

			// A clean file says nothing of controls.
			clean := filepath.Join(t.TempDir(), "sauber.txt")
			if err := os.WriteFile(clean, []byte("Die Kreise zahlten 3 Millionen Euro.\r\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			f.do(func() { f.s.setStatus("Saved") })
			before = status()
			f.do(func() { f.s.articles.importPaths([]string{clean}) })
			if status() != before {
				t.Errorf("a clean file changed the status line to %q", status())
			}
		})
	}
}
