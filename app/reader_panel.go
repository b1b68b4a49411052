package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// suggestionPanel is the right side of the reader: the suggestions best
// first, the details of the selected one and the article's detached claims.
type suggestionPanel struct {
	r *readerView

	count    *widget.Label
	list     *suggestionList
	dScore   *widget.Label
	dText    *widget.Label
	dInfo    *widget.Label
	dAccept  *widget.Button
	dOpen    *widget.Button
	dSeen    *widget.Button // to the earlier check of a "Seen before" mark
	detail   *fyne.Container
	noDetail *widget.Label
	quiet    bool // true while the panel selects a suggestion itself
	current  int  // the unit whose details are shown, -1 for none
	detached *fyne.Container
	dList    *fyne.Container
	root     fyne.CanvasObject
}

// newSuggestionPanel builds the panel for reader r; threshold is the row
// with the threshold slider, shown under the count.
func newSuggestionPanel(r *readerView, threshold fyne.CanvasObject) *suggestionPanel {
	p := &suggestionPanel{r: r, current: -1}
	p.count = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	hint := &widget.Label{Text: lang.L("A or Enter accepts the selected suggestion."), SizeName: theme.SizeNameCaptionText, Truncation: fyne.TextTruncateEllipsis}
	p.list = newSuggestionList()
	p.list.count = func() int { return len(r.suggested) }
	p.list.onAccept = func(i int) { r.onAccept(r.suggested[i]) }
	p.list.onKey = r.u.windowKey
	p.list.Length = p.list.count
	p.list.CreateItem = func() fyne.CanvasObject { return newSuggestionRow() }
	p.list.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		r.u.safe("suggestion row", func() { p.updateRow(i, o) })()
	}
	p.list.OnSelected = r.u.safeID("suggestion list", p.onSelected)

	p.dScore = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	p.dText = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
	p.dInfo = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.dAccept = &widget.Button{Text: lang.L("Accept"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: r.u.safe("accept", p.onAcceptSelected)}
	p.dOpen = &widget.Button{Text: lang.L("Open in editor"), Icon: theme.DocumentCreateIcon(), OnTapped: r.u.safe("open claim", p.onOpenSelected)}
	p.dSeen = &widget.Button{Icon: theme.SearchIcon(), Importance: widget.LowImportance, OnTapped: r.u.safe("open earlier check", p.onOpenEarlier)}
	buttons := container.NewHBox(p.dAccept, p.dOpen)
	p.detail = container.NewVBox(border(nil, nil, nil, buttons, p.dScore), p.dText,
		container.NewHBox(p.dSeen), p.dInfo)
	p.detail.Hide()
	p.noDetail = &widget.Label{Text: lang.L("Select a suggestion to see its score, reasons and claimant."), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	detailScroll := container.NewVScroll(container.NewPadded(container.NewStack(p.noDetail, p.detail)))

	p.dList = container.NewVBox()
	p.detached = container.NewVBox(widget.NewSeparator(),
		&widget.Label{Text: lang.L("Detached claims"), TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: lang.L("Their quote is no longer in the article text."), SizeName: theme.SizeNameCaptionText, Wrapping: fyne.TextWrapWord},
		p.dList)
	p.detached.Hide()

	split := container.NewVSplit(p.list, detailScroll)
	split.Offset = 0.55
	p.root = border(container.NewVBox(p.count, threshold, hint), p.detached, nil, nil, split)
	return p
}

// updateRow fills row i of the list.
func (p *suggestionPanel) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i < 0 || i >= len(p.r.suggested) {
		return
	}
	unit := p.r.suggested[i]
	o.(*suggestionRow).set(p.info(unit), func() {
		p.list.Select(i)
		p.r.onAccept(unit)
	}, func() { p.tapRow(i) })
}

// tapRow answers a click on suggestion i: it selects it and shows its
// sentence in the text, also when it was selected already (the best one is
// after an article opens, with the text left at its start), and gives the
// list the focus, so that A and Enter reach it. Fyne's own tap did nothing
// on the selected row, and in the window it focuses the embedded
// widget.List, which the canvas does not know: the keys went nowhere.
func (p *suggestionPanel) tapRow(i widget.ListItemID) {
	if i < 0 || i >= len(p.r.suggested) {
		return
	}
	p.quiet = true
	p.list.Select(i) // the highlight; onSelected shows the details
	p.quiet = false
	p.list.selected, p.current = i, p.r.suggested[i]
	p.showDetail()
	p.r.sentences.selectRow(p.current)
	p.r.focus(p.list)
}

// info describes the suggestion of unit.
func (p *suggestionPanel) info(unit int) suggestionInfo {
	u := p.r.units[unit]
	return suggestionInfo{
		text:     shownUnit(u),
		score:    u.Score,
		claimant: u.Claimant,
		kinds:    u.Kinds,
		reasons:  u.Reasons,
		color:    scoreColor(u.Score, p.r.threshold),
		accepted: p.r.marks[unit].claimID != "",
		busy:     p.r.busy[unit],
		seen:     p.r.seenMarkOf(unit),
	}
}

// refresh redraws the list, the count, the details and the detached claims.
func (p *suggestionPanel) refresh() {
	n := len(p.r.suggested)
	p.count.SetText(lang.LocalizePlural("{{.Count}} suggestions", n, map[string]any{"Count": formatCount(n)}))
	p.list.Refresh()
	p.locateCurrent()
	p.showDetail()
	p.refreshDetached()
}

