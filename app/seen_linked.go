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

// seenLinked is the part of the Seen before tab below the matches that
// lists the links made to or from the claim — folded, under "Linked as the
// same (N)" — each with who linked it and when, and Not the same after
// all, which takes that link back (in the history, naming whose link it
// was); other links of the group stay (docs/seen-before.md). Hidden when
// there is none.
type seenLinked struct {
	acc  *widget.Accordion
	item *widget.AccordionItem
	box  *fyne.Container
	rows []*claims.PairLink // as shown, newest first
}

// content returns the folded list.
func (g *seenLinked) content() fyne.CanvasObject {
	g.box = container.NewVBox()
	g.item = widget.NewAccordionItem("", g.box)
	g.acc = widget.NewAccordion(g.item)
	g.acc.Hide()
	return g.acc
}

// fill shows the links of the pane's claim, keeping the list open or
// folded as it was.
func (g *seenLinked) fill(p *seenPane, ls []*claims.PairLink) {
	g.rows = ls
	g.box.RemoveAll()
	if len(ls) == 0 {
		g.acc.Hide()
		return
	}
	g.item.Title = fmt.Sprintf(lang.L("Linked as the same (%d)"), len(ls))
	for _, l := range ls {
		g.box.Add(g.row(p, l))
	}
	g.acc.Show()
	g.acc.Refresh()
}

// row shows one linked pair.
func (g *seenLinked) row(p *seenPane, l *claims.PairLink) fyne.CanvasObject {
	where := l.Where
	if l.Kind == claims.TargetClaim {
		where = lang.L("this desk")
	}
	meta := lang.L("linked before who and when were recorded")
	if !l.At.IsZero() {
		meta = fmt.Sprintf(lang.L("linked by %s on %s"), l.By, formatDate(l.At))
	}
	if where != "" {
		meta = where + " · " + meta
	}
	claimID, kind, target := p.claimID, l.Kind, l.TargetID
	back := &widget.Button{Text: lang.L("Not the same after all"), Icon: theme.ContentUndoIcon(),
		OnTapped: p.u.safe("Not the same after all", func() { p.unlink(claimID, kind, target) })}
	return container.NewVBox(
		&widget.Label{Text: oneLine(l.Text, 400), Wrapping: fyne.TextWrapWord},
		&widget.Label{Text: meta, Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance},
		container.NewHBox(back), widget.NewSeparator())
}

// unlink takes back the link of the pair (claimID, kind, targetID); a
// verdict it copied stays.
func (p *seenPane) unlink(claimID, kind, targetID string) {
	var err error
	p.u.background(func() {
		err = p.u.svc.Archives.Unlink(p.u.ctx(), claimID, kind, targetID)
	}, func() {
		p.undo.forget(claimID, kind, targetID, true)
		if err != nil {
			p.u.showError("The link could not be taken back.", err)
		}
		p.linkChanged(claimID)
	})
}
