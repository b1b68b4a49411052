package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWalkImportAfterListClick is the lead's walk of the twenty-eighth
// session, in the German and the English window: a click in the articles
// list (which focuses it, walk28), then „Datei öffnen…“. The new article
// opened, but the list kept the keys with its marker on the article
// clicked before, so ↓ and Enter, meant for the next suggestion after A,
// opened that other article. An imported article now takes the keys: A
// accepts its best suggestion, ↓ and Enter the next one.
func TestWalkImportAfterListClick(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			other := f.addArticle("Haushalt", longTestText(6))
			v, r := f.s.articles, f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(other.ID) })
			f.do(func() { tapArticleRow(t, f, articleRow(t, v, other.ID)) }) // a click on the open article
			f.do(func() { c.Focus(v.list) })                                 // as the click in the window leaves it (walk28)
			file := writeReaderTestFile(t)
			f.do(func() { f.u.importPaths([]string{file}) })
			if r.article == nil || r.article.ID == other.ID || len(r.suggested) < 2 {
				t.Fatalf("the import did not open the new article with suggestions")
			}
			imported := r.article.ID
			first, second := r.suggested[0], r.suggested[1]
			f.do(func() { typeFocused(t, c, "a") })
			f.do(func() {
				c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
				c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			})
			if r.article == nil || r.article.ID != imported {
				t.Fatalf("A, ↓ and Enter after the import opened another article (focus on %T)", c.Focused())
			}
			if r.marks[first].claimID == "" || r.marks[second].claimID == "" {
				t.Errorf("A, ↓ and Enter did not accept the two best suggestions (focus on %T)", c.Focused())
			}
		})
	}
}
