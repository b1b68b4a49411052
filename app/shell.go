package app

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// The views of the main window, in navigation order.
const (
	viewArticles = "articles"
	viewClaims   = "claims"
	viewSources  = "sources"
	viewSearch   = "search"
)

// navItem is one entry of the navigation column.
type navItem struct {
	key     string
	title   string
	icon    fyne.Resource
	content fyne.CanvasObject
}

// shell is the main window frame: toolbar, navigation, the current view and
// the status line. It owns the views and routes between them.
type shell struct {
	u        *ui
	articles *articlesView
	claims   *claimsView
	sources  *sourcesView
	search   *searchView

	items     []navItem
	current   int
	nav       *widget.List
	stack     *fyne.Container
	query     *keyEntry
	counts    *widget.Label
	location  *widget.Label
	statusBar *fyne.Container // counts on the left, the message and location beside them
	export    *widget.Button
	importBtn *widget.Button
	exporter  *exportDialog   // the Export dialog opened last
	settings  *settingsDialog // the Settings dialog opened last
	bundle    *bundleImport   // the bundle import started last
	debounce  *debouncer
	quiet     bool // set while the shell changes the navigation selection itself
	// boxText keeps the toolbar box's text per meaning (see boxMeaning)
	// while the box shows the other one; boxQuiet is set while it is swapped.
	boxText  map[string]string
	boxQuiet bool
	// nameDialog asks for the checker's name on the first start (nil when
	// it was not needed).
	nameDialog *dialog.ConfirmDialog
}

// newShell creates the frame and its views.
func newShell(u *ui) *shell {
	s := &shell{u: u, current: -1}
	u.shell = s
	s.claims = newClaimsView(u)
	s.sources = newSourcesView(u)
	s.search = newSearchView(u)
	s.articles = newArticlesView(u)
	s.debounce = newDebouncer(u, 150*time.Millisecond)
	u.openClaim = s.openClaim
	u.openSource = s.openSource
	u.openArticle = s.openArticle
	u.changed = s.refresh
	return s
}

// content returns the widget tree of the whole window.
func (s *shell) content() fyne.CanvasObject {
	s.items = []navItem{
		{viewArticles, lang.L("Articles"), theme.DocumentIcon(), s.articles.content()},
		{viewClaims, lang.L("Claims"), theme.ListIcon(), s.claims.content()},
		{viewSources, lang.L("Sources"), theme.StorageIcon(), s.sources.content()},
		{viewSearch, lang.L("Search"), theme.SearchIcon(), s.search.content()},
	}
	s.nav = &widget.List{
		Length: func() int { return len(s.items) },
		CreateItem: func() fyne.CanvasObject {
			return container.NewHBox(&widget.Icon{}, &widget.Label{Text: "Sources and more"})
		},
		UpdateItem: func(id widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Icon).SetResource(s.items[id].icon)
			row.Objects[1].(*widget.Label).SetText(s.items[id].title)
		},
		OnSelected: func(id widget.ListItemID) {
			if !s.quiet {
				s.show(s.items[id].key)
			}
		},
	}
	s.nav.ExtendBaseWidget(s.nav)
	navWidth := canvas.NewRectangle(color0)
	navWidth.SetMinSize(fyne.NewSize(160, 0))
	s.stack = container.NewStack()

	s.query = newKeyEntry(s.onWindowKey)
	s.query.PlaceHolder = lang.L("Search claims, articles, sources (Ctrl+F)")
	s.query.OnChanged = func(string) {
		if !s.boxQuiet {
			s.debounce.call(s.runQuery)
		}
	}
	s.query.OnSubmitted = func(string) { s.runQuery() }
	s.query.onDown = s.focusResults
	s.export = &widget.Button{Text: lang.L("Export"), Icon: theme.UploadIcon(), Importance: widget.LowImportance, OnTapped: s.onExport}
	s.export.ExtendBaseWidget(s.export)
	if !exportAvailable {
		s.export.Disable()
	}
	s.importBtn = &widget.Button{Text: lang.L("Import"), Icon: theme.DownloadIcon(), Importance: widget.LowImportance, OnTapped: s.onImportTapped}
	s.importBtn.ExtendBaseWidget(s.importBtn)
	left := container.NewHBox(
		s.importBtn,
		&widget.Button{Text: lang.L("New claim"), Icon: theme.ContentAddIcon(), Importance: widget.LowImportance, OnTapped: s.onNewClaim},
		s.export,
	)
	right := container.NewHBox(
		&widget.Button{Text: lang.L("Settings"), Icon: theme.SettingsIcon(), Importance: widget.LowImportance, OnTapped: s.onSettings},
		&widget.Button{Icon: theme.HelpIcon(), Importance: widget.LowImportance, OnTapped: s.onHelp},
	)
	toolbar := border(nil, nil, left, right, container.NewPadded(s.query))

	s.counts = &widget.Label{TextStyle: fyne.TextStyle{Italic: true}}
	s.location = &widget.Label{Text: lang.L("Data") + ": " + s.u.opts.Location, Truncation: fyne.TextTruncateEllipsis, Alignment: fyne.TextAlignTrailing}
	s.statusBar = border(nil, nil, s.counts, nil, s.location)

	return border(
		container.NewVBox(toolbar, widget.NewSeparator()),
		container.NewVBox(widget.NewSeparator(), s.statusBar),
		container.NewHBox(container.NewStack(navWidth, s.nav), widget.NewSeparator()),
		nil,
		s.stack,
	)
}

