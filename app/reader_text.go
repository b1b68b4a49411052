package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Geometry of a sentence row: the margin holds the score bar, the check
// mark of a claimed sentence and the score.
const (
	barWidth    = 4
	checkX      = 8
	checkSize   = 16
	scoreX      = 28
	marginWidth = 62
)

// sentenceInfo is what a sentence row shows.
type sentenceInfo struct {
	text    string
	score   float64
	worthy  bool                // at or above the threshold: bold, score shown
	color   fyne.ThemeColorName // colour of the margin bar, "" for none
	claimed bool                // a claim is anchored in this sentence
	para    bool                // the sentence starts a paragraph
}

// sentenceView shows an article sentence by sentence in a virtualised list.
// Rows wrap, so each row's height is estimated from the text (wrapMetrics);
// when the width changes the list is rebuilt with new heights, which is
// cheaper than resizing thousands of rows one by one.
type sentenceView struct {
	widget.BaseWidget

	rows        []sentenceInfo
	heights     []float32 // row heights at width
	list        *sentenceList
	width       float32
	selected    int
	hitEnd      int // the last row of a search hit that starts at selected (selectRows)
	metrics     *wrapMetrics
	quiet       bool // true while the view selects a row itself
	onSelect    func(i int)
	onMoved     func(i int)               // the chosen row changed, by the checker or by the view
	onKey       func(*fyne.KeyEvent) bool // the window's keys (offerWindowKey)
	onMakeClaim func(i int)
	onAccept    func(i int) // A or Enter: accept sentence i if it is a suggestion
	focus       func(focusable)
}

// newSentenceView returns an empty sentence view.
func newSentenceView() *sentenceView {
	s := &sentenceView{selected: -1, hitEnd: -1}
	s.ExtendBaseWidget(s)
	s.list = s.newList()
	return s
}

// CreateRenderer implements fyne.Widget.
func (s *sentenceView) CreateRenderer() fyne.WidgetRenderer {
	return &sentenceViewRenderer{s: s}
}

// setRows replaces the rows; the list is rebuilt when heights may change.
func (s *sentenceView) setRows(rows []sentenceInfo, relayout bool) {
	s.rows = rows
	if s.selected >= len(rows) {
		s.selected = -1
	}
	if relayout || s.width == 0 {
		s.rebuild(s.Size().Width)
		s.Refresh()
		return
	}
	s.list.Refresh()
}

// selectRows selects row first as selectRow does and marks the rows after
// it up to last as well: a search hit running over a sentence's end.
func (s *sentenceView) selectRows(first, last int) {
	s.selectRow(first)
	if s.selected == first && last > first {
		s.hitEnd = last
		s.list.Refresh()
	}
}

// inHit reports whether row i is marked as a search hit's after the
// selected row.
func (s *sentenceView) inHit(i int) bool {
	return s.selected >= 0 && i > s.selected && i <= s.hitEnd
}

// selectRow selects row i without reporting back and scrolls it to the
// upper part of the view, with a little of the text before it in sight.
func (s *sentenceView) selectRow(i int) {
	if i < 0 || i >= len(s.rows) {
		return
	}
	s.clearHit()
	s.quiet = true
	s.list.Select(i)
	s.quiet = false
	if s.width <= 0 || s.metrics == nil {
		return
	}
	y := float32(0)
	sep := theme.Padding()
	for j := 0; j < i && j < len(s.heights); j++ {
		y += s.heights[j] + sep
	}
	s.list.ScrollToOffset(max(0, y-s.Size().Height/6))
}

// rowHeight returns the height of row i at the given list width.
func (s *sentenceView) rowHeight(i int, width float32) float32 {
	r := s.rows[i]
	h := s.metrics.height(s.metrics.lines(r.text, width-marginWidth, r.worthy))
	if r.para && i > 0 {
		h += theme.Padding() * 2
	}
	return h
}

// rebuild makes a new list for width, keeping scroll position and selection.
func (s *sentenceView) rebuild(width float32) {
	if width <= 0 {
		return
	}
	if s.metrics == nil {
		s.metrics = newWrapMetrics()
	}
	offset := s.list.GetScrollOffset()
	l := s.newList()
	s.heights = make([]float32, len(s.rows))
	for i := range s.rows {
		s.heights[i] = s.rowHeight(i, width)
		l.SetItemHeight(i, s.heights[i])
	}
	s.list = l
	s.width = width
	if s.selected >= 0 {
		s.quiet = true
		l.Select(s.selected)
		s.quiet = false
	}
	l.Resize(s.Size())
	l.ScrollToOffset(offset)
}

