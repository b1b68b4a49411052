package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// seenDismissed is the part of the Seen before tab below the matches that
// lists the pairs dismissed for the claim — folded, under "Dismissed as
// not the same (N)" — each with who dismissed it and when, and Suggest
// again, which takes the dismissal back (in the history, as the dismissal
// was). Hidden when there is none.
type seenDismissed struct {
	seenFold
	rows []*claims.Dismissal // as shown, newest first
}

// fill shows the dismissals of the pane's claim, keeping the list open or
// folded as it was.
func (g *seenDismissed) fill(p *seenPane, ds []*claims.Dismissal) {
	g.rows = ds
	rows := make([]fyne.CanvasObject, 0, len(ds))
	for _, d := range ds {
		rows = append(rows, g.row(p, d))
	}
	g.show(fmt.Sprintf(lang.L("Dismissed as not the same (%d)"), len(ds)), rows)
}

// row shows one dismissed pair; one whose other side is no longer there
// (deleted, its archive removed) has no Suggest again: it can never be
// suggested, and the store can no longer take that dismissal back.
func (g *seenDismissed) row(p *seenPane, d *claims.Dismissal) fyne.CanvasObject {
	meta := fmt.Sprintf(lang.L("dismissed by %s on %s"), d.By, formatDate(d.At))
	if d.Text == "" {
		return pairRow(lang.L("(no longer there)"), d.Where, d.Kind, meta, nil)
	}
	claimID, kind, target := p.claimID, d.Kind, d.TargetID
	back := &widget.Button{Text: lang.L("Suggest again"), Icon: theme.ContentUndoIcon(),
		OnTapped: p.u.safe("Suggest again", func() { p.undismiss(claimID, kind, target) })}
	return pairRow(d.Text, d.Where, d.Kind, meta, back)
}
