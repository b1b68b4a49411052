package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/claims/extract"
)

// Preference keys of the reader.
const (
	prefReaderThreshold = "reader.threshold"
	prefReaderSplit     = "reader.split"
	readerSideBySide    = 720 // narrower, the suggestions go below the text
)

// readerView shows one article: its text sentence by sentence with the
// suggested claims marked by score, a selectable plain-text tab for making
// any passage a claim (Ctrl+K) and the suggestions panel.
type readerView struct {
	u     *ui
	cache *unitCache

	// onClaimsChanged is called after a claim was made, to refresh counts.
	onClaimsChanged func()

	article   *claims.Article
	goTo      string   // a search snippet whose sentence to show once loaded
	hit       textHit  // the search hit shown last, to select on the passage tab (reader_goto.go)
	hitShown  shownHit // the search hit selected in the passage, until the checker moves on
	imported  bool     // the next article shown was just imported: its suggestions take the keys (focusNewArticle)
	units     []extract.Unit
	claims    []*claims.Claim
	marks     []unitMark // per unit
	suggested []int      // unit indices at or above the threshold, best first
	threshold float64
	gen       int          // generation of the article load
	busy      map[int]bool // units whose claim is being stored
	lastClaim string       // ID of the claim made last, for "Open in editor"
	undoClaim string       // the claim just made, which Undo deletes (reader_undo.go)

	title       *widget.Label
	meta        *widget.Label
	loading     *widget.ProgressBarInfinite
	slider      *widget.Slider
	sliderVal   *widget.Label
	sentences   *sentenceView
	passage     *passageEntry
	passageNote *widget.Label
	passageTab  *fyne.Container // the Select passage tab: the buttons above the passage (tabField)
	tabs        *container.AppTabs
	panel       *suggestionPanel
	status      *widget.Label
	openBtn     *widget.Button
	undoBtn     *widget.Button
	statusRow   *fyne.Container
	split       *container.Split
	body        *fyne.Container
	empty       *fyne.Container
	root        *fyne.Container
}

// unitMark records the claims made from a unit.
type unitMark struct {
	claimID string // a claim quoting this unit or a passage inside it: the suggestion is accepted
	exact   bool   // claimID quotes exactly this unit
	claimed bool   // some claim is anchored in this unit
}

// newReaderView builds the reader.
func newReaderView(u *ui) *readerView {
	r := &readerView{u: u, cache: newUnitCache(), busy: map[int]bool{}, hit: textHit{unit: -1}, hitShown: shownHit{unit: -1}}
	r.threshold = extract.DefaultThreshold
	if u.prefs != nil {
		r.threshold = u.prefs.FloatWithFallback(prefReaderThreshold, extract.DefaultThreshold)
	}
	r.build()
	return r
}

