package app

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// evidenceDialog links a new or existing source to the claim, or edits an
// existing link. When saving fails it opens again with everything typed.
type evidenceDialog struct {
	p       *evidencePane
	edit    *evidenceItem    // nil when linking a new piece of evidence
	sources []*claims.Source // all offered (evidence_sources.go)
	labels  []string         // of sources, told apart
	shown   []*claims.Source // behind the drop-down's options after "New source…"

	find      *keyEntry     // words that narrow the drop-down
	count     *widget.Label // how many sources match
	about     *widget.Label // the chosen source's address and date
	source    *keySelect
	url       *keyEntry
	title     *keyEntry
	publisher *keyEntry
	kind      *keySelect
	stance    *keySelect // one Tab stop: radio buttons were three, and a space typed on one chose it
	excerpt   *wrapEntry
	note      *keyEntry
	dlg       *dialog.CustomDialog

	initial string // the fields as the dialog opened (see typed)
	open    bool   // the dialog is shown (or about to be shown again)
}

// onAdd loads the sources, then opens the dialog to link one.
func (p *evidencePane) onAdd() {
	if p.claimID == "" {
		return
	}
	var list []*claims.Source
	var err error
	p.u.background(func() {
		list, _, err = p.u.svc.Sources.FindSources(p.u.ctx(), claims.SourceFilter{Limit: maxSources}) // as many as the Sources view; typing narrows them
	}, func() {
		if err != nil {
			p.u.showError("The sources could not be loaded.", err)
			return
		}
		d := &evidenceDialog{p: p, sources: list}
		d.build()
		p.dialog = d
		d.show()
		d.focusFirst()
	})
}

// onEdit opens the dialog for an existing link.
func (p *evidencePane) onEdit(it evidenceItem) {
	d := &evidenceDialog{p: p, edit: &it, sources: []*claims.Source{it.src}}
	d.build()
	p.dialog = d
	d.show()
	d.focusFirst()
}

// focusFirst puts the cursor where the dialog is filled in first: the
// excerpt of a link being edited, else the words that find a source, or
// with none stored yet the new source's address. The dialog opened with
// the focus nowhere, so typing went nowhere until a field was clicked.
func (d *evidenceDialog) focusFirst() {
	c := d.p.u.win.Canvas()
	if c == nil {
		return
	}
	switch {
	case d.edit != nil:
		c.Focus(d.excerpt)
	case len(d.sources) > 0:
		c.Focus(d.find)
	default:
		c.Focus(d.url)
	}
}

