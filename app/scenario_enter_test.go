package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestScenarioEnterOpensListRow: in the German window the checker walks a
// list with the arrows and presses Enter, as in any desktop list — the
// search hits (reached with ↓ from the search box), the claims and the
// sources. Enter did nothing there (only Space opened the marked row);
// it opens the row now.
func TestScenarioEnterOpensListRow(t *testing.T) {
	f := newScenarioIn(t, "de")
	a := f.addArticle("Fernwärme", readerTestText)
	f.addClaim("Die Mieten stiegen 2024 um 7 Prozent.")
	f.addClaim("Der Hafen wurde 1990 gebaut.")
	f.addSource()
	enter := &fyne.KeyEvent{Name: fyne.KeyReturn}
	c := f.win().Canvas()

	f.do(func() {
		f.s.show(viewSearch)
		f.s.query.SetText("Mieterverein")
		f.s.runQuery()
	})
	f.wait()
	f.do(func() { c.Focus(f.s.query); f.s.query.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
	if c.Focused() != fyne.Focusable(f.s.search.list) {
		t.Fatalf("↓ in the search box focused %T, want the hits", c.Focused())
	}
	f.do(func() { c.Focused().TypedKey(enter) })
	if f.s.currentKey() != viewArticles || f.s.articles.reader.article == nil || f.s.articles.reader.article.ID != a.ID {
		t.Errorf("Enter on the article's hit: view %s, article %v", f.s.currentKey(), f.s.articles.reader.article)
	}

	f.do(func() { f.s.show(viewClaims) })
	e := f.s.claims.editor
	f.do(func() { e.clear() }) // no claim open
	f.do(func() { c.Focus(f.s.claims.list); c.Focused().TypedKey(enter) })
	if e.claim == nil {
		t.Errorf("Enter in the claims list opened no claim")
	}

	f.do(func() { f.s.show(viewSources) })
	src := f.s.sources
	f.do(func() { src.current = nil; src.list.UnselectAll() })
	f.do(func() { c.Focus(src.list); c.Focused().TypedKey(enter) })
	f.wait()
	if src.current == nil && src.opening == "" {
		t.Errorf("Enter in the sources list opened no source")
	}
}
