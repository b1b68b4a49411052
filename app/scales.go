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

// scaleEditor edits one rating scale: the labels and colours of its levels
// and, for a scale of the newsroom's own (not a preset), its name and its
// levels themselves: add, remove, move up and down (scale_levels.go).
type scaleEditor struct {
	u     *ui
	scale *claims.RatingScale // a copy; its Ratings follow the rows' order
	// isNew: the scale is not stored yet (New scale…); saving creates it.
	isNew bool
	// stored are the IDs of the levels as stored, best first.
	stored []string
	name   *keyEntry // nil for a preset, whose name is not edited
	en, de []*keyEntry
	colors []*keyEntry
	// rows holds each level's widgets: swatch, labels, colour, buttons.
	rows   []*levelRow
	grid   *fyne.Container
	scroll *container.Scroll // scrolls grid
	dlg    *dialog.ConfirmDialog
}

// newScaleEditor returns an editor for a copy of s.
func newScaleEditor(u *ui, s *claims.RatingScale) *scaleEditor {
	cp := *s
	cp.Ratings = append([]claims.Rating(nil), s.Ratings...)
	e := &scaleEditor{u: u, scale: &cp}
	for _, r := range s.Ratings {
		e.stored = append(e.stored, r.ID)
	}
	return e
}

// structural reports whether the editor may add, remove and move levels:
// not on a preset, whose levels every database shares (a changed preset
// arrives elsewhere as a copy); a copy of it may (New scale…).
func (e *scaleEditor) structural() bool { return !e.scale.Preset }

// show opens the editor; a free-text scale has nothing to edit.
func (e *scaleEditor) show() {
	if e.scale.FreeText {
		e.u.showInfo("Free-text conclusions", lang.L("This scale has no labels: each verdict is written as one sentence."))
		return
	}
	cols := 4
	if e.structural() {
		cols = 5
	}
	e.grid = container.NewGridWithColumns(cols)
	for _, r := range e.scale.Ratings {
		e.rows = append(e.rows, e.newRow(r))
	}
	e.layoutRows()
	top := container.NewVBox()
	if e.structural() {
		e.name = e.u.lineEntry(lang.L("Name of the scale"), nil)
		e.name.SetText(e.scale.Name)
		top.Add(widget.NewForm(widget.NewFormItem(lang.L("Name"), e.name)))
	} else {
		top.Add(e.presetNote())
	}
	bottom := container.NewHBox()
	if e.structural() {
		bottom.Add(e.addButton())
	}
	if !e.isNew {
		bottom.Add(e.historyButton())
	}
	e.scroll = container.NewVScroll(e.grid)
	body := border(top, bottom, nil, nil, e.scroll)
	title := lang.L("Rating scale") + ": " + scaleName(e.scale)
	if e.isNew {
		title = lang.L("New rating scale")
	}
	e.dlg = dialog.NewCustomConfirm(title, lang.L("Save"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			e.onSave()
		}
	}, e.u.win)
	e.dlg.Resize(fyne.NewSize(860, 560))
	e.dlg.Show()
}

// newRow makes the widgets of level r.
func (e *scaleEditor) newRow(r claims.Rating) *levelRow {
	row := &levelRow{rating: r, swatch: canvas.NewRectangle(parseColor(r.Color))}
	row.swatch.CornerRadius = 4
	row.swatch.SetMinSize(fyne.NewSize(24, 24))
	row.en = e.u.lineEntry(lang.L("English label"), nil)
	row.en.SetText(r.LabelEN)
	row.de = e.u.lineEntry(lang.L("German label"), nil)
	row.de.SetText(r.LabelDE)
	row.color = e.u.lineEntry("#rrggbb", nil)
	row.color.SetText(r.Color)
	row.color.OnChanged = func(s string) {
		row.swatch.FillColor = parseColor(strings.TrimSpace(s))
		row.swatch.Refresh()
	}
	if e.structural() {
		e.addLevelButtons(row)
	}
	return row
}

