package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// prefArticlesSplit keeps the position of the divider between the article
// list and the reader.
const prefArticlesSplit = "articles.split"

// articleItem is one row of the article list.
type articleItem struct {
	ID        string
	Title     string
	Publisher string
	Date      time.Time
	Claims    int
}

// articlesView lists the imported articles and shows the selected one in the
// reader beside the list. It also owns importing: the paste dialog, the file
// dialog and files dropped on the window.
type articlesView struct {
	u      *ui
	reader *readerView
	paste  *pasteDialog
	editor *articleEditor // the details dialog last opened, for tests

	items       []articleItem // one per article; ID "" while its page loads
	loaded      map[int]bool  // pages of items loaded or loading
	selected    string        // ID of the article shown in the reader
	shownInList string        // the selected article the list last scrolled to
	loadGen     int           // generation of the list load; older answers are dropped

	list     *articleList
	count    *widget.Label
	edit     *widget.Button
	del      *widget.Button
	progress *importProgress
	split    *container.Split
	fold     *articleFold
	root     fyne.CanvasObject
}

// newArticlesView builds the view, registers the import hook for dropped
// files and the openArticle hook, and starts loading the article list.
func newArticlesView(u *ui) *articlesView {
	v := &articlesView{u: u, loaded: map[int]bool{}}
	v.reader = newReaderView(u)
	v.reader.onClaimsChanged = v.changed
	v.paste = newPasteDialog(v)
	v.progress = newImportProgress()
	v.build()
	u.importPaths = v.importPaths
	if u.openArticle == nil {
		u.openArticle = v.show
	}
	v.reload()
	return v
}

// build creates the widget tree.
func (v *articlesView) build() {
	v.list = newArticleList()
	v.list.Length = func() int { return len(v.items) }
	v.list.CreateItem = v.createRow
	v.list.UpdateItem = safe2(v.u, "article row", v.updateRow)
	markKeyRows(&v.list.List) // the row ↑/↓ mark stands out (list_mark.go)
	v.list.OnSelected = v.u.safeID("article list", v.onSelect)
	v.list.onAccept = v.u.safe("accept from article list", v.acceptSelected)
	v.list.onKey = v.u.windowKey
	v.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	importText := &widget.Button{Text: lang.L("Paste text…"), Icon: theme.ContentPasteIcon(), OnTapped: v.u.safe("paste text", v.onPaste)}
	openFile := &widget.Button{Text: lang.L("Open file…"), Icon: theme.FolderOpenIcon(), OnTapped: v.u.safe("open file", v.onOpenFile)}
	v.edit = &widget.Button{Text: lang.L("Details…"), Icon: theme.DocumentCreateIcon(), OnTapped: v.u.safe("article details", v.onEditArticle)}
	v.del = &widget.Button{Text: lang.L("Delete…"), Icon: theme.DeleteIcon(), OnTapped: v.u.safe("delete article", v.onDeleteArticle)}
	head := container.NewVBox(
		container.NewGridWithColumns(2, importText, openFile),
		container.NewGridWithColumns(2, v.edit, v.del),
		v.count,
	)
	left := border(head, v.progress.box, nil, nil, v.list)
	v.split = container.NewHSplit(left, nil)
	v.fold = newArticleFold(v.u, left, v.split)
	v.split.Trailing = v.fold.edge(v.reader.content())
	v.split.Offset = 0.22
	if p := v.prefs(); p != nil {
		v.split.Offset = p.FloatWithFallback(prefArticlesSplit, 0.22)
		v.fold.set(p.Bool(prefArticlesFolded))
	}
	v.root = v.split
}

// content returns the view's widget tree.
func (v *articlesView) content() fyne.CanvasObject { return v.root }

// prefs returns the preferences, or nil in tests without them.
func (v *articlesView) prefs() fyne.Preferences { return v.u.prefs }

