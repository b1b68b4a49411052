package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// newScaleDialog asks for the name of a new rating scale and what it
// starts from: two empty levels or a copy of a scale with levels.
type newScaleDialog struct {
	u     *ui
	name  *keyEntry
	start *keySelect
	// from are the scales start offers to copy, after "Two empty levels".
	from []*claims.RatingScale
	dlg  *dialog.ConfirmDialog
	// ed is the editor of the new scale, once the name was accepted.
	ed *scaleEditor
}

// onNewScale opens the New scale dialog, offering a copy of sel (the scale
// chosen in Settings; may be nil) first when it has levels.
func (u *ui) onNewScale(sel *claims.RatingScale) *newScaleDialog {
	d := &newScaleDialog{u: u}
	d.name = u.lineEntry(lang.L("e.g. Newsroom scale"), nil)
	options := []string{lang.L("Two empty levels")}
	chosen := 0
	for _, sc := range u.scales.scales {
		if sc.FreeText || len(sc.Ratings) == 0 {
			continue
		}
		d.from = append(d.from, sc)
		options = append(options, fmt.Sprintf(lang.L("Copy of “%s”"), scaleName(sc)))
		if sel != nil && sc.ID == sel.ID {
			chosen = len(d.from)
		}
	}
	d.start = newKeySelect(options, u.windowKey)
	d.start.SetSelectedIndex(chosen)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Name"), d.name),
		widget.NewFormItem(lang.L("Start from"), d.start),
	)
	d.dlg = dialog.NewCustomConfirm(lang.L("New rating scale"), lang.L("Create"), lang.L("Cancel"), form, u.safeOK("new scale", func(ok bool) {
		if ok {
			d.onCreate()
		}
	}), u.win)
	d.name.OnSubmitted = u.safeText("new scale name", func(string) { d.dlg.Hide(); d.onCreate() }) // Enter creates, as „Anlegen“ does
	d.dlg.Resize(fyne.NewSize(520, 0))
	d.dlg.Show()
	u.win.Canvas().Focus(d.name)
	return d
}

// onCreate checks the name and opens the scale editor on the new scale,
// not stored yet: Save there creates it, Cancel leaves nothing behind.
func (d *newScaleDialog) onCreate() {
	name := strings.TrimSpace(d.name.Text)
	var err error
	switch {
	case name == "":
		err = claims.Errorf(claims.EINVALID, "Give the scale a name.")
	case d.u.scaleNamed(name) != nil:
		err = claims.Errorf(claims.EINVALID, "A scale called “%s” exists already: give the new one another name.", name)
	}
	if err != nil {
		d.u.showErrorThen("The rating scale could not be created.", err, func() {
			d.name.FocusLost()
			d.dlg.Show()
			d.u.win.Canvas().Focus(d.name)
		})
		return
	}
	var from *claims.RatingScale
	if i := d.start.SelectedIndex(); i > 0 && i <= len(d.from) {
		from = d.from[i-1]
	}
	d.ed = newScaleEditor(d.u, newScale(name, from))
	d.ed.isNew = true
	d.ed.stored = nil
	d.ed.show()
}

// scaleNamed returns the scale called name (as Settings shows it, or as
// stored; case ignored), or nil.
func (u *ui) scaleNamed(name string) *claims.RatingScale {
	for _, sc := range u.scales.scales {
		if strings.EqualFold(sc.Name, name) || strings.EqualFold(scaleName(sc), name) {
			return sc
		}
	}
	return nil
}

// newScale returns a scale called name with a fresh ID: a copy of from's
// levels (labels, colours, order) with fresh IDs, or, when from is nil,
// two empty levels, green and red. It is not a preset.
func newScale(name string, from *claims.RatingScale) *claims.RatingScale {
	sc := &claims.RatingScale{ID: claims.NewID(), Name: name}
	if from == nil {
		sc.Ratings = []claims.Rating{newLevel(sc, "#2e7d32"), newLevel(sc, "#c62828")}
	} else {
		for _, r := range from.Ratings {
			lv := newLevel(sc, r.Color)
			lv.LabelEN, lv.LabelDE, lv.Final = r.LabelEN, r.LabelDE, r.Final
			sc.Ratings = append(sc.Ratings, lv)
		}
	}
	for i := range sc.Ratings {
		sc.Ratings[i].Ordinal = len(sc.Ratings) - i
	}
	return sc
}
