package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestWalkEscapeInSaveName: Escape typed in the file name field of the
// export's save dialog („Export speichern unter“), where the focus is when
// it opens, closes it, in the German and the English window (walk28: Fyne's
// field took the key and the dialog stayed open).
func TestWalkEscapeInSaveName(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
			cv := f.win().Canvas()
			f.do(f.s.onExport)
			f.wait()
			f.do(func() { f.s.exporter.dlg.Hide(); f.s.exporter.onChooseFile() })
			if _, ok := cv.Focused().(*keyEntry); !ok {
				t.Errorf("focus on %T in the save dialog, want its file name field", cv.Focused())
			}
			saveDialog := cv.Overlays().Top()
			f.do(func() { cv.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
			for _, o := range cv.Overlays().List() {
				if o == saveDialog && o.Visible() {
					t.Fatalf("Escape in the file name field left the save dialog open")
				}
			}
			// cancelled, the Export dialog is back, as after „Abbrechen“
			if top := cv.Overlays().Top(); top == nil || !strings.Contains(dialogText(top), lang.L("Export claims")) {
				t.Errorf("after Escape: %v, want the Export dialog", top)
			}
		})
	}
}

// TestSaveNameMirror: the field shown in place of a save dialog's file
// name field passes its text to the dialog's field and back, and Enter on
// to the dialog.
func TestSaveNameMirror(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	w.Resize(fyne.NewSize(600, 400))
	var submitted []string
	name := widget.NewEntry()
	name.SetText("bericht.md")
	name.OnSubmitted = func(s string) { submitted = append(submitted, s) }
	changed := 0
	name.OnChanged = func(string) { changed++ }
	pop := widget.NewModalPopUp(container.NewBorder(nil, container.NewBorder(nil, nil, nil,
		widget.NewButton("Cancel", nil), container.NewHScroll(name)), nil, nil, widget.NewLabel("files")), w.Canvas())
	pop.Show()
	w.Canvas().Focus(name)
	escapeInSaveName(w)
	m, ok := w.Canvas().Focused().(*keyEntry)
	if !ok || m.Text != "bericht.md" {
		t.Fatalf("focus on %T, want the mirror with „bericht.md“", w.Canvas().Focused())
	}
	test.Type(m, "x")
	if name.Text != m.Text || !strings.Contains(name.Text, "x") || changed == 0 {
		t.Errorf("typed: dialog's field %q, mirror %q, %d changes", name.Text, m.Text, changed)
	}
	name.SetText("andere.md") // a file clicked in the dialog
	if m.Text != "andere.md" {
		t.Errorf("dialog's field set: mirror %q", m.Text)
	}
	m.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(submitted) != 1 || submitted[0] != "andere.md" {
		t.Errorf("Enter: submitted %q", submitted)
	}
}