// createRow makes an article list row: the title above publisher, date and
// the number of claims, on the selection's colour when the article is the
// open one (the list keeps no selection of its own, articleList).
func (v *articlesView) createRow() fyne.CanvasObject {
	title := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	meta := &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	mark := &canvas.Rectangle{FillColor: theme.Color(theme.ColorNameSelection), CornerRadius: theme.SelectionRadiusSize()}
	mark.Hide()
	return container.NewStack(mark, container.New(&tightVBox{}, title, meta))
}

// updateRow fills a list row with article i.
func (v *articlesView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(v.items) {
		return
	}
	it := v.items[i]
	row := o.(*fyne.Container)
	mark := row.Objects[0].(*canvas.Rectangle)
	mark.FillColor = theme.Color(theme.ColorNameSelection)
	mark.Hidden = it.ID == "" || it.ID != v.selected
	mark.Refresh()
	c := row.Objects[1].(*fyne.Container)
	if it.ID == "" {
		v.loadPage(i / articlePageSize)
		c.Objects[0].(*widget.Label).SetText("…")
		c.Objects[1].(*widget.Label).SetText("")
		return
	}
	c.Objects[0].(*widget.Label).SetText(it.Title)
	c.Objects[1].(*widget.Label).SetText(articleMeta(it))
}

// articleMeta is the second line of an article row.
func articleMeta(it articleItem) string {
	s := ""
	add := func(part string) {
		if part == "" {
			return
		}
		if s != "" {
			s += " · "
		}
		s += part
	}
	add(it.Publisher)
	if !it.Date.IsZero() {
		add(formatDate(it.Date.Local()))
	}
	add(lang.LocalizePlural("{{.Count}} claims", it.Claims, map[string]any{"Count": formatCount(it.Claims)}))
	return s
}

// onSelect shows the article chosen by a click, Space or Enter in the
// reader; a click also gives the list the focus (articleList). The open
// article chosen again takes the checker to it (reopen).
func (v *articlesView) onSelect(i widget.ListItemID) {
	keyed := v.list.pickedByKey()
	v.list.UnselectAll() // the rows mark the open article, so a click on it comes here too
	if i < 0 || i >= len(v.items) || v.items[i].ID == "" {
		return
	}
	if !keyed {
		v.reader.focus(v.list)
	}
	if v.items[i].ID == v.selected {
		v.reopen()
		return
	}
	v.selected = v.items[i].ID
	v.selectInList()
	v.reader.show(v.selected)
	v.fold.chosen()
}

// reopen answers the open article chosen again in the list: the checker
// wants to go on in it, so the reader comes into view (the list folds
// away in a narrow view) and the selected suggestion gets the keys with
// its sentence shown, as a click on it does; without suggestions the
// list keeps the focus. Before, the click did nothing.
func (v *articlesView) reopen() {
	r := v.reader
	if r.article == nil || r.article.ID != v.selected {
		return // still loading: it takes the keys it gets when shown
	}
	v.fold.chosen()
	if len(r.suggested) == 0 {
		return
	}
	i := r.panel.list.selected
	if i < 0 || i >= len(r.suggested) {
		i = 0
	}
	r.panel.tapRow(i)
}

// acceptSelected accepts the open article's selected suggestion: A typed
// in the articles list, once the article chosen there is shown.
func (v *articlesView) acceptSelected() {
	if r := v.reader; r.article != nil && r.article.ID == v.selected {
		r.panel.list.accept()
	}
}

// show selects article id in the list and opens it in the reader (folding
// the list away in a narrow view). The shell calls it through
// ui.openArticle.
func (v *articlesView) show(id string) {
	v.selected = id
	v.selectInList()
	v.reader.show(id)
	v.fold.chosen()
}

// open is show under the name the shell looks for.
func (v *articlesView) open(id string) { v.show(id) }

// refresh reloads the list and the open article's claims after records
// changed elsewhere; the shell calls it.
func (v *articlesView) refresh() {
	v.reload()
	if v.selected != "" {
		v.reader.show(v.selected)
	}
}

// changed tells the shell that records changed; it refreshes every view,
// this one too. Without a shell the view refreshes itself.
func (v *articlesView) changed() {
	if v.u.changed != nil {
		v.u.changed()
		return
	}
	v.refresh()
}