// newList creates the list widget over s.rows.
func (s *sentenceView) newList() *sentenceList {
	l := &sentenceList{view: s}
	l.Length = func() int { return len(s.rows) }
	l.CreateItem = func() fyne.CanvasObject { return newSentenceRow() }
	l.UpdateItem = func(i widget.ListItemID, o fyne.CanvasObject) {
		if i >= 0 && i < len(s.rows) {
			o.(*sentenceRow).set(s.rows[i], i > 0 && s.rows[i].para, s.inHit(i))
		}
	}
	l.OnSelected = func(i widget.ListItemID) {
		if !s.quiet {
			s.clearHit()
		}
		moved := s.selected != i
		s.selected = i
		if moved && s.onMoved != nil {
			s.onMoved(i)
		}
		if !s.quiet && s.onSelect != nil {
			s.onSelect(i)
		}
		if !s.quiet && s.focus != nil {
			s.focus(l) // for Ctrl+K; see suggestionPanel.onSelected
		}
	}
	l.ExtendBaseWidget(l)
	tapRows(&l.List, l) // a click focuses the list, also on the sentence chosen already (list_tap.go)
	return l
}

// clearHit ends the marking of a search hit's further rows.
func (s *sentenceView) clearHit() {
	if s.hitEnd > s.selected {
		s.hitEnd = -1
		s.list.Refresh()
	}
}

// sentenceViewRenderer lays out the current list.
type sentenceViewRenderer struct{ s *sentenceView }

// Destroy has nothing to release.
func (r *sentenceViewRenderer) Destroy() {}

// Layout rebuilds the list when the width changed and sizes it.
func (r *sentenceViewRenderer) Layout(size fyne.Size) {
	if size.Width != r.s.width {
		r.s.rebuild(size.Width)
	}
	r.s.list.Resize(size)
}

// MinSize is the smallest useful size.
func (r *sentenceViewRenderer) MinSize() fyne.Size { return fyne.NewSize(160, 120) }

// Objects returns the drawn parts.
func (r *sentenceViewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.list}
}

// Refresh redraws the list.
func (r *sentenceViewRenderer) Refresh() { r.s.list.Refresh() }

// sentenceList is the list of sentences; Ctrl+K makes the selected sentence
// a claim, and A or Enter accepts it when it is a suggestion (the
// suggestion panel shows it selected and says "A or Enter accepts the
// selected suggestion").
type sentenceList struct {
	widget.List
	view *sentenceView
}

// TypedRune accepts the selected sentence's suggestion on A.
func (l *sentenceList) TypedRune(r rune) {
	if r == 'a' || r == 'A' {
		l.acceptSelected()
	}
}

// TypedKey accepts the selected sentence's suggestion on Enter; F1 and
// Escape go to the window, other keys to the list.
func (l *sentenceList) TypedKey(ev *fyne.KeyEvent) {
	if offerWindowKey(l.view.onKey, ev) {
		return
	}
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		l.acceptSelected()
		return
	}
	l.List.TypedKey(ev)
}

// acceptSelected calls onAccept with the selected sentence.
func (l *sentenceList) acceptSelected() {
	if l.view.onAccept != nil && l.view.selected >= 0 {
		l.view.onAccept(l.view.selected)
	}
}

// TypedShortcut handles Ctrl+K.
func (l *sentenceList) TypedShortcut(sc fyne.Shortcut) {
	if isMakeClaimShortcut(sc) && l.view.onMakeClaim != nil && l.view.selected >= 0 {
		l.view.onMakeClaim(l.view.selected)
	}
}

// makeClaimShortcut is Ctrl+K (Cmd+K on macOS): make the selection a claim.
var makeClaimShortcut = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}

// isMakeClaimShortcut reports whether sc is Ctrl+K.
func isMakeClaimShortcut(sc fyne.Shortcut) bool {
	c, ok := sc.(*desktop.CustomShortcut)
	return ok && c.KeyName == fyne.KeyK && c.Modifier == fyne.KeyModifierShortcutDefault
}

