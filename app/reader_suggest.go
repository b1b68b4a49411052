package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// suggestionInfo is what a suggestion row shows.
type suggestionInfo struct {
	text     string
	score    float64
	claimant string
	kinds    []string
	reasons  []string
	color    fyne.ThemeColorName
	accepted bool      // a claim was made from this suggestion
	busy     bool      // the claim is being stored
	seen     *seenMark // an earlier check of the sentence, or nil
}

// meta is the second line of a suggestion: claimant, kinds and the first
// reason.
func (s suggestionInfo) meta() string {
	var parts []string
	if s.seen.onRow() {
		parts = append(parts, s.seen.text())
	}
	if s.claimant != "" {
		parts = append(parts, s.claimant)
	}
	if len(s.kinds) > 0 {
		parts = append(parts, kindsText(s.kinds))
	}
	if len(s.reasons) > 0 {
		parts = append(parts, reasonText(s.reasons[0]))
	}
	if len(parts) == 0 {
		return lang.L("No claimant found")
	}
	return strings.Join(parts, " · ")
}

// suggestionList lists suggestions best first. With the list focused, Up
// and Down move the selection and A or Enter accepts the selected one.
type suggestionList struct {
	widget.List
	selected int
	count    func() int
	onAccept func(i int)
	onKey    func(*fyne.KeyEvent) bool // the window's keys (offerWindowKey)
}

// newSuggestionList returns the list; the caller sets the data callbacks.
func newSuggestionList() *suggestionList {
	l := &suggestionList{selected: -1}
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey moves the selection with the arrow keys and accepts on Enter;
// F1 and Escape go to the window.
func (l *suggestionList) TypedKey(ev *fyne.KeyEvent) {
	if offerWindowKey(l.onKey, ev) {
		return
	}
	n := l.count()
	switch ev.Name {
	case fyne.KeyDown:
		if l.selected+1 < n {
			l.Select(l.selected + 1)
		}
	case fyne.KeyUp:
		if l.selected > 0 {
			l.Select(l.selected - 1)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		l.accept()
	default:
		l.List.TypedKey(ev)
	}
}

// TypedRune accepts the selected suggestion on A.
func (l *suggestionList) TypedRune(r rune) {
	if r == 'a' || r == 'A' {
		l.accept()
	}
}

// accept accepts the selected suggestion.
func (l *suggestionList) accept() {
	if l.selected >= 0 && l.selected < l.count() && l.onAccept != nil {
		l.onAccept(l.selected)
	}
}

// suggestionRow shows one suggestion: a score bar, the score, the sentence
// and below it claimant, kinds and the main reason; on the right an Accept
// button, or "accepted" once a claim exists.
type suggestionRow struct {
	widget.BaseWidget
	info     suggestionInfo
	onAccept func()
	onTap    func() // a click on the row, outside its Accept button
}

// newSuggestionRow returns an empty row.
func newSuggestionRow() *suggestionRow {
	r := &suggestionRow{}
	r.ExtendBaseWidget(r)
	return r
}

// set shows info; accept is called by the row's Accept button, tap by a
// click elsewhere on the row.
func (r *suggestionRow) set(info suggestionInfo, accept, tap func()) {
	r.info, r.onAccept, r.onTap = info, accept, tap
	r.Refresh()
}

// Tapped handles a click on the row. The row takes the click from Fyne's
// list item, which selects the row but does nothing when it is selected
// already, and in the window cannot give the focus to the extended list
// (see suggestionPanel.tapRow).
func (r *suggestionRow) Tapped(*fyne.PointEvent) {
	if r.onTap != nil {
		r.onTap()
	}
}

// CreateRenderer implements fyne.Widget.
func (r *suggestionRow) CreateRenderer() fyne.WidgetRenderer {
	rr := &suggestionRowRenderer{
		row:      r,
		bar:      &canvas.Rectangle{CornerRadius: 2},
		score:    &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}},
		text:     &widget.Label{Wrapping: fyne.TextWrapWord, Truncation: fyne.TextTruncateEllipsis},
		meta:     &widget.Label{Truncation: fyne.TextTruncateEllipsis, SizeName: theme.SizeNameCaptionText},
		accepted: &widget.Label{Text: "✓ " + lang.L("accepted"), Importance: widget.SuccessImportance},
		chip:     &canvas.Rectangle{CornerRadius: 3},
	}
	rr.textHeight = (&widget.Label{Text: "X\nX"}).MinSize().Height // two lines
	rr.button = &widget.Button{Text: lang.L("Accept"), Icon: theme.ConfirmIcon(), OnTapped: func() {
		if r.onAccept != nil {
			r.onAccept()
		}
	}}
	rr.Refresh()
	return rr
}