// selectInList highlights the selected article in the list, if it is there.
func (v *articlesView) selectInList() {
	for _, b := range []*widget.Button{v.edit, v.del} {
		if v.selected == "" {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	v.list.Refresh() // the rows mark the open article
	if v.shownInList == v.selected {
		return // scrolled to once: the checker may have scrolled on
	}
	for i, it := range v.items {
		if it.ID == v.selected {
			v.list.ScrollTo(i)
			v.shownInList = v.selected
			return
		}
	}
}

// articlePageSize is how many articles one FindArticles call loads for the
// list.
const articlePageSize = 100

// reload loads the first page of the article list (titles and claim counts,
// no texts) in one query; the other pages load when their rows are shown.
// Rows of the old list stay until the new page arrives.
func (v *articlesView) reload() {
	v.loadGen++
	gen := v.loadGen
	var page []*claims.Article
	var total int
	var err error
	runJob(v.u, v.fetch(0, &page, &total, &err), func() {
		if gen != v.loadGen {
			return
		}
		if err != nil {
			v.showError(err)
			return
		}
		v.setFirstPage(page, total)
	})
}

// fetch returns a job that reads page p of the list into page and total.
func (v *articlesView) fetch(p int, page *[]*claims.Article, total *int, err *error) func() {
	svc, ctx := v.u.svc, v.u.ctx()
	f := claims.ArticleFilter{WithoutBody: true, Offset: p * articlePageSize, Limit: articlePageSize}
	return func() { *page, *total, *err = svc.Articles.FindArticles(ctx, f) }
}

// loadPage loads page p of the list in the background, once.
func (v *articlesView) loadPage(p int) {
	if v.loaded[p] {
		return
	}
	v.loaded[p] = true
	gen := v.loadGen
	var page []*claims.Article
	var total int
	var err error
	runJob(v.u, v.fetch(p, &page, &total, &err), func() {
		if gen != v.loadGen {
			return
		}
		if err != nil || total != len(v.items) { // the list changed meanwhile
			delete(v.loaded, p)
			return
		}
		v.fill(p, page)
		v.list.Refresh()
		v.selectInList()
	})
}

// fill puts page p into the rows.
func (v *articlesView) fill(p int, page []*claims.Article) {
	for i, a := range page {
		if j := p*articlePageSize + i; j < len(v.items) {
			v.items[j] = articleItem{ID: a.ID, Title: a.Title, Publisher: a.Publisher, Date: a.PublishedAt, Claims: a.ClaimCount}
		}
	}
}

// setFirstPage replaces the list by total rows, the first page filled, and
// keeps the selection.
func (v *articlesView) setFirstPage(page []*claims.Article, total int) {
	v.items = make([]articleItem, total)
	v.loaded = map[int]bool{0: true}
	v.fill(0, page)
	v.count.SetText(lang.LocalizePlural("{{.Count}} articles", total, map[string]any{"Count": formatCount(total)}))
	v.list.Refresh()
	if v.selected == "" && total > 0 {
		v.selected = v.items[0].ID
		v.reader.show(v.selected)
	}
	v.selectInList()
}

// showError says that the article list could not be loaded, and why.
func (v *articlesView) showError(err error) {
	v.u.showError("The article list could not be loaded.", err)
}

// savePrefs stores the split position and whether the list is folded; the
// shell may call it on close.
func (v *articlesView) savePrefs() {
	if p := v.prefs(); p != nil {
		p.SetFloat(prefArticlesSplit, v.split.Offset)
		p.SetBool(prefArticlesFolded, v.fold.folded())
		v.reader.savePrefs()
	}
}

// tightVBox stacks objects vertically without padding between them, so two
// labels read as one list row.
type tightVBox struct{}

// MinSize is the widest child and the sum of the heights, minus the label
// padding that overlaps between rows.
func (l *tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height
	}
	if len(objs) > 1 {
		s.Height -= float32(len(objs)-1) * theme.Padding() * 2
	}
	return s
}

// Layout places the children one below the other, overlapping the paddings.
func (l *tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.Padding()*2
	}
}