// build creates the widget tree.
func (r *readerView) build() {
	r.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameSubHeadingText}
	r.meta = &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText}
	r.loading = widget.NewProgressBarInfinite()
	r.loading.Stop()
	r.loading.Hide()
	r.sliderVal = &widget.Label{TextStyle: fyne.TextStyle{Monospace: true}}
	r.slider = &widget.Slider{Min: 0.1, Max: 0.95, Step: 0.05, Value: r.threshold, OnChanged: r.onThreshold}
	r.slider.ExtendBaseWidget(r.slider)
	r.sliderVal.SetText(formatScore(r.threshold))
	thresholdRow := border(nil, nil,
		&widget.Label{Text: lang.L("Suggest from score"), SizeName: theme.SizeNameCaptionText}, r.sliderVal, r.slider)

	r.sentences = newSentenceView()
	r.sentences.onSelect = r.u.safeID("sentence", r.onSentenceSelected)
	r.sentences.onMoved = r.u.safeID("sentence", r.onSentenceMoved)
	r.sentences.onMakeClaim = r.u.safeID("make claim", r.onMakeClaimFromSentence)
	r.sentences.onAccept = r.u.safeID("accept sentence", r.onAcceptSentence)
	r.sentences.focus = r.focus
	r.sentences.onKey = r.u.windowKey
	r.passage = newPassageEntry(r.u.windowKey)
	r.passage.onMakeClaim = r.u.safe("make claim", r.onMakeClaim)
	hint := &widget.Label{Text: lang.L("Select a passage and press Ctrl+K to make it a claim."), SizeName: theme.SizeNameCaptionText, Wrapping: fyne.TextWrapWord}
	makeBtn := &widget.Button{Text: lang.L("Make claim"), Icon: theme.ContentAddIcon(), OnTapped: r.u.safe("make claim", r.onMakeClaim)}
	r.passageNote = &widget.Label{Text: lang.L("This long article is shown in parts: choose a sentence under Sentences to show the part around it."),
		Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}
	r.passageNote.Hide()
	r.passageTab = border(container.NewVBox(border(nil, nil, nil, makeBtn, hint), r.passageNote),
		nil, nil, nil, r.passage)
	r.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Sentences"), r.sentences),
		container.NewTabItem(lang.L("Select passage"), r.passageTab),
	)
	r.tabs.OnSelected = func(*container.TabItem) { r.onTabShown() }

	r.panel = newSuggestionPanel(r, thresholdRow)
	r.split = container.NewHSplit(r.tabs, r.panel.root)
	r.split.Offset = 0.55
	if r.u.prefs != nil {
		r.split.Offset = r.u.prefs.FloatWithFallback(prefReaderSplit, 0.55)
	}

	r.status = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	r.openBtn = &widget.Button{Text: lang.L("Open in editor"), Icon: theme.DocumentCreateIcon(), OnTapped: r.u.safe("open claim", r.onOpenLast)}
	r.openBtn.Hide()
	r.undoBtn = &widget.Button{Text: lang.L("Undo"), Icon: theme.ContentUndoIcon(), OnTapped: r.u.safe("undo claim", r.onUndoLast)}
	r.undoBtn.Hide()
	r.statusRow = newCompactRow(r.status, r.undoBtn, r.openBtn)
	r.statusRow.Hide()

	head := container.NewVBox(r.title, r.meta, r.loading)
	r.body = border(head, r.statusRow, nil, nil, turning(r.split, readerSideBySide))
	r.empty = centered(
		&widget.Label{Text: lang.L("No article open"), TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter},
		&widget.Label{Text: lang.L("Choose an article from the list, paste text or open a file."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord},
	).(*fyne.Container)
	r.body.Hide()
	r.root = container.NewStack(r.empty, r.body)
}

// content returns the reader's widget tree.
func (r *readerView) content() fyne.CanvasObject { return r.root }

// savePrefs stores the reader's split position and threshold.
func (r *readerView) savePrefs() {
	if p := r.u.prefs; p != nil {
		p.SetFloat(prefReaderSplit, r.split.Offset)
		p.SetFloat(prefReaderThreshold, r.threshold)
	}
}

// show loads article id with its claims and suggestions in the background.
func (r *readerView) show(id string) {
	r.gen++
	gen := r.gen
	if r.article == nil || r.article.ID != id { // a reload needs no indicator
		r.loading.Show()
		r.loading.Start()
	}
	svc, ctx, cache := r.u.svc, r.u.ctx(), r.cache
	var a *claims.Article
	var cs []*claims.Claim
	var units []extract.Unit
	var err error
	runJob(r.u, func() {
		a, err = svc.Articles.FindArticleByID(ctx, id)
		if err == nil {
			cs, _, err = svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &id, Sort: claims.SortPosition})
			units = cache.units(a)
		}
	}, func() {
		if gen != r.gen {
			return
		}
		r.loading.Stop()
		r.loading.Hide()
		if err != nil {
			r.u.showError("The article could not be opened.", err)
			return
		}
		r.setArticle(a, cs, units)
	})
}

// setArticle shows a loaded article. The units and everything derived from
// them (marks, suggestions) change together before any widget is touched:
// a widget call may redraw the suggestion list, whose rows index units by
// the suggestions.
func (r *readerView) setArticle(a *claims.Article, cs []*claims.Claim, units []extract.Unit) {
	sameArticle := r.article != nil && r.article.ID == a.ID
	r.article, r.claims, r.units = a, cs, units
	r.derive()
	r.title.SetText(a.Title)
	r.meta.SetText(articleLine(a))
	if !sameArticle {
		r.busy = map[int]bool{}
		r.sentences.selected = -1
		r.panel.list.selected = -1
		r.panel.current = -1
		r.panel.list.UnselectAll()
		r.setStatus("", "")
		r.passage.body, r.passage.base = "", -1
		r.hit, r.hitShown = textHit{unit: -1}, shownHit{unit: -1}
	}
	r.empty.Hide()
	r.body.Show()
	r.recompute(true)
	if !sameArticle {
		// A new article starts at its title: the rebuilt list kept the
		// scroll offset of the one shown before, and the text began mid-way.
		r.sentences.list.ScrollToTop()
		r.panel.selectFirst()
		r.focusNewArticle() // view_focus.go
	}
	r.imported = false // an article imported again, already open: the keys stay where they are
	if r.goTo != "" {  // a search hit's sentence (reader_goto.go)
		r.showSnippet(r.goTo)
		r.goTo = ""
	}
	r.syncPassage()
}