// start selects the last view, registers shortcuts and loads the counts.
func (s *shell) start() {
	s.registerShortcuts()
	s.show(s.u.prefs.StringWithFallback(prefView, viewClaims))
	s.u.reloadScales()
	s.refreshCounts()
	s.askCheckerName()
	s.checkDatabase()
}

// checkDatabase runs the backend's quick integrity check in the background
// (opening the database leaves it out after a clean shutdown, see
// claims.QuickChecker), once per window, and reports the result in the
// status line — with the pairs both linked and dismissed, if any
// (bothPairs), which it looks for on every backend: a shared server, with
// no quick check, is where two checkers at once could leave them. Closing
// the window cancels it.
func (s *shell) checkDatabase() {
	if s.u.stopCheck != nil {
		return
	}
	qc, quick := s.u.svc.Maintenance.(claims.QuickChecker)
	ctx, cancel := context.WithCancel(s.u.ctx())
	s.u.stopCheck = cancel
	var err error
	var both bothPairs
	s.u.background(func() {
		if quick {
			err = qc.QuickCheck(ctx)
		}
		if err == nil {
			both = s.u.findBothPairs(ctx)
		}
	}, func() {
		if ctx.Err() != nil { // the window is closing
			return
		}
		status := s.u.shell.setStatus // the window may have been rebuilt since
		switch {
		case err != nil:
			status("The database check found damage: restore a backup")
			s.u.showError("The database may be damaged.", err)
		case s.u.showBothPairs(both):
		case quick:
			status("Database checked: no damage found")
		}
	})
}

// show switches to the view with the given key.
func (s *shell) show(key string) {
	for i, it := range s.items {
		if it.key != key {
			continue
		}
		if s.current != i {
			s.swapBox(s.currentKey(), key)
			s.current = i
			if key == viewSources && !s.sources.loaded {
				s.sources.refresh() // loaded when first needed, then kept fresh
			}
			s.stack.Objects = []fyne.CanvasObject{it.content}
			s.stack.Refresh()
			s.u.prefs.SetString(prefView, key)
			s.moveFocus(key) // view_focus.go
		}
		s.quiet = true
		s.nav.Select(i)
		s.quiet = false
		s.query.PlaceHolder = boxPlaceholder(key)
		s.query.Refresh()
		return
	}
	if key != viewClaims {
		s.show(viewClaims)
	}
}

// currentKey returns the key of the view shown.
func (s *shell) currentKey() string {
	if s.current < 0 {
		return ""
	}
	return s.items[s.current].key
}

// guard runs next at once when nothing is unsaved (in the claim editor, the
// source editor or the article details), else after the person chose to save or discard the
// edits; Cancel drops next.
func (s *shell) guard(next func()) {
	s.claims.editor.guard(func() { s.sources.guard(func() { s.articles.guard(next) }) })
}

// openClaim shows a claim in the Claims view.
func (s *shell) openClaim(id string) {
	s.guard(func() {
		s.show(viewClaims)
		s.claims.editor.load(id)
		s.claims.editor.focusText()
	})
}

// openClaimEvidence shows a claim in the Claims view on its Evidence tab
// (a search hit in an evidence link's excerpt or note).
func (s *shell) openClaimEvidence(id string) { s.openClaimOn(id, evidenceTab) }

// openClaimOn shows a claim in the Claims view on the editor's tab tab,
// with the cursor in its text when that is Details.
func (s *shell) openClaimOn(id string, tab int) {
	s.guard(func() {
		s.show(viewClaims)
		s.claims.editor.tabs.SelectIndex(tab)
		s.claims.editor.load(id)
		s.claims.editor.focusText()
	})
}

// openSource shows a source in the Sources view.
func (s *shell) openSource(id string) {
	s.show(viewSources)
	s.sources.open(id)
}

