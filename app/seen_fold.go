package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// seenFold is a folded list below the matches of the Seen before tab: the
// pairs linked (seenLinked) or dismissed (seenDismissed) for the claim,
// each with the button that takes that decision back. Hidden when empty.
type seenFold struct {
	acc  *widget.Accordion
	item *widget.AccordionItem
	box  *fyne.Container
}

// content returns the folded list.
func (g *seenFold) content() fyne.CanvasObject {
	g.box = container.NewVBox()
	g.item = widget.NewAccordionItem("", g.box)
	g.acc = widget.NewAccordion(g.item)
	g.acc.Hide()
	return g.acc
}

// show puts rows under title, keeping the list open or folded as it was;
// with no rows it hides the list.
func (g *seenFold) show(title string, rows []fyne.CanvasObject) {
	g.box.RemoveAll()
	if len(rows) == 0 {
		g.acc.Hide()
		return
	}
	g.item.Title = title
	for _, r := range rows {
		g.box.Add(r)
	}
	g.acc.Show()
	g.acc.Refresh()
}

// pairRow shows one pair of a folded list: the other side's text, where it
// comes from ("this desk" for a claim of the desk) before meta (who
// decided, when), warn, a warning under it ("" none), and back, the button
// that takes the decision back (nil: none).
func pairRow(text, where, kind, meta, warn string, back *widget.Button) fyne.CanvasObject {
	if kind == claims.TargetClaim {
		where = lang.L("this desk")
	}
	if where != "" {
		meta = where + " · " + meta
	}
	row := container.NewVBox(
		&widget.Label{Text: oneLine(text, 400), Wrapping: fyne.TextWrapWord},
		noteLabel(meta))
	if warn != "" {
		row.Add(&widget.Label{Text: warn, Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance})
	}
	if back != nil {
		row.Add(container.NewHBox(back))
	}
	row.Add(widget.NewSeparator())
	return row
}
