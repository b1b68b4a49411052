package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestWalkClickArticleInList is walk27's article opened by a click in the
// articles list and walk28's arrows after it, in the German and the
// English window. Walk27: the list kept the focus, so A did nothing until
// a suggestion was clicked; its fix gave the opened article's suggestions
// the keys, and then ↓ after a click walked the suggestions, not the
// articles (walk28: to walk the list one had to Tab to it). Now the click
// focuses the list: ↓ and Space open the next article, and A typed there
// accepts the open article's selected suggestion.
func TestWalkClickArticleInList(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			a := f.addArticle("Fernwärme", readerTestText)
			b := f.addArticle("Haushalt", longTestText(6))
			v, r := f.s.articles, f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(b.ID) }) // the other one is open
			f.do(func() { tapArticleRow(t, f, articleRow(t, v, a.ID)) })
			if r.article == nil || r.article.ID != a.ID || len(r.suggested) == 0 {
				t.Fatalf("the click did not open the article with suggestions")
			}
			if c.Focused() != fyne.Focusable(v.list) {
				t.Fatalf("after the click the focus is on %T, want the articles list", c.Focused())
			}
			first := r.suggested[0]
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[first].claimID == "" {
				t.Errorf("A after the click did not accept the best suggestion")
			}

			key := fyne.KeyDown
			if articleRow(t, v, b.ID) < articleRow(t, v, a.ID) {
				key = fyne.KeyUp
			}
			f.do(func() {
				c.Focused().TypedKey(&fyne.KeyEvent{Name: key})
				c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
			})
			if r.article == nil || r.article.ID != b.ID {
				t.Fatalf("%s and Space after the click did not open the other article", key)
			}
			if c.Focused() != fyne.Focusable(v.list) {
				t.Errorf("after Space the focus is on %T, want the articles list", c.Focused())
			}
		})
	}
}

// TestWalkClickOpenArticle is walk28's click on the article already open,
// in the German and the English window: it did nothing (Fyne's list
// ignores selecting the selected row). The checker, back from the list,
// wants to go on in the article: the selected suggestion takes the keys
// and its sentence is shown, as a click on it does.
func TestWalkClickOpenArticle(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			a := f.addArticle("Fernwärme", readerTestText)
			v, r := f.s.articles, f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(a.ID) })
			if r.article == nil || len(r.suggested) < 2 {
				t.Fatalf("the article shows %d suggestions", len(r.suggested))
			}
			f.do(func() { c.Focus(r.panel.list) })
			f.do(func() { c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
			second := r.suggested[1]
			f.do(func() { c.Focus(f.s.query) }) // the checker went elsewhere
			f.do(func() { r.sentences.selectRow(r.suggested[0]) })
			f.do(func() { tapArticleRow(t, f, articleRow(t, v, a.ID)) })
			if c.Focused() != fyne.Focusable(r.panel.list) {
				t.Fatalf("after the click on the open article the focus is on %T, want the suggestions", c.Focused())
			}
			if r.sentences.selected != second {
				t.Errorf("the click showed sentence %d, want the selected suggestion's %d", r.sentences.selected, second)
			}
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[second].claimID == "" {
				t.Errorf("A after the click did not accept the selected suggestion")
			}
		})
	}
}

// articleRow returns the row of article id in the articles list.
func articleRow(t *testing.T, v *articlesView, id string) int {
	t.Helper()
	for i, it := range v.items {
		if it.ID == id {
			return i
		}
	}
	t.Fatalf("article %s is not listed", id)
	return -1
}

// tapArticleRow clicks row i of the articles list as the mouse does.
func tapArticleRow(t *testing.T, f *shellFixture, i int) {
	t.Helper()
	v := f.s.articles
	v.list.ScrollTo(i)
	title := v.items[i].Title
	for _, o := range shownObjects(v.list, nil) {
		box, ok := o.(*fyne.Container)
		if !ok || len(box.Objects) != 2 || !box.Visible() {
			continue
		}
		if l, ok := box.Objects[0].(*widget.Label); !ok || l.Text != title {
			continue
		}
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(box)
		test.TapCanvas(f.win().Canvas(), at.Add(fyne.NewPos(10, box.Size().Height/2)))
		return
	}
	t.Fatalf("no row shows article %q", title)
}

// TestWalkOpenFileAfterViewClick is walk27's „Datei öffnen…“ after a click
// on „Artikel“ in the list of views, in the German and the English window:
// the click leaves the focus on that list, and after the import ↓ and A
// went to it (↓ marked the next view, A did nothing). The imported
// article's suggestions now take the keys from the list of views.
func TestWalkOpenFileAfterViewClick(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			file := writeReaderTestFile(t)
			c := f.win().Canvas()
			r := f.s.articles.reader
			f.do(func() {
				c.Focus(f.s.nav) // Fyne focuses a clicked list
				f.s.show(viewArticles)
			})
			if c.Focused() != fyne.Focusable(f.s.nav) {
				t.Fatalf("after the click on the view the focus is on %T", c.Focused())
			}
			f.do(func() { f.u.importPaths([]string{file}) })
			if r.article == nil || len(r.suggested) == 0 {
				t.Fatal("the import showed no article with suggestions")
			}
			if c.Focused() != fyne.Focusable(r.panel.list) {
				t.Errorf("after the import the focus is on %T, want the suggestions", c.Focused())
			}
			first := r.suggested[0]
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[first].claimID == "" {
				t.Errorf("A after the import did not accept the best suggestion")
			}
		})
	}
}