// build creates the dialog's widgets.
func (d *evidenceDialog) build() {
	picker := d.buildSourcePicker()
	u := d.p.u
	d.url = u.lineEntry("https://…", nil)
	d.title = u.lineEntry(lang.L("Title of the page or document"), nil)
	d.publisher = u.lineEntry(lang.L("Who published it"), nil)
	kinds := make([]string, len(claims.SourceKinds))
	for i, k := range claims.SourceKinds {
		kinds[i] = kindLabel(k)
	}
	d.kind = newKeySelect(kinds, u.windowKey)
	d.kind.SetSelectedIndex(len(kinds) - 1)
	stances := make([]string, len(claims.Stances))
	for i, s := range claims.Stances {
		stances[i] = stanceLabel(s)
	}
	d.stance = newKeySelect(stances, u.windowKey)
	d.stance.SetSelected(stances[0])
	d.excerpt = newWrapEntry(lang.L("The passage of the source that matters"), nil, u.windowKey)
	d.excerpt.SetMinRowsVisible(3)
	d.note = u.lineEntry(lang.L("Optional note"), nil)

	title := lang.L("Link a source")
	if d.edit != nil {
		title = lang.L("Edit evidence")
		d.source.SetSelectedIndex(1)
		d.source.Disable()
		d.find.Hide()
		d.count.Hide()
		for i, s := range claims.Stances {
			if s == d.edit.ev.Stance {
				d.stance.SetSelected(stances[i])
			}
		}
		d.excerpt.setValueLater(d.edit.ev.Excerpt) // a huge one shown cut (entry_long.go)
		d.note.SetText(d.edit.ev.Note)
	} else {
		d.source.SetSelectedIndex(0)
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Source"), picker),
		widget.NewFormItem(lang.L("Web address"), d.url),
		widget.NewFormItem(lang.L("Title"), d.title),
		widget.NewFormItem(lang.L("Publisher"), d.publisher),
		widget.NewFormItem(lang.L("Kind"), d.kind),
		widget.NewFormItem(lang.L("Stance"), d.stance),
		widget.NewFormItem(lang.L("Excerpt"), d.excerpt.withLongNote()),
		widget.NewFormItem(lang.L("Note"), d.note),
	)
	d.dlg = dialog.NewCustomWithoutButtons(title, form, d.p.u.win)
	d.dlg.SetButtons([]fyne.CanvasObject{
		&widget.Button{Text: lang.L("Cancel"), Icon: theme.CancelIcon(), OnTapped: d.p.u.safe("evidence cancel", d.onCancel)},
		&widget.Button{Text: lang.L("Save"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: d.p.u.safe("evidence", d.save)},
	})
	d.dlg.Resize(fyne.NewSize(620, 0))
	d.initial = d.typed()
	d.enterSaves()
}

// enterSaves makes Enter in the one-line fields (address, title,
// publisher, note) save, as Ctrl+S and the Save button do: walk28 typed
// the note and pressed Enter, and nothing happened. The field that finds
// a source keeps Enter to itself, and the excerpt takes it as a new line.
func (d *evidenceDialog) enterSaves() {
	save := d.p.u.safeText("evidence enter", func(string) {
		if d.open {
			d.save()
		}
	})
	for _, e := range []*keyEntry{d.url, d.title, d.publisher, d.note} {
		e.OnSubmitted = save
	}
}

// show shows the dialog (again, as it was).
func (d *evidenceDialog) show() {
	d.open = true
	d.dlg.Show()
	if d.excerpt.fill() { // wrapped once, at the dialog's width
		d.initial = d.typed()
	}
}

// typed returns everything chosen and typed in the dialog, to tell whether
// Cancel would drop something.
func (d *evidenceDialog) typed() string {
	chosen := ""
	if s := d.chosenSource(); s != nil {
		chosen = s.ID
	}
	return strings.Join([]string{chosen, d.url.Text, d.title.Text, d.publisher.Text,
		strconv.Itoa(d.kind.SelectedIndex()), d.stance.Selected, d.excerpt.Text, d.note.Text}, "\x00")
}

// onCancel (the Cancel button, or Escape) closes the dialog; when something
// was typed or chosen it asks first, as the editors do, so a pasted excerpt
// is never dropped by one key.
func (d *evidenceDialog) onCancel() {
	d.dlg.Hide()
	d.open = false
	if d.typed() == d.initial {
		return
	}
	askSaveChanges(d.p.u.win, lang.L("This evidence has changes that are not saved yet."), lang.L("Keep editing"), d.show,
		func() {}, d.save)
}

// save (the Save button, or Ctrl+S while the dialog is open) hides the
// dialog and stores it; when that fails it opens again as it was.
func (d *evidenceDialog) save() {
	d.dlg.Hide()
	d.open = false
	d.onSave()
}

// onSourceChanged enables the new-source fields only for a new source and
// tells the chosen source's address and date.
func (d *evidenceDialog) onSourceChanged() {
	d.showAbout()
	newSource := d.source.SelectedIndex() <= 0 && d.edit == nil
	for _, w := range []fyne.Disableable{d.url, d.title, d.publisher, d.kind} {
		if newSource {
			w.Enable()
		} else {
			w.Disable()
		}
	}
}

// selectedStance returns the stance chosen.
func (d *evidenceDialog) selectedStance() claims.Stance {
	for _, s := range claims.Stances {
		if stanceLabel(s) == d.stance.Selected {
			return s
		}
	}
	return claims.StanceContext
}

// onSave stores the link (and a new source) in the background.
func (d *evidenceDialog) onSave() {
	u := d.p.u
	stance := d.selectedStance()
	excerpt, note := d.excerpt.trimmed(), strings.TrimSpace(d.note.Text)
	claimID := d.p.claimID
	ctx := u.ctx()
	var err error
	if d.edit != nil {
		id := d.edit.ev.ID
		u.background(func() {
			_, err = u.svc.Evidence.UpdateEvidence(ctx, id, claims.EvidenceUpdate{Stance: &stance, Excerpt: &excerpt, Note: &note})
		}, func() { d.done(err) })
		return
	}
	src := d.chosenSource()
	var fresh *claims.Source
	if src == nil {
		addr, aerr := parseWebAddress(d.url.Text)
		if aerr != nil {
			d.done(aerr) // told, and the dialog opens again as it was
			return
		}
		fresh = &claims.Source{
			URL:        addr,
			Title:      strings.TrimSpace(d.title.Text),
			Publisher:  strings.TrimSpace(d.publisher.Text),
			Kind:       claims.SourceKinds[max(0, d.kind.SelectedIndex())],
			AccessedAt: time.Now().UTC(),
		}
	}
	u.background(func() {
		if fresh != nil {
			if err = u.svc.Sources.CreateSource(ctx, fresh); err != nil {
				return
			}
			src = fresh
		}
		err = u.svc.Evidence.CreateEvidence(ctx, &claims.Evidence{ClaimID: claimID, SourceID: src.ID, Stance: stance, Excerpt: excerpt, Note: note})
	}, func() {
		if err != nil && fresh != nil && fresh.ID != "" {
			// The source exists now: offer it instead of creating it twice.
			d.addSource(fresh)
		}
		d.done(err)
	})
}

// done reports the outcome; on failure the dialog opens again as it was.
func (d *evidenceDialog) done(err error) {
	if err != nil {
		d.open = true
		d.p.u.showErrorThen("The evidence could not be saved.", err, d.show)
		return
	}
	d.p.reload()
}
