package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// claimEditor edits one claim: its details, evidence and history. Edits stay
// in the widgets until saved; a failed save keeps them.
type claimEditor struct {
	u       *ui
	claim   *claims.Claim // the stored claim; nil while empty or new
	isNew   bool
	dirty   bool
	loading bool // set while fields are filled from a claim
	ratings []claims.Rating
	// upright (may be nil) reports whether the editor stands below the
	// claims list; its heading and the line under it then share one row
	// (claims_upright.go).
	upright func() bool

	heading    *widget.Label
	meta       *widget.Label
	text       *wrapEntry
	claimant   *keyEntry
	date       *keyEntry
	status     *keySelect
	verdict    *keySelect
	swatch     *canvas.Rectangle
	verdictRow *fyne.Container
	conclusion *keyEntry
	rationale  *wrapEntry
	tags       *keyEntry
	form       *widget.Form
	save       *widget.Button
	revert     *widget.Button
	del        *widget.Button
	article    *widget.Button
	tabs       *container.AppTabs
	seenTab    *container.TabItem // the "Seen before" tab (seen.go)
	evidence   *evidencePane
	history    *historyPane
	notes      inputNotes        // refused input, shown under its field
	seen       *seenPane         // the Seen before tab (seen.go)
	body       *fyne.Container   // the editor, hidden while no claim is open
	hint       fyne.CanvasObject // shown while no claim is open

	// onShown, when set, is called after the editor changed to another
	// claim, a new one or none (the claims list marks its row).
	onShown func()
	// onSaved, when set, is called with a stored claim after it was saved.
	onSaved func(c *claims.Claim)
}

// newClaimEditor creates an empty editor.
func newClaimEditor(u *ui) *claimEditor {
	e := &claimEditor{u: u}
	e.evidence = newEvidencePane(u, e)
	e.history = newHistoryPane(u)
	e.seen = newSeenPane(u, e)
	return e
}