// sentenceRow is one sentence with its margin: a bar coloured by score, a
// check mark when a claim was made from it and the score when it is
// check-worthy. Check-worthy sentences are bold.
type sentenceRow struct {
	widget.BaseWidget
	info sentenceInfo
	gap  bool
	hit  bool // marked with the selected row: one search hit
}

// newSentenceRow returns an empty row.
func newSentenceRow() *sentenceRow {
	r := &sentenceRow{}
	r.ExtendBaseWidget(r)
	return r
}

// set shows info; gap adds paragraph spacing above the row; hit marks it
// in the selection's colour.
func (r *sentenceRow) set(info sentenceInfo, gap, hit bool) {
	r.info, r.gap, r.hit = info, gap, hit
	r.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (r *sentenceRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &sentenceRowRenderer{
		row:   r,
		back:  &canvas.Rectangle{},
		bar:   &canvas.Rectangle{CornerRadius: 2},
		check: canvas.NewImageFromResource(theme.NewSuccessThemedResource(theme.ConfirmIcon())),
		score: &canvas.Text{TextStyle: fyne.TextStyle{Monospace: true}},
		text:  &widget.Label{Wrapping: fyne.TextWrapWord},
	}
	rr.check.FillMode = canvas.ImageFillContain
	rr.Refresh()
	return rr
}

// sentenceRowRenderer draws a sentenceRow.
type sentenceRowRenderer struct {
	row   *sentenceRow
	back  *canvas.Rectangle // the selection's colour on a search hit's row
	bar   *canvas.Rectangle
	check *canvas.Image
	score *canvas.Text
	text  *widget.Label
}

// Destroy has nothing to release.
func (rr *sentenceRowRenderer) Destroy() {}

// Layout places the margin items and the text.
func (rr *sentenceRowRenderer) Layout(size fyne.Size) {
	top := float32(0)
	if rr.row.gap {
		top = theme.Padding() * 2
	}
	pad := theme.InnerPadding()
	rr.back.Move(fyne.NewPos(0, top))
	rr.back.Resize(fyne.NewSize(size.Width, max(0, size.Height-top)))
	rr.bar.Move(fyne.NewPos(0, top+pad/2))
	rr.bar.Resize(fyne.NewSize(barWidth, max(0, size.Height-top-pad)))
	rr.check.Move(fyne.NewPos(checkX, top+pad))
	rr.check.Resize(fyne.NewSquareSize(checkSize))
	ts := rr.score.MinSize()
	rr.score.Move(fyne.NewPos(marginWidth-ts.Width-theme.Padding(), top+pad+(checkSize-ts.Height)/2))
	rr.score.Resize(ts)
	rr.text.Move(fyne.NewPos(marginWidth, top))
	rr.text.Resize(fyne.NewSize(max(0, size.Width-marginWidth), size.Height-top))
}

// MinSize is the smallest useful size.
func (rr *sentenceRowRenderer) MinSize() fyne.Size {
	return fyne.NewSize(marginWidth+80, rr.text.MinSize().Height)
}

// Objects returns the drawn parts.
func (rr *sentenceRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.back, rr.bar, rr.check, rr.score, rr.text}
}

// Refresh applies the row's info with the current theme's colours.
func (rr *sentenceRowRenderer) Refresh() {
	info := rr.row.info
	th := rr.row.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	rr.back.FillColor = th.Color(theme.ColorNameSelection, variant)
	rr.back.CornerRadius = th.Size(theme.SizeNameSelectionRadius)
	rr.back.Hidden = !rr.row.hit
	if info.color != "" {
		rr.bar.FillColor = th.Color(info.color, variant)
	} else {
		rr.bar.FillColor = color.Transparent
	}
	rr.check.Hidden = !info.claimed
	rr.score.Text = ""
	if info.worthy {
		rr.score.Text = formatScore(info.score)
	}
	rr.score.Color = th.Color(theme.ColorNameForeground, variant)
	rr.score.TextSize = th.Size(theme.SizeNameCaptionText)
	if rr.text.Text != info.text || rr.text.TextStyle.Bold != info.worthy {
		rr.text.Text = info.text
		rr.text.TextStyle.Bold = info.worthy
		rr.text.Refresh()
	}
	rr.Layout(rr.row.Size())
	canvas.Refresh(rr.back)
	canvas.Refresh(rr.bar)
	canvas.Refresh(rr.check)
	canvas.Refresh(rr.score)
}
