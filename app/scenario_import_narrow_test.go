package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestScenarioPasteImportAt800x600: in the German window at 800×600 the
// checker pastes an article (Strg+I, „Text einfügen…“) and takes its
// first suggestion with A. The article opened beside the unfolded list,
// which an article opened from the list folds away, and once the claim
// was made the view needed 897 pixels: the window grew past 800 (seen
// under Xvfb). The imported article now folds the list as an opened one
// does, and the window keeps its size.
func TestScenarioPasteImportAt800x600(t *testing.T) {
	f := newScenarioIn(t, "de")
	size := fyne.NewSize(800, 600)
	f.do(func() { f.win().Resize(size) })
	v := f.s.articles
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(readerTestText)
	real := readClipboard
	readClipboard = func() (string, bool) { return readerTestText, true }
	t.Cleanup(func() { readClipboard = real })

	f.do(func() { f.s.show(viewArticles); v.onPaste() })
	f.do(func() { v.paste.text.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
	f.do(func() { test.Tap(f.topDialogButton(lang.L("Import"))) })
	f.wait()
	r := v.reader
	if r.article == nil || len(r.suggested) == 0 {
		t.Fatalf("the pasted article is not open with suggestions (%v)", r.article)
	}
	if !v.fold.folded() {
		t.Error("the article list stays beside the pasted article at 800×600")
	}
	f.do(func() { r.panel.onAcceptSelected() })
	if len(f.storedClaims()) != 1 {
		t.Fatalf("%d claims after A", len(f.storedClaims()))
	}
	if m := f.win().Content().MinSize(); m.Width > size.Width || m.Height > size.Height {
		t.Errorf("after taking a suggestion the window needs %v, more than %v", m, size)
	}
}
