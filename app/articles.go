package app

import (
	"time"

	"fyne.io/fyne/v2"
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

	items    []articleItem
	selected string // ID of the article shown in the reader
	loadGen  int    // generation of the list load; older answers are dropped

	list     *widget.List
	count    *widget.Label
	edit     *widget.Button
	del      *widget.Button
	progress *importProgress
	split    *container.Split
	root     fyne.CanvasObject
}

// newArticlesView builds the view, registers the import hook for dropped
// files and the openArticle hook, and starts loading the article list.
func newArticlesView(u *ui) *articlesView {
	v := &articlesView{u: u}
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
	v.list = &widget.List{
		Length:     func() int { return len(v.items) },
		CreateItem: v.createRow,
		UpdateItem: v.updateRow,
		OnSelected: v.onSelect,
	}
	v.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	importText := &widget.Button{Text: lang.L("Paste text…"), Icon: theme.ContentPasteIcon(), OnTapped: v.onPaste}
	openFile := &widget.Button{Text: lang.L("Open file…"), Icon: theme.FolderOpenIcon(), OnTapped: v.onOpenFile}
	v.edit = &widget.Button{Text: lang.L("Details…"), Icon: theme.DocumentCreateIcon(), OnTapped: v.onEditArticle}
	v.del = &widget.Button{Text: lang.L("Delete…"), Icon: theme.DeleteIcon(), OnTapped: v.onDeleteArticle}
	head := container.NewVBox(
		container.NewGridWithColumns(2, importText, openFile),
		container.NewGridWithColumns(2, v.edit, v.del),
		v.count,
	)
	left := container.NewBorder(head, v.progress.box, nil, nil, v.list)
	v.split = container.NewHSplit(left, v.reader.content())
	v.split.Offset = 0.22
	if p := v.prefs(); p != nil {
		v.split.Offset = p.FloatWithFallback(prefArticlesSplit, 0.22)
	}
	v.root = v.split
}

// content returns the view's widget tree.
func (v *articlesView) content() fyne.CanvasObject { return v.root }

// prefs returns the preferences, or nil in tests without them.
func (v *articlesView) prefs() fyne.Preferences { return v.u.prefs }

// createRow makes an article list row: the title above publisher, date and
// the number of claims.
func (v *articlesView) createRow() fyne.CanvasObject {
	title := &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	meta := &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	return container.New(&tightVBox{}, title, meta)
}

// updateRow fills a list row with article i.
func (v *articlesView) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(v.items) {
		return
	}
	it := v.items[i]
	c := o.(*fyne.Container)
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
		add(it.Date.Local().Format("2006-01-02"))
	}
	add(lang.LocalizePlural("{{.Count}} claims", it.Claims, map[string]any{"Count": it.Claims}))
	return s
}

// onSelect shows the chosen article in the reader.
func (v *articlesView) onSelect(i widget.ListItemID) {
	if i < 0 || i >= len(v.items) {
		return
	}
	if v.items[i].ID == v.selected {
		return
	}
	v.selected = v.items[i].ID
	v.reader.show(v.selected)
}

// show selects article id in the list and opens it in the reader. The shell
// calls it through ui.openArticle.
func (v *articlesView) show(id string) {
	v.selected = id
	v.selectInList()
	v.reader.show(id)
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
	for i, it := range v.items {
		if it.ID == v.selected {
			v.list.Select(i)
			return
		}
	}
	v.list.UnselectAll()
}

// reload reads the article list and the claim counts in the background.
func (v *articlesView) reload() {
	v.loadGen++
	gen := v.loadGen
	svc := v.u.svc
	ctx := v.u.ctx()
	var items []articleItem
	var err error
	runJob(v.u, func() {
		var arts []*claims.Article
		arts, _, err = svc.Articles.FindArticles(ctx, claims.ArticleFilter{})
		for _, a := range arts {
			if err != nil {
				break
			}
			id := a.ID
			_, n, cerr := svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &id, Limit: 1})
			if cerr != nil {
				err = cerr
			}
			items = append(items, articleItem{ID: a.ID, Title: a.Title, Publisher: a.Publisher, Date: a.PublishedAt, Claims: n})
		}
	}, func() {
		if gen != v.loadGen {
			return
		}
		if err != nil {
			v.showError(err)
			return
		}
		v.setItems(items)
	})
}

// setItems replaces the list content and keeps the selection.
func (v *articlesView) setItems(items []articleItem) {
	v.items = items
	v.count.SetText(lang.LocalizePlural("{{.Count}} articles", len(items), map[string]any{"Count": len(items)}))
	v.list.Refresh()
	if v.selected == "" && len(items) > 0 {
		v.selected = items[0].ID
		v.reader.show(v.selected)
	}
	v.selectInList()
}

// showError says that the article list could not be loaded, and why.
func (v *articlesView) showError(err error) {
	v.u.showError("The article list could not be loaded.", err)
}

// savePrefs stores the split position; the shell may call it on close.
func (v *articlesView) savePrefs() {
	if p := v.prefs(); p != nil {
		p.SetFloat(prefArticlesSplit, v.split.Offset)
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