// suggestionRowRenderer draws a suggestionRow.
type suggestionRowRenderer struct {
	row      *suggestionRow
	bar      *canvas.Rectangle
	score    *canvas.Text
	text     *widget.Label
	meta     *widget.Label
	button   *widget.Button
	accepted *widget.Label
	chip     *canvas.Rectangle // the earlier verdict's colour, before the details

	textHeight float32 // of two lines of sentence text
}

// Destroy has nothing to release.
func (rr *suggestionRowRenderer) Destroy() {}

// Layout: bar and score on the left, two lines of text, the action right.
func (rr *suggestionRowRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	rr.bar.Move(fyne.NewPos(0, pad))
	rr.bar.Resize(fyne.NewSize(barWidth, size.Height-2*pad))
	ss := rr.score.MinSize()
	rr.score.Move(fyne.NewPos(barWidth+2*pad, theme.InnerPadding()))
	rr.score.Resize(ss)
	action := fyne.CanvasObject(rr.button)
	if rr.row.info.accepted {
		action = rr.accepted
	}
	as := action.MinSize()
	right := size.Width - as.Width - 2*pad // clear of the list's scroll bar
	action.Move(fyne.NewPos(right, max(0, (rr.textHeight-2*pad-as.Height)/2+pad)))
	action.Resize(as)
	left := barWidth + 2*pad + ss.Width
	w := max(0, right-left-pad)
	rr.text.Move(fyne.NewPos(left, 0))
	rr.text.Resize(fyne.NewSize(w, rr.textHeight))
	// The details run under the action, to the row's end: beside it they
	// were cut after a dozen letters in a narrow panel („Schon geprüft:
	// Falsc…“, the earlier verdict lost).
	layoutSeenChip(rr.chip, rr.meta, left, rr.textHeight-2*pad, max(0, size.Width-2*pad-left))
}

// MinSize is two lines of sentence and one of details high.
func (rr *suggestionRowRenderer) MinSize() fyne.Size {
	h := rr.textHeight - 2*theme.Padding() + rr.meta.MinSize().Height
	return fyne.NewSize(200, max(h, rr.button.MinSize().Height+2*theme.Padding()))
}

// Objects returns the drawn parts.
func (rr *suggestionRowRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{rr.bar, rr.score, rr.text, rr.meta, rr.button, rr.accepted, rr.chip}
}

// Refresh applies the row's info with the current theme's colours.
func (rr *suggestionRowRenderer) Refresh() {
	info := rr.row.info
	th := rr.row.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	rr.bar.FillColor = color.Transparent
	rr.score.Color = th.Color(theme.ColorNameForeground, variant)
	if info.color != "" {
		rr.bar.FillColor = th.Color(info.color, variant)
	}
	rr.score.Text = formatScore(info.score)
	rr.score.TextSize = th.Size(theme.SizeNameText)
	rr.text.SetText(info.text)
	rr.meta.SetText(info.meta())
	if info.accepted { // Show and Hide redraw: a button shown again by its field had lost its ✓ icon (walk28, walk29)
		rr.button.Hide()
	} else {
		rr.button.Show()
	}
	rr.accepted.Hidden = !info.accepted
	if info.busy {
		rr.button.Disable()
	} else {
		rr.button.Enable()
	}
	setSeenChip(rr.chip, info.seen)
	rr.Layout(rr.row.Size())
	canvas.Refresh(rr.bar)
	canvas.Refresh(rr.score)
}

// scoreColor is the colour name of the margin bar for a score: strong for
// high scores, the warning colour for check-worthy ones, a faint mark just
// below the threshold and none for the rest.
func scoreColor(score, threshold float64) fyne.ThemeColorName {
	switch {
	case score >= 0.8 && score >= threshold:
		return theme.ColorNameError
	case score >= threshold:
		return theme.ColorNameWarning
	case score >= threshold-0.15:
		return theme.ColorNameDisabled
	default:
		return ""
	}
}