// onSelected shows the details and the sentence of suggestion i.
func (p *suggestionPanel) onSelected(i widget.ListItemID) {
	p.list.selected = i
	if i >= 0 && i < len(p.r.suggested) {
		p.current = p.r.suggested[i]
	}
	p.showDetail()
	if !p.quiet && i >= 0 && i < len(p.r.suggested) {
		p.r.sentences.selectRow(p.r.suggested[i])
		// Fyne focuses a tapped list through the embedded widget.List, which
		// the canvas does not know; focus the extended list so that A and
		// Enter reach it.
		p.r.focus(p.list)
	}
}

// selectFirst selects the best suggestion not accepted yet (the best one
// when all are), leaving the text where it is, so that A or Enter takes
// the next claim right away in an article reviewed before.
func (p *suggestionPanel) selectFirst() {
	if len(p.r.suggested) == 0 {
		return
	}
	i := p.firstOpen()
	p.quiet = true
	p.list.Select(i)
	p.quiet = false
	if i == 0 {
		p.list.ScrollToTop()
	} else {
		p.list.ScrollTo(i)
	}
}

// firstOpen returns the row of the best suggestion not accepted yet, or 0
// when every one is.
func (p *suggestionPanel) firstOpen() int {
	for i, u := range p.r.suggested {
		if p.r.marks[u].claimID == "" {
			return i
		}
	}
	return 0
}

// selectUnit shows the details of unit (a sentence chosen in the text) and
// selects its suggestion, if it is one; any sentence can be accepted there.
func (p *suggestionPanel) selectUnit(unit int) {
	p.current = unit
	p.locateCurrent()
	p.showDetail()
}

// locateCurrent selects the current unit's row in the suggestion list, or
// nothing when it is not a suggestion (after the threshold moved, say).
func (p *suggestionPanel) locateCurrent() {
	for i, u := range p.r.suggested {
		if u == p.current {
			p.list.selected = i
			p.quiet = true
			p.list.Select(i)
			p.quiet = false
			return
		}
	}
	p.list.selected = -1
	p.list.UnselectAll()
}

// selectedUnit returns the unit whose details are shown, or -1.
func (p *suggestionPanel) selectedUnit() int {
	if p.current >= 0 && p.current < len(p.r.units) {
		return p.current
	}
	return -1
}

// showDetail fills the detail area with the selected suggestion.
func (p *suggestionPanel) showDetail() {
	unit := p.selectedUnit()
	if unit < 0 {
		p.detail.Hide()
		p.noDetail.Show()
		return
	}
	p.noDetail.Hide()
	info := p.info(unit)
	score := lang.L("Score {{.Score}}", map[string]any{"Score": formatScore(info.score)})
	if info.accepted {
		score += " · ✓ " + lang.L("accepted")
	}
	p.dScore.SetText(score)
	p.dText.SetText(info.text)
	var lines []string
	if info.claimant != "" {
		lines = append(lines, lang.L("Claimant: {{.Name}}", map[string]any{"Name": info.claimant}))
	}
	if info.seen != nil {
		lines = append(lines, info.seen.detail())
	}
	if len(info.kinds) > 0 {
		lines = append(lines, lang.L("Kinds: {{.Kinds}}", map[string]any{"Kinds": kindsText(info.kinds)}))
	}
	if len(info.reasons) > 0 {
		lines = append(lines, lang.L("Reasons:"))
		for _, r := range info.reasons {
			lines = append(lines, "• "+reasonText(r))
		}
	}
	p.dInfo.SetText(strings.Join(lines, "\n"))
	p.dAccept.Hidden = info.accepted
	if info.busy {
		p.dAccept.Disable()
	} else {
		p.dAccept.Enable()
	}
	p.dOpen.Hidden = !info.accepted || p.r.u.openClaim == nil
	p.dSeen.Hidden = true
	if info.seen != nil {
		p.dSeen.SetText(earlierLabel(p.r.u, info.seen.target))
		p.dSeen.Hidden = p.dSeen.Text == ""
	}
	p.detail.Show()
	p.detail.Refresh()
}

// onAcceptSelected accepts the selected suggestion.
func (p *suggestionPanel) onAcceptSelected() {
	if unit := p.selectedUnit(); unit >= 0 {
		p.r.onAccept(unit)
	}
}

// onOpenSelected opens the claim made from the selected suggestion.
func (p *suggestionPanel) onOpenSelected() {
	if unit := p.selectedUnit(); unit >= 0 {
		p.r.openClaim(p.r.marks[unit].claimID)
	}
}

// onOpenEarlier goes to the earlier check of the selected suggestion.
func (p *suggestionPanel) onOpenEarlier() {
	if unit := p.selectedUnit(); unit >= 0 {
		if m := p.r.seenMarkOf(unit); m != nil {
			p.r.u.openEarlier(m.target)
		}
	}
}

// refreshDetached lists the article's claims whose anchor was lost.
func (p *suggestionPanel) refreshDetached() {
	p.dList.RemoveAll()
	for _, c := range p.r.claims {
		if !c.Detached {
			continue
		}
		id := c.ID
		text := &widget.Label{Text: "⚠ " + c.Text, Truncation: fyne.TextTruncateEllipsis}
		var open fyne.CanvasObject = widget.NewLabel("")
		if p.r.u.openClaim != nil {
			open = &widget.Button{Text: lang.L("Open"), Importance: widget.LowImportance, OnTapped: func() { p.r.openClaim(id) }}
		}
		p.dList.Add(border(nil, nil, nil, open, text))
	}
	p.detached.Hidden = len(p.dList.Objects) == 0
	p.detached.Refresh()
}
