package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// TestFileDialogsOpenLarge: "Open file…" in the Articles view and "Attach
// file…" of a source open their file dialog at most of the window, in the
// German window of 1280×800 and at 800×600; Fyne's least size showed three
// or four files with their names cut off (walk26).
func TestFileDialogsOpenLarge(t *testing.T) {
	f := newGermanFixture(t)
	src := f.addSource()
	for _, size := range []fyne.Size{fyne.NewSize(1280, 800), fyne.NewSize(800, 600)} {
		f.do(func() { f.win().Resize(size) })
		for _, open := range []struct {
			name string
			show func()
		}{
			{"Datei öffnen…", func() { f.s.articles.onOpenFile() }},
			{"Datei anhängen…", func() { f.u.attachSnapshot(src.ID, nil) }},
		} {
			f.do(open.show)
			top, ok := f.win().Canvas().Overlays().Top().(*widget.PopUp)
			if !ok {
				t.Fatalf("%s: no dialog open", open.name)
			}
			win, got := f.win().Canvas().Size(), top.Content.Size()
			if got.Width < win.Width*0.8 || got.Height < win.Height*0.8 {
				t.Errorf("%s in %v: dialog %v, want at least 80 %% of the window %v", open.name, size, got, win)
			}
			if got.Width > win.Width || got.Height > win.Height {
				t.Errorf("%s in %v: dialog %v larger than the window %v", open.name, size, got, win)
			}
			f.do(func() { top.Hide() })
		}
	}
}