// openArticle shows an article in the Articles view (its reader).
func (s *shell) openArticle(id string) {
	s.show(viewArticles)
	s.articles.open(id)
}

// refresh reloads the lists after records changed.
func (s *shell) refresh() {
	s.claims.refresh()
	s.sources.refresh()
	s.articles.refresh()
	s.refreshCounts()
}

// refreshCounts loads the record counts for the status line.
func (s *shell) refreshCounts() {
	var na, nc, ns int
	var err error
	s.u.background(func() {
		ctx := s.u.ctx()
		if _, na, err = s.u.svc.Articles.FindArticles(ctx, claims.ArticleFilter{Limit: 1, WithoutBody: true}); err != nil {
			return
		}
		var by map[claims.Status]int
		if by, err = s.u.svc.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{}); err != nil {
			return
		}
		for _, n := range by {
			nc += n
		}
		_, ns, err = s.u.svc.Sources.FindSources(ctx, claims.SourceFilter{Limit: 1})
	}, func() {
		if err != nil {
			s.counts.SetText(lang.L("Counts unavailable"))
			s.statusBar.Refresh()
			return
		}
		s.counts.SetText(fmt.Sprintf("%s · %s · %s",
			lang.LocalizePlural("{{.Count}} articles", na, map[string]any{"Count": formatCount(na)}),
			lang.LocalizePlural("{{.Count}} claims", nc, map[string]any{"Count": formatCount(nc)}),
			lang.LocalizePlural("{{.Count}} sources", ns, map[string]any{"Count": formatCount(ns)})))
		s.statusBar.Refresh() // lay out anew: the counts' width changed, the message beside them moves
	})
}

// setStatus shows a short message (an English key) beside the data location.
func (s *shell) setStatus(msg string) { s.showStatus(lang.L(msg)) }

// showStatus shows text, a message in the interface language, beside the
// data location.
func (s *shell) showStatus(text string) {
	s.location.SetText(text + " · " + lang.L("Data") + ": " + s.u.opts.Location)
}

// savePrefs remembers the window size and split positions.
func (s *shell) savePrefs() {
	size := s.u.win.Canvas().Size()
	if size.Width > 0 && size.Height > 0 {
		s.u.prefs.SetFloat(prefWidth, float64(size.Width))
		s.u.prefs.SetFloat(prefHeight, float64(size.Height))
	}
	s.claims.savePrefs()
	s.sources.savePrefs()
	s.articles.savePrefs()
}

// onImport is the import menu opened by keys (Ctrl+I, the main menu): its
// first item is marked, so that Enter takes it and the arrows go on from
// it, as in a desktop menu opened by keys. Opened with Ctrl+I, no item was
// marked and Enter did nothing (walk31).
func (s *shell) onImport() { s.showImportMenu(true) }

// onImportTapped is the import menu opened by the button: no item is
// marked, as in a menu opened by the mouse.
func (s *shell) onImportTapped() { s.showImportMenu(false) }

// showImportMenu offers the two ways to import an article, paste text or
// open a file (files can also be dropped on the window), and importing a
// bundle, under the Import button; markFirst marks the first item.
func (s *shell) showImportMenu(markFirst bool) {
	s.show(viewArticles)
	menu := fyne.NewMenu("",
		fyne.NewMenuItem(lang.L("Paste text…"), s.articles.onPaste),
		fyne.NewMenuItem(lang.L("Open file…"), s.articles.onOpenFile),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Import bundle…"), s.onImportBundle),
	)
	m := widget.NewPopUpMenu(menu, s.u.win.Canvas())
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.importBtn)
	m.ShowAtPosition(pos.Add(fyne.NewPos(0, s.importBtn.Size().Height)))
	if markFirst {
		m.ActivateNext() // the menu has the focus once shown
	}
}

// onOpenFile shows the Articles view and the dialog that imports an
// article from a file (Ctrl+O, as in other desktop tools).
func (s *shell) onOpenFile() {
	s.show(viewArticles)
	s.articles.onOpenFile()
}

// onNewClaim opens an empty claim in the editor.
func (s *shell) onNewClaim() {
	s.guard(func() {
		s.show(viewClaims)
		s.claims.list.UnselectAll()
		s.claims.editor.newClaim()
	})
}

// onSave saves the evidence dialog when it is open, else the source
// editor in the Sources view, else the claim in the editor.
func (s *shell) onSave() {
	if d := s.claims.editor.evidence.dialog; d != nil && d.open {
		d.save()
		return
	}
	if s.currentKey() == viewSources {
		s.sources.onSave()
		return
	}
	s.claims.editor.onSave()
}
