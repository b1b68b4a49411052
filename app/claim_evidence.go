package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/opener"
)

// evidenceItem is one evidence link with its source.
type evidenceItem struct {
	ev  *claims.Evidence
	src *claims.Source
}

// evidencePane is the Evidence tab of the claim editor: the sources linked
// to the claim with their stance and excerpt.
type evidencePane struct {
	u       *ui
	e       *claimEditor
	claimID string
	items   []evidenceItem
	list    *widget.List
	add     *widget.Button
	empty   *widget.Label
	dialog  *evidenceDialog // the dialog opened last
}

// newEvidencePane creates the tab.
func newEvidencePane(u *ui, e *claimEditor) *evidencePane {
	return &evidencePane{u: u, e: e}
}

// content returns the tab's widget tree.
func (p *evidencePane) content() fyne.CanvasObject {
	p.list = &widget.List{
		Length:     func() int { return len(p.items) },
		CreateItem: p.createRow,
		UpdateItem: safe2(p.u, "evidence row", p.updateRow),
	}
	markKeyRows(p.list) // the row ↑/↓ mark stands out (list_mark.go)
	p.list.ExtendBaseWidget(p.list)
	p.add = &widget.Button{Text: lang.L("Link a source…"), Icon: theme.ContentAddIcon(), OnTapped: p.u.safe("link a source", p.onAdd)}
	p.add.ExtendBaseWidget(p.add)
	p.empty = &widget.Label{Text: lang.L("No evidence yet. Link a source that supports or refutes the claim."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	return border(container.NewHBox(p.add), nil, nil, nil,
		container.New(scrollHeight{}, p.list, centered(p.empty)))
}

// createRow makes one row: stance, source title and excerpt, a menu.
func (p *evidencePane) createRow() fyne.CanvasObject {
	stance := &widget.Label{Text: "supports", TextStyle: fyne.TextStyle{Bold: true}}
	width := canvas.NewRectangle(color0)
	width.SetMinSize(fyne.NewSize(120, 0))
	left := container.NewStack(width, centered(container.NewHBox(&widget.Icon{}, stance)))
	edit := &widget.Button{Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance}
	more := &widget.Button{Icon: theme.MoreVerticalIcon(), Importance: widget.LowImportance}
	return border(nil, nil, left, centered(container.NewHBox(edit, more)),
		twoLines())
}

// updateRow fills row i.
func (p *evidencePane) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	it := p.items[i]
	row := o.(*fyne.Container)
	// border's objects in reading order: left, middle, actions
	left := row.Objects[0].(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*fyne.Container)
	middle := row.Objects[1].(*fyne.Container)
	actions := row.Objects[2].(*fyne.Container).Objects[1].(*fyne.Container)
	icon, stance := left.Objects[0].(*widget.Icon), left.Objects[1].(*widget.Label)
	switch it.ev.Stance {
	case claims.StanceSupports:
		icon.SetResource(theme.NewSuccessThemedResource(theme.ConfirmIcon()))
	case claims.StanceRefutes:
		icon.SetResource(theme.NewErrorThemedResource(theme.CancelIcon()))
	default:
		icon.SetResource(theme.InfoIcon())
	}
	stance.SetText(stanceLabel(it.ev.Stance))
	middle.Objects[0].(*widget.Label).SetText(evidenceTitle(it.src))
	ex := it.ev.Excerpt
	if ex == "" {
		ex = it.src.URL
	} else {
		ex = "„" + oneLine(ex, 300) + "“"
	}
	middle.Objects[1].(*widget.Label).SetText(ex)
	actions.Objects[0].(*widget.Button).OnTapped = p.u.safe("edit evidence", func() { p.onEdit(it) })
	more := actions.Objects[1].(*widget.Button)
	more.OnTapped = p.u.safe("evidence menu", func() { p.showMenu(it, more) })
}

// showMenu offers what can be done with one piece of evidence.
func (p *evidencePane) showMenu(it evidenceItem, at fyne.CanvasObject) {
	openURL := fyne.NewMenuItem(lang.L("Open in browser"), func() { p.u.openURL(it.src.URL) })
	openURL.Disabled = opener.Link(it.src.URL) == nil
	menu := fyne.NewMenu("",
		openURL,
		openSnapshotItem(p.u, it.src),
		fyne.NewMenuItem(lang.L("Attach file…"), func() { p.u.attachSnapshot(it.src.ID, p.reload) }),
		fyne.NewMenuItem(lang.L("Show source"), func() { p.u.openSource(it.src.ID) }),
		fyne.NewMenuItem(lang.L("Edit…"), func() { p.onEdit(it) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Remove"), func() { p.onRemove(it) }),
	)
	showMenuBelow(menu, p.u.win.Canvas(), at)
}

// showMenuBelow shows menu under the button at, right-aligned with it so
// that a button at the window's right edge opens it fully inside the
// window; when there is no room below, the menu opens above the button.
func showMenuBelow(menu *fyne.Menu, c fyne.Canvas, at fyne.CanvasObject) {
	m := widget.NewPopUpMenu(menu, c)
	size := m.MinSize()
	btn := fyne.CurrentApp().Driver().AbsolutePositionForObject(at)
	pos := fyne.NewPos(btn.X+at.Size().Width-size.Width, btn.Y+at.Size().Height)
	if pos.Y+size.Height > c.Size().Height && btn.Y-size.Height >= 0 {
		pos.Y = btn.Y - size.Height
	}
	m.ShowAtPosition(fyne.NewPos(max(0, pos.X), pos.Y))
}

// evidenceTitle names the source of an evidence row and says whether a
// snapshot of it is kept.
func evidenceTitle(s *claims.Source) string {
	t := sourceTitle(s)
	if n := len(s.Snapshots); n > 0 {
		t += "  ·  " + lang.LocalizePlural("{{.Count}} snapshots kept", n, map[string]any{"Count": formatCount(n)})
	}
	return t
}

// openSnapshotItem opens the newest snapshot of s; disabled when it has none.
func openSnapshotItem(u *ui, s *claims.Source) *fyne.MenuItem {
	item := fyne.NewMenuItem(lang.L("Open snapshot"), func() {
		if n := len(s.Snapshots); n > 0 {
			u.openSnapshot(s.Snapshots[n-1])
		}
	})
	item.Disabled = len(s.Snapshots) == 0
	return item
}

// sourceTitle returns a line naming a source.
func sourceTitle(s *claims.Source) string {
	t := s.Title
	if t == "" {
		t = s.URL
	}
	if s.Publisher != "" {
		t += " — " + s.Publisher
	}
	return t
}

// show loads the evidence of a claim ("" for none: a new claim).
func (p *evidencePane) show(claimID string) {
	p.claimID = claimID
	if claimID == "" {
		p.items = nil
		p.setTabTitle(0)
		p.add.Disable()
		p.empty.SetText(lang.L("Save the claim first, then link sources to it."))
		p.empty.Show()
		p.list.Refresh()
		return
	}
	p.add.Enable()
	var items []evidenceItem
	var err error
	p.u.background(func() {
		ctx := p.u.ctx()
		var evs []*claims.Evidence
		if evs, err = p.u.svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &claimID}); err != nil {
			return
		}
		for _, ev := range evs {
			var src *claims.Source
			if src, err = p.u.svc.Sources.FindSourceByID(ctx, ev.SourceID); err != nil {
				return
			}
			items = append(items, evidenceItem{ev: ev, src: src})
		}
	}, func() {
		if claimID != p.claimID {
			return
		}
		if err != nil {
			p.u.showError("The evidence could not be loaded.", err)
			return
		}
		p.items = items
		p.empty.SetText(lang.L("No evidence yet. Link a source that supports or refutes the claim."))
		p.empty.Hidden = len(items) > 0
		p.empty.Refresh()
		p.list.Refresh()
		p.setTabTitle(len(items))
	})
}

// setTabTitle names the Evidence tab with the number of items, "Evidence"
// alone for none.
func (p *evidencePane) setTabTitle(n int) {
	p.e.tabs.Items[1].Text = p.e.evidenceTabTitle(n)
	p.e.tabs.Refresh()
}

// evidenceTabTitle is the title of the Evidence tab with n items.
func (e *claimEditor) evidenceTabTitle(n int) string {
	if n == 0 {
		return lang.L("Evidence")
	}
	return fmt.Sprintf("%s (%d)", lang.L("Evidence"), n)
}

// onRemove asks, then removes an evidence link.
func (p *evidencePane) onRemove(it evidenceItem) {
	p.u.askText(lang.L("Remove evidence?"),
		fmt.Sprintf(lang.L("Remove the link to %s? The source itself stays."), sourceTitle(it.src)),
		cancelAnswer(nil), answer{label: lang.L("Remove"), kind: destroys, run: func() {
			var err error
			p.u.background(func() {
				err = p.u.svc.Evidence.DeleteEvidence(p.u.ctx(), it.ev.ID)
			}, func() {
				if err != nil {
					p.u.showError("The evidence could not be removed.", err)
					return
				}
				p.reload()
			})
		}})
}

// reload shows the current claim's evidence and history again.
func (p *evidencePane) reload() {
	p.show(p.claimID)
	p.e.history.show(p.claimID)
	if p.u.changed != nil {
		p.u.changed()
	}
}

// openURL opens a web or e-mail address with the system's opener. Only
// http, https and mailto addresses are opened (opener.Link); any other is
// refused with a message, as the window shows it only as text.
func (u *ui) openURL(raw string) {
	link := opener.Link(raw)
	if link == nil {
		u.showError("The address could not be opened.", claims.Errorf(claims.EINVALID, "%s",
			lang.L("Only web (http, https) and e-mail (mailto) addresses are opened; this one is shown as text only.")))
		return
	}
	if err := u.app.OpenURL(link); err != nil {
		u.showError("The address could not be opened.", err)
	}
}
