package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

func TestFitScreen(t *testing.T) {
	screen := fyne.NewSize(1024, 700)
	if got := fitScreen(fyne.NewSize(1400, 900), screen); got.Width != 1024 || got.Height > 700-48 {
		t.Errorf("1400×900 on 1024×700 = %v", got)
	}
	if got := fitScreen(fyne.NewSize(900, 500), screen); got != fyne.NewSize(900, 500) {
		t.Errorf("900×500 changed to %v", got)
	}
}

func TestTurningSplit(t *testing.T) {
	a := &widget.Label{Text: "a fairly long line of text on the left"}
	b := &widget.Label{Text: "right"}
	s := container.NewHSplit(a, b)
	c := turning(s, 700)
	if got, want := c.MinSize().Width, a.MinSize().Width; got != want {
		t.Errorf("min width %v, want the wider pane's %v", got, want)
	}
	c.Resize(fyne.NewSize(600, 400))
	if s.Horizontal || s.Size() != fyne.NewSize(600, 400) {
		t.Errorf("at 600 wide: horizontal %v, size %v", s.Horizontal, s.Size())
	}
	tallest := max(a.MinSize().Height, b.MinSize().Height)
	if got := c.MinSize().Height; got != tallest {
		t.Errorf("upright: min height %v, want the taller pane's %v", got, tallest)
	}
	// upright in less height than both panes need: they keep their height and scroll
	stacked := a.MinSize().Height + b.MinSize().Height + theme.Padding()
	c.Resize(fyne.NewSize(600, stacked-10))
	if got := s.Size().Height; got != stacked {
		t.Errorf("upright in %v: the split is %v high, want both panes' %v (scrolling)", c.Size(), got, stacked)
	}
	c.Resize(fyne.NewSize(900, 400))
	if !s.Horizontal || s.Size() != fyne.NewSize(900, 400) {
		t.Errorf("at 900 wide: horizontal %v, size %v", s.Horizontal, s.Size())
	}
	if got := c.MinSize().Height; got != tallest {
		t.Errorf("side by side: min height %v, want the taller pane's %v", got, tallest)
	}
}

// smallWindow is what the window takes on a small screen (1024×700, less a
// title bar and a panel).
var smallWindow = fitScreen(fyne.NewSize(1e4, 1e4), fyne.NewSize(1024, 700))

// newGermanFixture is newShellFixture with the German interface.
func newGermanFixture(t *testing.T) *shellFixture {
	t.Cleanup(func() { switchLanguage("") })
	f := newShellFixture(t)
	f.do(func() { f.u.setLanguage("de") })
	f.s = f.u.shell
	return f
}

// TestWindowFitsSmallScreen checks, in German, that every view with an
// article open fits a 1024×700 screen (less the title bar and a panel), so
// Fyne never grows the window past it.
func TestWindowFitsSmallScreen(t *testing.T) {
	f := newGermanFixture(t)
	limit := smallWindow
	check := func(what string) {
		if m := f.win().Content().MinSize(); m.Width > limit.Width || m.Height > limit.Height {
			t.Errorf("%s: the window needs at least %v, more than %v", what, m, limit)
		}
	}
	f.do(func() { f.s.show(viewArticles) })
	check("articles, none open")
	a := &claims.Article{Title: "Fernwärme wird teurer", Publisher: "Lindenauer Zeitung", Language: "de",
		URL: "https://example.org/lindenau/fernwaerme-wird-teurer", Body: readerTestText}
	if err := f.svc.Articles.CreateArticle(f.u.ctx(), a); err != nil {
		t.Fatal(err)
	}
	f.addClaim("Die Fernwärme in Lindenau wird zum 1. Januar um 14 Prozent teurer, teilten die Stadtwerke mit.")
	f.do(func() { f.u.changed() })
	f.wait()
	f.do(func() { f.u.openArticle(a.ID) })
	check("articles, one open")
	for _, view := range []string{viewClaims, viewSources, viewSearch} {
		f.do(func() { f.s.show(view) })
		check(view)
	}
	src := &claims.Source{Title: "Stadtwerke Lindenau: Preisblatt Fernwärme 2027", URL: "https://example.org/preisblatt-2027.pdf",
		Publisher: "Stadtwerke Lindenau", Kind: claims.KindOfficial}
	if err := f.svc.Sources.CreateSource(f.u.ctx(), src); err != nil {
		t.Fatal(err)
	}
	f.do(func() { f.u.changed() })
	f.wait()
	f.do(func() { f.u.openSource(src.ID) })
	check("sources, one open")
}

