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
// folded as it was. same holds the earlier checks the claim is the same
// claim as (match.Same): a dismissal among them is a pair both linked and
// dismissed, which a database written before link and dismiss refused it
// may hold (claimctl check lists them all). Such a row says so, the title
// counts them, and the list opens: the checker is to keep one of the two.
func (g *seenDismissed) fill(p *seenPane, ds []*claims.Dismissal, same map[string]bool) {
	g.rows = ds
	rows := make([]fyne.CanvasObject, 0, len(ds))
	both := 0
	for _, d := range ds {
		linked := d.Text != "" && same[claims.TargetKey(d.Kind, d.TargetID)]
		if linked {
			both++
		}
		rows = append(rows, g.row(p, d, linked))
	}
	title := fmt.Sprintf(lang.L("Dismissed as not the same (%d)"), len(ds))
	if both > 0 {
		title += " · " + fmt.Sprintf(lang.L("%d also linked as the same"), both)
	}
	g.show(title, rows)
	if both > 0 {
		g.acc.Open(0)
	}
}

// alsoLinked is what a dismissed row says when the pair is linked as the
// same claim too.
const alsoLinked = "Also linked as the same claim (to this one, or through claims linked to it): it cannot be both. Suggest again keeps the link; to keep the dismissal, take back the link under Linked as the same (Not the same after all)."

// row shows one dismissed pair; one whose other side is no longer there
// (deleted, its archive removed) has no Suggest again: it can never be
// suggested, and the store can no longer take that dismissal back.
// linked: the pair is linked as the same claim too (fill).
func (g *seenDismissed) row(p *seenPane, d *claims.Dismissal, linked bool) fyne.CanvasObject {
	meta := fmt.Sprintf(lang.L("dismissed by %s on %s"), d.By, formatDate(d.At))
	if d.Text == "" {
		return pairRow(lang.L("(no longer there)"), d.Where, d.Kind, meta, "", nil)
	}
	warn := ""
	if linked {
		warn = lang.L(alsoLinked)
	}
	claimID, kind, target := p.claimID, d.Kind, d.TargetID
	back := &widget.Button{Text: lang.L("Suggest again"), Icon: theme.ContentUndoIcon(),
		OnTapped: p.u.safe("Suggest again", func() { p.undismiss(claimID, kind, target) })}
	return pairRow(d.Text, d.Where, d.Kind, meta, warn, back)
}