// TestWalkNewArticleStartsAtTop is walk27's second article opened after
// reading far down in a first one, in the German and the English window:
// its sentences showed at the first one's scroll offset, the title and
// first sentences out of view and the top row cut mid-sentence. A newly
// shown article now starts at its top.
func TestWalkNewArticleStartsAtTop(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			a := f.addArticle("Haushalt", longTestText(60))
			b := f.addArticle("Haushalt, zweiter Teil", longTestText(50))
			r := f.s.articles.reader
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(a.ID) })
			f.do(func() { r.sentences.list.ScrollToOffset(900) })
			if off := r.sentences.list.GetScrollOffset(); off < 500 {
				t.Fatalf("the first article scrolled only to %.0f", off)
			}
			f.do(func() { f.s.openArticle(b.ID) })
			if r.article == nil || r.article.ID != b.ID {
				t.Fatal("the second article is not shown")
			}
			if off := r.sentences.list.GetScrollOffset(); off != 0 {
				t.Errorf("the second article shows at scroll offset %.0f, want its top", off)
			}
		})
	}
}

// TestWalkReopenSelectsNextOpen reopens an article whose best suggestion
// was accepted: the selection starts on the best one not accepted yet, so
// that A takes the next claim, not the one the checker already has.
func TestWalkReopenSelectsNextOpen(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			a := f.addArticle("Fernwärme", readerTestText)
			b := f.addArticle("Haushalt", longTestText(6))
			r := f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(a.ID) })
			if len(r.suggested) < 2 {
				t.Fatalf("the article has %d suggestions, want two or more", len(r.suggested))
			}
			best := r.suggested[0]
			f.do(func() { c.Focus(r.panel.list) })
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[best].claimID == "" {
				t.Fatal("A did not accept the best suggestion")
			}
			f.do(func() { f.s.openArticle(b.ID) })
			f.do(func() { f.s.openArticle(a.ID) })
			if got := r.panel.list.selected; got != 1 {
				t.Fatalf("reopened, row %d is selected, want 1, the best not accepted", got)
			}
			next := r.suggested[1]
			f.do(func() { c.Focus(r.panel.list) })
			f.do(func() { typeFocused(t, c, "a") })
			if r.marks[next].claimID == "" {
				t.Errorf("A after reopening did not accept the next suggestion")
			}
		})
	}
}

// TestWalkClickOpenArticleNarrow: in a narrow window the list folds away
// when an article opens; brought back by ▶, a click on the open article
// folds it away again and leaves the keys with the selected suggestion, its
// sentence shown, in the German and the English window (walk28 had this in
// the code only; untested at this size).
func TestWalkClickOpenArticleNarrow(t *testing.T) {
	for _, language := range []string{"de", "en"} {
		t.Run(language, func(t *testing.T) {
			f := newScenarioIn(t, language)
			a := f.addArticle("Fernwärme", readerTestText)
			f.addArticle("Hafen", "Der Hafen von Lindenau wurde 1990 gebaut. Er kostete 40 Millionen Mark, sagte der Bürgermeister.")
			v, r := f.s.articles, f.s.articles.reader
			c := f.win().Canvas()
			f.do(func() { f.win().Resize(fyne.NewSize(900, 640)) })
			f.do(func() { f.s.show(viewArticles) })
			f.do(func() { f.s.openArticle(a.ID) })
			if !v.fold.folded() {
				t.Fatalf("the list stayed beside the article in a window %v wide", c.Size().Width)
			}
			f.do(func() { test.Tap(v.fold.button) }) // ▶: the list back
			if v.fold.folded() {
				t.Fatal("▶ did not bring the list back")
			}
			f.do(func() { c.Focus(r.panel.list) })
			f.do(func() { c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) })
			second := r.suggested[1]
			f.do(func() { c.Focus(f.s.query) })
			f.do(func() { tapArticleRow(t, f, articleRow(t, v, a.ID)) })
			if !v.fold.folded() {
				t.Errorf("the click on the open article left the list beside it")
			}
			if c.Focused() != fyne.Focusable(r.panel.list) || r.sentences.selected != second {
				t.Errorf("after the click: focus on %T, sentence %d shown; want the suggestions, %d", c.Focused(), r.sentences.selected, second)
			}
			if w := r.tabs.Size().Width; w < 400 {
				t.Errorf("the reader is %v wide after the list folded away", w)
			}
		})
	}
}
