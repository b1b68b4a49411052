package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// TestEnterClosesExportFinished is walk27's Enter on „Export abgeschlossen“,
// in the German and the English window: the message offers Close, Show in
// folder and Open, and Enter did nothing (only a message with one button
// closed on Enter, though the help says "Enter: close a message"). Now
// Enter presses Close, opening nothing.
func TestEnterClosesExportFinished(t *testing.T) {
	opened := recordOpened(t)
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
			path := filepath.Join(t.TempDir(), "bericht.md")
			d := exportMarkdownTo(t, f, path)
			c := f.win().Canvas()
			if c.Overlays().Top() == nil || d.written != path {
				t.Fatalf("no finished message after the export (written %q)", d.written)
			}
			var used bool
			f.do(func() { used = f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
			if !used || c.Overlays().Top() != nil {
				t.Errorf("Enter on the finished message: used %v, a dialog still open: %v", used, c.Overlays().Top() != nil)
			}
			if len(*opened) != 0 {
				t.Errorf("Enter opened %q", *opened)
			}
		})
	}
}

// TestEnterChoosesExportFile: Enter in the Export dialog presses „Datei
// wählen…“ (the dialog's next step, which changes nothing), so the file
// dialog opens, in the German and the English window (walk29: Enter did
// nothing). Enter on a question whose yes deletes presses Cancel.
func TestEnterChoosesExportFile(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addClaim("Die Inflation lag 2023 bei 5,9 Prozent.")
			c := f.win().Canvas()
			f.do(f.s.onExport)
			var used bool
			f.do(func() { used = f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) })
			top := c.Overlays().Top()
			if !used || top == nil || !strings.Contains(dialogText(top), lang.L("Save the export as")) {
				t.Fatalf("Enter in the Export dialog: used %v, want the save dialog on top", used)
			}
			f.do(func() { top.Hide() })

			kept, deleted := false, false
			f.do(func() {
				f.u.askText(lang.L("Delete source?"), "…", cancelAnswer(func() { kept = true }),
					answer{label: lang.L("Delete"), kind: destroys, run: func() { deleted = true }})
				used = f.s.onWindowKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			})
			if !used || !kept || deleted || c.Overlays().Top() != nil {
				t.Errorf("Enter on a question that deletes: used %v, kept %v, deleted %v, open %v", used, kept, deleted, c.Overlays().Top() != nil)
			}
		})
	}
}