// layoutRows fills the grid with the header and the rows in their order,
// and the editor's field lists with the rows' fields.
func (e *scaleEditor) layoutRows() {
	bold := fyne.TextStyle{Bold: true}
	objs := []fyne.CanvasObject{
		&widget.Label{Text: lang.L("Colour"), TextStyle: bold},
		&widget.Label{Text: lang.L("English label"), TextStyle: bold},
		&widget.Label{Text: lang.L("German label"), TextStyle: bold},
		&widget.Label{Text: "#rrggbb", TextStyle: bold},
	}
	if e.structural() {
		objs = append(objs, &widget.Label{Text: lang.L("Order"), TextStyle: bold})
	}
	e.en, e.de, e.colors = nil, nil, nil
	for i, row := range e.rows {
		e.en, e.de, e.colors = append(e.en, row.en), append(e.de, row.de), append(e.colors, row.color)
		objs = append(objs, container.NewCenter(row.swatch), row.en, row.de, row.color)
		if e.structural() {
			row.up.Enable()
			row.down.Enable()
			if i == 0 {
				row.up.Disable()
			}
			if i == len(e.rows)-1 {
				row.down.Disable()
			}
			objs = append(objs, container.NewHBox(row.up, row.down, row.remove))
		}
	}
	e.grid.Objects = objs
	e.grid.Refresh()
}

// presetNote says why a preset's levels cannot be added, removed or moved.
func (e *scaleEditor) presetNote() fyne.CanvasObject {
	return &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("A preset scale keeps its levels, as every database has them; labels and colours can be changed. To add, remove or reorder levels, make a copy: Settings, New scale…")}
}

// collect copies what is typed into the rows into e.scale, in the rows'
// order; when the levels changed (added, removed, moved, or a new scale)
// the order gives the ordinals, best first: the first of n levels gets n.
func (e *scaleEditor) collect() {
	if e.name != nil {
		e.scale.Name = strings.TrimSpace(e.name.Text)
	}
	e.scale.Ratings = e.scale.Ratings[:0]
	for _, row := range e.rows {
		r := row.rating
		r.LabelEN = strings.TrimSpace(row.en.Text)
		r.LabelDE = strings.TrimSpace(row.de.Text)
		r.Color = strings.TrimSpace(row.color.Text)
		e.scale.Ratings = append(e.scale.Ratings, r)
	}
	if e.isNew || !e.sameLevels() {
		for i := range e.scale.Ratings {
			e.scale.Ratings[i].Ordinal = len(e.scale.Ratings) - i
		}
	}
}

// sameLevels reports whether the scale has the stored levels in the
// stored order.
func (e *scaleEditor) sameLevels() bool {
	if len(e.stored) != len(e.scale.Ratings) {
		return false
	}
	for i, r := range e.scale.Ratings {
		if r.ID != e.stored[i] {
			return false
		}
	}
	return true
}

// onSave stores the edited scale; on failure the editor opens again.
func (e *scaleEditor) onSave() {
	e.collect()
	s := e.scale
	if e.name != nil && s.Name == "" {
		e.u.showErrorThen("The rating scale could not be saved.", claims.Errorf(claims.EINVALID, "Give the scale a name."), func() { e.reopen(e.name) })
		return
	}
	if level, field, err := scaleFault(s); err != nil {
		e.u.showErrorThen("The rating scale could not be saved.", err, func() { e.reopen(e.entry(level, field)) })
		return
	}
	saved := *s
	saved.Ratings = append([]claims.Rating(nil), s.Ratings...)
	var err error
	e.u.background(func() {
		err = e.u.svc.Scales.SaveScale(e.u.ctx(), &saved)
	}, func() {
		if err != nil {
			e.u.showErrorThen("The rating scale could not be saved.", err, func() { e.reopen(nil) })
			return
		}
		e.isNew = false
		e.stored = e.stored[:0]
		for _, r := range saved.Ratings {
			e.stored = append(e.stored, r.ID)
		}
		e.u.reloadScalesPicking(saved.ID)
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
	if e.name != nil {
		e.name.FocusLost()
	}
	e.dlg.Show()
	if at != nil {
		e.u.win.Canvas().Focus(at)
	}
}
