package app

import (
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// scaleFieldLabel names a field of a rating scale's history (see
// claims.FieldLevelAdded and the others SaveScale records).
func scaleFieldLabel(f string) string {
	switch f {
	case claims.FieldName:
		return lang.L("Name")
	case claims.FieldLevelAdded:
		return lang.L("level added")
	case claims.FieldLevelRemoved:
		return lang.L("level removed")
	case claims.FieldLevel:
		return lang.L("level")
	case claims.FieldOrder:
		return lang.L("order (ordinals)")
	}
	return f
}

// historyButton returns the button that opens the stored scale's history:
// who made it and changed what, when.
func (e *scaleEditor) historyButton() *widget.Button {
	id := e.scale.ID
	return &widget.Button{Text: lang.L("History…"), Icon: theme.HistoryIcon(), OnTapped: e.u.safe("scale history", func() {
		e.u.showRecordHistory(id, e.scale)
	})}
}