// articleLine is the line under the title: publisher, date, language, URL.
func articleLine(a *claims.Article) string {
	s := a.Publisher
	add := func(p string) {
		if p == "" {
			return
		}
		if s != "" {
			s += " · "
		}
		s += p
	}
	if !a.PublishedAt.IsZero() {
		add(formatDate(a.PublishedAt.Local()))
	}
	switch a.Language {
	case "de":
		add(lang.L("German"))
	case "en":
		add(lang.L("English"))
	}
	add(a.URL)
	return s
}

// passageShown reports whether „Passage markieren“, the reader's second
// tab, is the one shown.
func (r *readerView) passageShown() bool { return r.tabs.SelectedIndex() == 1 }

// syncPassage fills the selectable text when its tab is shown: the whole
// body, or for a long article or a long line the part around the selected
// sentence (passageSpan); a search hit in that sentence is selected. A
// part that holds the selected sentence stays: the reload after a
// suggestion was accepted laid out another part, and the text moved under
// the checker's eyes (walk32).
func (r *readerView) syncPassage() {
	if r.article == nil || !r.passageShown() {
		return
	}
	i := r.sentences.selected
	if r.passageHolds(i) {
		r.selectHitInPassage()
		return
	}
	body := r.article.Body
	at := 0
	if i >= 0 && i < len(r.units) {
		at = r.units[i].Start
	}
	start, end := passageSpan(body, r.units, at, passageLimit, passageLineLimit)
	if r.passage.base != start || r.passage.body != body[start:end] {
		r.passage.setBody(body[start:end], start)
		r.passageNote.Hidden = start == 0 && end == len(body)
		r.passageNote.Refresh()
	}
	r.selectHitInPassage()
}

// recompute derives marks, suggestions and rows from units, claims and the
// threshold, and refreshes the widgets. relayout rebuilds the sentence list
// (row heights change with bold text).
func (r *readerView) recompute(relayout bool) {
	r.derive()
	rows := make([]sentenceInfo, len(r.units))
	prevEnd := 0
	for i, u := range r.units {
		rows[i] = sentenceInfo{
			text:    shownUnit(u),
			score:   u.Score,
			worthy:  u.Score >= r.threshold,
			color:   scoreColor(u.Score, r.threshold),
			claimed: r.marks[i].claimed,
			para:    isParagraphStart(r.article.Body, prevEnd, u.Start),
		}
		prevEnd = u.End
	}
	r.sentences.setRows(rows, relayout)
	r.panel.refresh()
	r.lookupSeen()
}

// derive computes the marks and the suggestions from units, claims and the
// threshold. Call it whenever one of them changed, before a widget redraws.
func (r *readerView) derive() {
	r.marks = markUnits(r.units, r.claims)
	r.suggested = suggestions(r.units, r.threshold)
}

// onThreshold shows more or fewer suggestions.
func (r *readerView) onThreshold(v float64) {
	r.threshold = v
	r.sliderVal.SetText(formatScore(v))
	if r.article != nil {
		r.recompute(true)
	}
	if r.u.prefs != nil {
		r.u.prefs.SetFloat(prefReaderThreshold, v)
	}
}

// onSentenceSelected selects the sentence's suggestion, if it has one.
func (r *readerView) onSentenceSelected(unit int) {
	r.panel.selectUnit(unit)
}

// setStatus shows msg in the status line; claimID offers "Open in editor".
// It hides Undo (offerUndo).
func (r *readerView) setStatus(msg, claimID string) {
	r.undoClaim = ""
	r.undoBtn.Hide()
	r.status.SetText(msg)
	r.statusRow.Hidden = msg == ""
	r.lastClaim = claimID
	if claimID != "" && r.u.openClaim != nil {
		r.openBtn.Show()
	} else {
		r.openBtn.Hide()
	}
}

// focusable is a widget that takes the keyboard focus.
type focusable interface {
	fyne.CanvasObject
	fyne.Focusable
}

// focus gives the keyboard focus to o, if the window has it on show.
func (r *readerView) focus(o focusable) {
	if r.u.win == nil {
		return
	}
	if c := r.u.win.Canvas(); c != nil && objectCanvas(o) == c {
		c.Focus(o)
	}
}

// onOpenLast opens the claim made last in the claim editor.
func (r *readerView) onOpenLast() { r.openClaim(r.lastClaim) }

// openClaim opens claim id in the claim editor.
func (r *readerView) openClaim(id string) {
	if id != "" && r.u.openClaim != nil {
		r.u.openClaim(id)
	}
}
