package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWindowKeysInLists: F1 opens the help and Escape closes it from every
// list of the window — the articles, claims, sources and search hits, and
// the reader's sentences and suggestions. A list took both keys and did
// nothing, so once the checker had clicked a row F1 showed no help (seen in
// the German window).
func TestWindowKeysInLists(t *testing.T) {
	f := newShellFixture(t)
	cv := f.win().Canvas()
	r := f.s.articles.reader
	lists := map[string]fyne.Focusable{
		"articles": f.s.articles.list, "claims": f.s.claims.list, "sources": f.s.sources.list,
		"search hits": f.s.search.list, "sentences": r.sentences.list, "suggestions": r.panel.list,
	}
	for name, l := range lists {
		f.do(func() {
			cv.Focus(l)
			l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
		})
		if findButtonIn(cv.Overlays().Top(), "Close") == nil {
			t.Fatalf("F1 in the %s list did not open the help", name)
		}
		f.do(func() { l.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) })
		if cv.Overlays().Top() != nil {
			t.Fatalf("Escape in the %s list did not close the help", name)
		}
	}
}
