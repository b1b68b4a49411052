package app

import (
	"slices"

	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// levelRow is one level of the scale editor: the rating as it was read or
// made (its ID, ordinal and final flag), and the widgets that edit it.
type levelRow struct {
	rating           claims.Rating
	swatch           *canvas.Rectangle
	en, de, color    *keyEntry
	up, down, remove *widget.Button
}

// newLevelColor is the colour a new level starts with: a neutral grey.
const newLevelColor = "#757575"

// newRatingID returns a fresh ID for a level: a UUID, unique across scales.
func newRatingID() string { return claims.NewID() }

// newLevel returns an empty level of scale sc with a fresh ID.
func newLevel(sc *claims.RatingScale, color string) claims.Rating {
	return claims.Rating{ID: newRatingID(), ScaleID: sc.ID, Color: color, Final: true}
}

// addLevelButtons gives row its buttons to move it up or down and to
// remove it. They take the focus with Tab and act on Space, so the order
// can be changed from the keyboard; after a move the focus stays on the
// button, which moved with its level.
func (e *scaleEditor) addLevelButtons(row *levelRow) {
	row.up = &widget.Button{Icon: theme.MoveUpIcon(), OnTapped: e.u.safe("move level up", func() { e.moveLevel(row, -1) })}
	row.down = &widget.Button{Icon: theme.MoveDownIcon(), OnTapped: e.u.safe("move level down", func() { e.moveLevel(row, 1) })}
	row.remove = &widget.Button{Icon: theme.DeleteIcon(), OnTapped: e.u.safe("remove level", func() { e.removeLevel(row) })}
}

// addButton returns the button that adds a level at the end (the worst).
func (e *scaleEditor) addButton() *widget.Button {
	return &widget.Button{Text: lang.L("Add level"), Icon: theme.ContentAddIcon(), OnTapped: e.u.safe("add level", e.addLevel)}
}

// addLevel adds an empty level at the end, scrolls to it and puts the keys
// into its label in the window's language.
func (e *scaleEditor) addLevel() {
	row := e.newRow(newLevel(e.scale, newLevelColor))
	e.rows = append(e.rows, row)
	e.layoutRows()
	e.scroll.ScrollToBottom()
	at := row.en
	if uiLang() == "de" {
		at = row.de
	}
	e.u.win.Canvas().Focus(at)
}

// moveLevel moves row by d places (-1 up, towards the best; 1 down).
func (e *scaleEditor) moveLevel(row *levelRow, d int) {
	i := slices.Index(e.rows, row)
	j := i + d
	if i < 0 || j < 0 || j >= len(e.rows) {
		return
	}
	e.rows[i], e.rows[j] = e.rows[j], e.rows[i]
	e.layoutRows()
	focus := row.up
	if d > 0 {
		focus = row.down
	}
	if focus.Disabled() { // moved to the top or the end: the other way
		if d > 0 {
			focus = row.up
		} else {
			focus = row.down
		}
	}
	e.u.win.Canvas().Focus(focus)
}

// removeLevel removes row, unless it is the last level or claims use it as
// their verdict: then it says so at once, with how many, and nothing
// changes. A level not stored yet is used by no claim.
func (e *scaleEditor) removeLevel(row *levelRow) {
	if len(e.rows) == 1 {
		e.u.showInfo("Level kept", lang.L("A scale needs at least one level."))
		return
	}
	if !slices.Contains(e.stored, row.rating.ID) {
		e.dropRow(row)
		return
	}
	id := row.rating.ID
	var n int
	var err error
	e.u.background(func() {
		n, err = countRated(e.u, id)
	}, func() {
		switch {
		case err != nil:
			e.u.showError("The level could not be removed.", err)
		case n > 0:
			e.u.showInfo("Level still in use", lang.LocalizePlural(
				"“{{.Label}}” cannot be removed: {{.Count}} claims have it as their verdict. Give them another verdict first, or keep the level.",
				n, map[string]any{"Label": rowLabel(row), "Count": formatCount(n)}))
		default:
			e.dropRow(row)
		}
	})
}

// dropRow takes row out of the editor.
func (e *scaleEditor) dropRow(row *levelRow) {
	if i := slices.Index(e.rows, row); i >= 0 {
		e.rows = slices.Delete(e.rows, i, i+1)
		e.layoutRows()
	}
}

// rowLabel names a level as typed, in the window's language if it has one.
func rowLabel(row *levelRow) string {
	r := claims.Rating{LabelEN: row.en.Text, LabelDE: row.de.Text}
	return r.Label(uiLang())
}

// countRated counts the claims whose verdict is rating id.
func countRated(u *ui, id string) (int, error) {
	counts, err := u.svc.Claims.CountClaimsByStatus(u.ctx(), claims.ClaimFilter{RatingID: &id})
	n := 0
	for _, c := range counts {
		n += c
	}
	return n, err
}
