package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestScenarioPasteArticleWithNUL: an article pasted into „Text
// einfügen…“ whose text holds a NUL ended at the NUL — the desktop driver
// hands over the text up to it — and the rest was lost without a word. The
// paste reads the whole text (here played: readClipboard returns what the X
// clipboard holds) and drops the NUL; a carriage return and a form feed
// (a page break) end their lines instead of being dropped, which glued the
// words around them together. In the German window.
func TestScenarioPasteArticleWithNUL(t *testing.T) {
	f := newScenarioIn(t, "de")
	v := f.s.articles
	whole := "Neue Brücke über den Fluss\n\nDie Brücke kostet 40 Millionen Euro.\x00 Das sagte die Senatorin am Montag.\r\n" +
		"Die Arbeiten beginnen 2027.\rDer Bund zahlt die Hälfte.\fSeite 2: Die Stadt zahlt den Rest."
	want := "Neue Brücke über den Fluss\n\nDie Brücke kostet 40 Millionen Euro. Das sagte die Senatorin am Montag.\n" +
		"Die Arbeiten beginnen 2027.\nDer Bund zahlt die Hälfte.\nSeite 2: Die Stadt zahlt den Rest."
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(whole[:strings.IndexByte(whole, 0)]) // what the desktop driver hands over
	real := readClipboard
	readClipboard = func() (string, bool) { return whole, true }
	t.Cleanup(func() { readClipboard = real })

	f.do(func() { f.s.show(viewArticles); v.onPaste() })
	d := v.paste
	f.do(func() { d.text.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip}) })
	if d.text.value() != want {
		t.Errorf("the field holds %q,\nwant %q", d.text.value(), want)
	}
	f.do(func() { test.Tap(f.topDialogButton(lang.L("Import"))) })
	f.wait()
	arts, _, err := f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("imported: %d articles, %v", len(arts), err)
	}
	if arts[0].Body != want {
		t.Errorf("the article's text is %q,\nwant %q", arts[0].Body, want)
	}
}