// TestArticleListFoldsAtSmallWindow: at 1024×700, in German, choosing an
// article folds the list away, so the reader has the text and the
// suggestions side by side with room for the text; the arrow brings the
// list back and folds it again.
func TestArticleListFoldsAtSmallWindow(t *testing.T) {
	defer switchLanguage("")
	f := newShellFixture(t)
	f.do(func() { f.u.setLanguage("de") })
	f.s = f.u.shell
	f.do(func() { f.win().Resize(fyne.NewSize(1024, 700)) })
	v := f.s.articles
	for _, title := range []string{"Fernwärme wird teurer", "Stadtwerke erhöhen die Preise"} {
		a := &claims.Article{Title: title, Publisher: "Lindenauer Zeitung", Language: "de", Body: readerTestText}
		if err := f.svc.Articles.CreateArticle(f.u.ctx(), a); err != nil {
			t.Fatal(err)
		}
	}
	f.do(func() { f.u.changed() })
	f.wait()
	f.do(func() { f.s.show(viewArticles) })
	other := 0
	if v.items[0].ID == v.selected {
		other = 1
	}
	f.do(func() { v.list.Select(other) })
	r := v.reader
	if v.selected != v.items[other].ID || !v.fold.folded() {
		t.Fatalf("chosen %q, folded %v", v.selected, v.fold.folded())
	}
	if !r.split.Horizontal || r.tabs.Size().Height < 300 || r.tabs.Size().Width < 400 {
		t.Fatalf("reader text %v, beside the suggestions %v", r.tabs.Size(), r.split.Horizontal)
	}
	f.do(func() { test.Tap(v.fold.button) })
	if v.fold.folded() || !v.list.Visible() || v.list.Size().Width < 150 {
		t.Fatalf("the arrow did not bring the list back: %v", v.list.Size())
	}
	if m := f.win().Content().MinSize(); m.Width > 1024 || m.Height > 700 {
		t.Fatalf("the window needs %v", m)
	}
	f.do(func() { test.Tap(v.fold.button) })
	if !v.fold.folded() {
		t.Fatal("the arrow did not fold the list")
	}
	f.do(func() { test.Tap(v.fold.button) })
	f.do(func() { f.u.openArticle(v.items[1-other].ID) }) // as after an import
	if !v.fold.folded() || v.selected != v.items[1-other].ID {
		t.Fatal("opening an article from elsewhere did not fold the list")
	}
}

// TestLongArticleFitsSmallScreen: at 1024×700, in German, a long article
// shown in parts, on the "Select passage" tab, after a suggestion was
// taken (the note under the text and the line "Claim created" both show),
// still fits the screen. Before, the reader asked for the height of its
// two panes stacked even while they stood side by side, and Fyne grew the
// window past the screen (seen in the window: 736 → 757 px at 1280×800).
func TestLongArticleFitsSmallScreen(t *testing.T) {
	f := newGermanFixture(t)
	limit := smallWindow
	f.do(func() { f.win().Resize(limit) })
	f.addOpenArticle("Fernwärme wird teurer", strings.Repeat(readerTestText+"\n\n", 40))
	r := f.s.articles.reader
	f.do(func() { r.tabs.SelectIndex(1) })
	f.do(func() { r.panel.onAcceptSelected() })
	if !r.passageNote.Visible() || !r.statusRow.Visible() || len(f.storedClaims()) != 1 {
		t.Fatalf("note shown %v, claim line shown %v, claims %d", r.passageNote.Visible(), r.statusRow.Visible(), len(f.storedClaims()))
	}
	if !r.split.Horizontal {
		t.Fatal("at 1024 wide the text and the suggestions do not stand side by side")
	}
	if m := f.win().Content().MinSize(); m.Width > limit.Width || m.Height > limit.Height {
		t.Errorf("the window needs at least %v, more than %v", m, limit)
	}
}