// content returns the editor's widget tree.
func (e *claimEditor) content() fyne.CanvasObject {
	changed := func(string) { e.markDirty() }
	e.heading = &widget.Label{Text: lang.L("Claim"), TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	e.meta = &widget.Label{SizeName: theme.SizeNameCaptionText, Truncation: fyne.TextTruncateEllipsis}
	e.text = newWrapEntry(lang.L("The statement to check, as it was made"), changed, e.u.windowKey)
	e.text.SetMinRowsVisible(4)
	e.claimant = e.u.lineEntry(lang.L("Who made the claim"), changed)
	e.date = e.u.lineEntry(lang.L("YYYY-MM-DD"), changed)
	statuses := make([]string, len(claims.Statuses))
	for i, s := range claims.Statuses {
		statuses[i] = statusLabel(s)
	}
	e.status = newKeySelect(statuses, e.u.windowKey)
	e.status.OnChanged = changed
	e.verdict = newKeySelect(nil, e.u.windowKey)
	e.verdict.PlaceHolder, e.verdict.OnChanged = lang.L("No verdict"), func(string) { e.showSwatch(); e.markDirty() }
	e.swatch = canvas.NewRectangle(color0)
	e.swatch.CornerRadius = 4
	e.swatch.StrokeColor = theme.Color(theme.ColorNameDisabled)
	e.swatch.SetMinSize(fyne.NewSize(18, 18))
	e.verdictRow = border(nil, nil, container.NewCenter(e.swatch), nil, e.verdict)
	e.conclusion = e.u.lineEntry(lang.L("The verdict in one sentence"), changed)
	e.rationale = newWrapEntry(lang.L("Why the verdict holds: what the evidence shows"), changed, e.u.windowKey)
	e.rationale.SetMinRowsVisible(4)
	e.text.onLong, e.rationale.onLong = e.showMeta, e.showMeta // a paste kept whole
	e.tags = e.u.lineEntry(lang.L("Comma-separated, e.g. un, economy"), changed)
	e.form = widget.NewForm(
		widget.NewFormItem(lang.L("Claim"), e.notes.add("text", e.text)),
		widget.NewFormItem(lang.L("Claimant"), e.claimant),
		widget.NewFormItem(lang.L("Claim date"), e.notes.add("date", e.date)),
		widget.NewFormItem(lang.L("Status"), e.status),
		widget.NewFormItem(lang.L("Verdict"), e.notes.add("verdict", container.NewVBox(e.verdictRow, e.conclusion))),
		widget.NewFormItem(lang.L("Rationale"), e.rationale),
		widget.NewFormItem(lang.L("Tags"), e.tags),
	)

	e.save = &widget.Button{Text: lang.L("Save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.onSave}
	e.revert = &widget.Button{Text: lang.L("Revert"), Icon: theme.ContentUndoIcon(), OnTapped: e.onRevert}
	e.del = &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: e.onDelete}
	e.article = &widget.Button{Text: lang.L("Open article"), Icon: theme.DocumentIcon(), OnTapped: e.onOpenArticle}
	for _, b := range []*widget.Button{e.save, e.revert, e.del, e.article} {
		b.OnTapped = e.u.safe(b.Text, b.OnTapped)
		b.ExtendBaseWidget(b)
	}
	buttons := container.NewHBox(e.save, e.revert, e.article, layoutSpacer(), e.del)

	// The tabs' order: evidenceTab counts on it.
	e.seenTab = container.NewTabItemWithIcon(lang.L("Seen before"), theme.SearchIcon(), e.seen.content())
	e.tabs = container.NewAppTabs(
		container.NewTabItemWithIcon(lang.L("Details"), theme.DocumentCreateIcon(), container.NewVScroll(e.form)),
		container.NewTabItemWithIcon(lang.L("Evidence"), theme.ListIcon(), e.evidence.content()),
		container.NewTabItemWithIcon(lang.L("History"), theme.HistoryIcon(), e.history.content()),
		e.seenTab,
	)
	e.tabs.OnSelected = func(t *container.TabItem) {
		if t == e.seenTab {
			e.seen.showIfStale()
		}
	}
	e.body = border(
		e.headingRow(),
		container.NewVBox(widget.NewSeparator(), buttons),
		nil, nil, e.tabs)
	hint := &widget.Label{Text: lang.L("Select a claim in the list, or create one with New claim (Ctrl+N)."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	e.hint = centered(&widget.Icon{Resource: theme.DocumentIcon()}, hint)
	e.body.Hide()
	return container.NewPadded(container.NewStack(e.hint, e.body))
}

// layoutSpacer is an expanding space for box layouts.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }

// centered stacks objs in the vertical middle at full width, so that a
// wrapping label wraps at the width of the pane (container.NewCenter would
// ask it for its narrowest, tallest size).
func centered(objs ...fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(append(append([]fyne.CanvasObject{layout.NewSpacer()}, objs...), layout.NewSpacer())...)
}

// claimID returns the ID of the claim being edited, "" for none or new.
func (e *claimEditor) claimID() string {
	if e.claim == nil {
		return ""
	}
	return e.claim.ID
}

// markDirty records that the fields hold unsaved edits.
func (e *claimEditor) markDirty() {
	if e.loading || e.dirty {
		return
	}
	e.dirty = true
	e.showState()
}

// showState updates the heading and buttons after a change of state.
func (e *claimEditor) showState() {
	title := lang.L("Claim")
	if e.isNew {
		title = lang.L("New claim")
	}
	if e.dirty {
		title += " · " + lang.L("unsaved changes")
		e.save.Enable()
		e.revert.Enable()
	} else {
		e.save.Disable()
		e.revert.Disable()
	}
	e.heading.SetText(title)
	if e.isNew || e.claim == nil {
		e.del.Disable()
	} else {
		e.del.Enable()
	}
	if e.claim != nil && e.claim.ArticleID != "" {
		e.article.Show()
	} else {
		e.article.Hide()
	}
}

// The indexes of the editor's Details and Evidence tabs.
const (
	detailsTab  = 0
	evidenceTab = 1
)

// newClaim opens an empty draft; it is stored on Save.
// Nothing of the claim shown before may remain: every field, the verdict
// box included, is filled from the empty draft (fill reads only its claim).
func (e *claimEditor) newClaim() {
	e.claim, e.isNew, e.dirty = nil, true, false
	e.fill(&claims.Claim{Status: claims.StatusNew})
	e.evidence.show("")
	e.history.show("")
	e.seen.show("")
	e.showState()
	e.tabs.SelectIndex(0)
	e.u.win.Canvas().Focus(e.text)
	e.shown()
}

// focusText puts the cursor into the claim's text when the Details tab is
// shown, so that typing and Tab go through the claim's fields: for a claim
// opened from another view ("Open in editor" in the reader, a search hit),
// where the focus would otherwise stay on the claims list or nowhere.
func (e *claimEditor) focusText() {
	if e.tabs.SelectedIndex() == 0 {
		e.u.win.Canvas().Focus(e.text)
	}
}

// shown tells the claims list which claim the editor shows now.
func (e *claimEditor) shown() {
	if e.onShown != nil {
		e.onShown()
	}
}

// load reads a claim in the background and shows it.
func (e *claimEditor) load(id string) {
	var c *claims.Claim
	var err error
	e.u.background(func() {
		c, err = e.u.svc.Claims.FindClaimByID(e.u.ctx(), id)
	}, func() {
		if err != nil {
			e.u.showError("The claim could not be opened.", err)
			return
		}
		e.show(c)
	})
}

// show puts a stored claim into the editor.
func (e *claimEditor) show(c *claims.Claim) {
	e.claim, e.isNew, e.dirty = c, false, false
	e.fill(c)
	e.evidence.show(c.ID)
	e.history.show(c.ID)
	e.seen.show(c.ID)
	e.showState()
	e.shown()
}

// fill sets every field from c without marking the editor dirty.
func (e *claimEditor) fill(c *claims.Claim) {
	e.loading = true
	defer func() { e.loading = false }()
	e.notes.clear()
	e.body.Show()
	e.hint.Hide()
	e.text.setValue(c.Text) // a text too long to edit is shown cut (entry_long.go)
	e.claimant.SetText(c.Claimant)
	e.date.SetText(formatDate(c.ClaimDate))
	e.status.SetSelectedIndex(max(0, slices.Index(claims.Statuses, c.Status)))
	e.verdictOptions(c.RatingID, c.Conclusion != "")
	e.conclusion.SetText(c.Conclusion)
	e.rationale.setValue(c.Rationale)
	e.tags.SetText(strings.Join(c.Tags, ", "))
	e.meta.SetText(e.metaLine(c))
}

// setVerdictOptions offers the verdicts again for the claim shown (the active
// scale changed), keeping a verdict chosen but not saved yet.
func (e *claimEditor) setVerdictOptions() {
	if e.verdict == nil {
		return
	}
	cur, hasConclusion := "", false
	if e.claim != nil {
		cur, hasConclusion = e.claim.RatingID, e.claim.Conclusion != ""
	}
	if e.dirty || e.isNew {
		cur = e.selectedRating()
	}
	e.verdictOptions(cur, hasConclusion)
}

// verdictOptions offers the ratings of the active scale (and the rating cur
// when it comes from another scale, or from one not read yet) with cur
// chosen, or the conclusion field when the active scale is free text or
// hasConclusion. It reads nothing of e.claim: fill shows a claim that is
// not e.claim yet (rebase).
func (e *claimEditor) verdictOptions(cur string, hasConclusion bool) {
	if e.verdict == nil {
		return
	}
	loading := e.loading
	e.loading = true
	defer func() { e.loading = loading }()
	e.ratings = nil
	freeText := false
	if a := e.u.scales.active; a != nil {
		e.ratings = append(e.ratings, a.Ratings...)
		freeText = a.FreeText
	}
	if cur != "" && !slices.ContainsFunc(e.ratings, func(x claims.Rating) bool { return x.ID == cur }) {
		r, ok := e.u.scales.rating(cur)
		if !ok {
			r = claims.Rating{ID: cur, LabelEN: cur} // of a scale not read yet: shown by its ID, never dropped by a save
		}
		e.ratings = append(e.ratings, r)
	}
	opts := e.u.scales.verdictChoices([]string{lang.L("No verdict")}, e.ratings)
	sel := 0
	for i, r := range e.ratings {
		if r.ID == cur {
			sel = i + 1
		}
	}
	e.verdict.Options = opts
	e.verdict.SetSelectedIndex(sel)
	e.showSwatch()
	e.verdictRow.Hidden = freeText && cur == ""
	e.conclusion.Hidden = !freeText && !hasConclusion
	e.form.Refresh()
}

// selectedRating returns the rating ID chosen in the verdict box.
func (e *claimEditor) selectedRating() string {
	if i := e.verdict.SelectedIndex(); i > 0 && i-1 < len(e.ratings) {
		return e.ratings[i-1].ID
	}
	return ""
}

// showSwatch colours the swatch beside the verdict box. Without a verdict
// it draws nothing: an empty outlined square read as a check box to click.
func (e *claimEditor) showSwatch() {
	if r, ok := e.u.scales.rating(e.selectedRating()); ok {
		e.swatch.FillColor = parseColor(r.Color)
		e.swatch.StrokeWidth = 1
	} else {
		e.swatch.FillColor = color0
		e.swatch.StrokeWidth = 0
	}
	e.swatch.Refresh()
}

// guard runs next when nothing is unsaved, else asks first.
func (e *claimEditor) guard(next func()) { e.guardOr(next, func() {}) }

// guardOr runs next when nothing is unsaved; else it asks whether to save
// (then next runs after a successful save), discard (next runs) or cancel
// (cancel runs and the edits stay).
func (e *claimEditor) guardOr(next, cancel func()) {
	if !e.dirty {
		next()
		return
	}
	askSaveChanges(e.u.win, lang.L("This claim has changes that are not saved yet."), lang.L("Cancel"), cancel,
		func() {
			e.dirty = false
			next()
		},
		func() { e.saveThen(next) })
}

// onSave stores the edits.
func (e *claimEditor) onSave() { e.saveThen(nil) }

// onRevert drops the edits and shows the stored claim again.
func (e *claimEditor) onRevert() {
	if e.claim != nil {
		e.show(e.claim)
		e.reloadIfClean() // the version stored now, if another checker saved since it was opened
		return
	}
	e.dirty = false
	e.newClaim()
}
