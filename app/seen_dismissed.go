package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
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
	acc  *widget.Accordion
	item *widget.AccordionItem
	box  *fyne.Container
	rows []*claims.Dismissal // as shown, newest first
}

// content returns the folded list.
func (g *seenDismissed) content() fyne.CanvasObject {
	g.box = container.NewVBox()
	g.item = widget.NewAccordionItem("", g.box)
	g.acc = widget.NewAccordion(g.item)
	g.acc.Hide()
	return g.acc
}

// fill shows the dismissals of the pane's claim, keeping the list open or
// folded as it was.
func (g *seenDismissed) fill(p *seenPane, ds []*claims.Dismissal) {
	g.rows = ds
	g.box.RemoveAll()
	if len(ds) == 0 {
		g.acc.Hide()
		return
	}
	g.item.Title = fmt.Sprintf(lang.L("Dismissed as not the same (%d)"), len(ds))
	for _, d := range ds {
		g.box.Add(g.row(p, d))
	}
	g.acc.Show()
	g.acc.Refresh()
}

// row shows one dismissed pair.
func (g *seenDismissed) row(p *seenPane, d *claims.Dismissal) fyne.CanvasObject {
	text := d.Text
	if text == "" {
		text = lang.L("(no longer there)")
	}
	where := d.Where
	if d.Kind == claims.TargetClaim {
		where = lang.L("this desk")
	}
	meta := fmt.Sprintf(lang.L("dismissed by %s on %s"), d.By, formatDate(d.At))
	if where != "" {
		meta = where + " · " + meta
	}
	claimID, kind, target := p.claimID, d.Kind, d.TargetID
	back := &widget.Button{Text: lang.L("Suggest again"), Icon: theme.ContentUndoIcon(),
		OnTapped: p.u.safe("Suggest again", func() { p.undismiss(claimID, kind, target) })}
	return container.NewVBox(
		&widget.Label{Text: oneLine(text, 400), Wrapping: fyne.TextWrapWord},
		&widget.Label{Text: meta, Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance},
		container.NewHBox(back), widget.NewSeparator())
}
