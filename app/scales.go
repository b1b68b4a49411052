package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// scaleEditor edits the labels and colours of one rating scale.
type scaleEditor struct {
	u      *ui
	scale  *claims.RatingScale // a copy; saved with SaveScale
	en, de []*keyEntry
	colors []*keyEntry
	dlg    *dialog.ConfirmDialog
}

// newScaleEditor returns an editor for a copy of s.
func newScaleEditor(u *ui, s *claims.RatingScale) *scaleEditor {
	cp := *s
	cp.Ratings = append([]claims.Rating(nil), s.Ratings...)
	return &scaleEditor{u: u, scale: &cp}
}

// show opens the editor; a free-text scale has nothing to edit.
func (e *scaleEditor) show() {
	if e.scale.FreeText {
		e.u.showInfo("Free-text conclusions", lang.L("This scale has no labels: each verdict is written as one sentence."))
		return
	}
	grid := container.NewGridWithColumns(4,
		&widget.Label{Text: lang.L("Colour"), TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: lang.L("English label"), TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: lang.L("German label"), TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: "#rrggbb", TextStyle: fyne.TextStyle{Bold: true}},
	)
	for _, r := range e.scale.Ratings {
		swatch := canvas.NewRectangle(parseColor(r.Color))
		swatch.CornerRadius = 4
		swatch.SetMinSize(fyne.NewSize(24, 24))
		en := e.u.lineEntry("", nil)
		en.SetText(r.LabelEN)
		de := e.u.lineEntry("", nil)
		de.SetText(r.LabelDE)
		col := e.u.lineEntry("", nil)
		col.SetText(r.Color)
		col.OnChanged = func(s string) {
			swatch.FillColor = parseColor(strings.TrimSpace(s))
			swatch.Refresh()
		}
		e.en, e.de, e.colors = append(e.en, en), append(e.de, de), append(e.colors, col)
		grid.Add(container.NewCenter(swatch))
		grid.Add(en)
		grid.Add(de)
		grid.Add(col)
	}
	title := lang.L("Rating scale") + ": " + scaleName(e.scale)
	e.dlg = dialog.NewCustomConfirm(title, lang.L("Save"), lang.L("Cancel"), container.NewVScroll(grid), func(ok bool) {
		if ok {
			e.onSave()
		}
	}, e.u.win)
	e.dlg.Resize(fyne.NewSize(720, 520))
	e.dlg.Show()
}

// onSave stores the edited scale; on failure the editor opens again.
func (e *scaleEditor) onSave() {
	for i := range e.scale.Ratings {
		e.scale.Ratings[i].LabelEN = strings.TrimSpace(e.en[i].Text)
		e.scale.Ratings[i].LabelDE = strings.TrimSpace(e.de[i].Text)
		e.scale.Ratings[i].Color = strings.TrimSpace(e.colors[i].Text)
	}
	s := e.scale
	if level, field, err := scaleFault(s); err != nil {
		e.u.showErrorThen("The rating scale could not be saved.", err, func() { e.reopen(e.entry(level, field)) })
		return
	}
	var err error
	e.u.background(func() {
		err = e.u.svc.Scales.SaveScale(e.u.ctx(), s)
	}, func() {
		if err != nil {
			e.u.showErrorThen("The rating scale could not be saved.", err, func() { e.reopen(nil) })
			return
		}
		e.u.reloadScales()
	})
}

// entry returns the editor's field of the level at index level.
func (e *scaleEditor) entry(level int, field scaleField) *keyEntry {
	switch field {
	case fieldLabelDE:
		return e.de[level]
	case fieldColor:
		return e.colors[level]
	}
	return e.en[level]
}

// reopen shows the editor again after a refused save, with the keys going
// to the field at fault. Hiding the dialog dropped its focus without
// telling the field that had it, which stayed drawn focused but took no
// keys; so every field is told it lost the focus first, and at (when not
// nil) gets it anew.
func (e *scaleEditor) reopen(at *keyEntry) {
	for _, fields := range [][]*keyEntry{e.en, e.de, e.colors} {
		for _, f := range fields {
			f.FocusLost()
		}
	}
	e.dlg.Show()
	if at != nil {
		e.u.win.Canvas().Focus(at)
	}
}
