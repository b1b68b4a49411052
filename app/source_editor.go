package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// sourceEditor edits one source in a dialog: title, web address,
// publisher, author, kind, dates and notes. Typed text is never dropped
// silently: Cancel asks when there are changes, and when saving fails the
// dialog opens again with everything typed.
type sourceEditor struct {
	v   *sourcesView
	src *claims.Source

	title     *keyEntry
	url       *keyEntry
	publisher *keyEntry
	author    *keyEntry
	kind      *keySelect
	published *keyEntry
	accessed  *keyEntry
	notes     *wrapEntry
	dlg       *dialog.CustomDialog
	invalid   inputNotes // refused input, shown under its field

	// snap is the file chosen to keep as a snapshot of a new source.
	snap *pickedFile

	dirty   bool // the fields hold edits that are not saved
	open    bool // the dialog is shown (or about to be shown again)
	loading bool // set while the fields are filled
}

// onEdit opens the editor for the source shown.
func (v *sourcesView) onEdit() {
	if v.current == nil {
		return
	}
	e := &sourceEditor{v: v, src: v.current}
	e.build()
	v.editor = e
	e.open = true
	e.dlg.Show()
	e.loading = true
	e.notes.fill() // wrapped once, at the dialog's width
	e.loading = false
}

// entry returns a one-line entry that marks the editor dirty when typed in.
func (e *sourceEditor) entry(placeholder, text string) *keyEntry {
	w := e.v.u.lineEntry(placeholder, nil)
	w.SetText(text)
	w.OnChanged = func(string) { e.markDirty() }
	return w
}

// build creates the dialog with the source's values.
func (e *sourceEditor) build() {
	s := e.src
	e.loading = true
	defer func() { e.loading = false }()
	e.title = e.entry(lang.L("Title of the page or document"), s.Title)
	e.url = e.entry("https://…", s.URL)
	e.publisher = e.entry(lang.L("Who published it"), s.Publisher)
	e.author = e.entry(lang.L("Who wrote it"), s.Author)
	kinds := make([]string, len(claims.SourceKinds))
	sel := len(kinds) - 1
	for i, k := range claims.SourceKinds {
		kinds[i] = kindLabel(k)
		if k == s.Kind {
			sel = i
		}
	}
	e.kind = newKeySelect(kinds, e.v.u.windowKey)
	e.kind.OnChanged = func(string) { e.markDirty() }
	e.kind.SetSelectedIndex(sel)
	e.published = e.entry(lang.L("YYYY-MM-DD"), formatDate(s.PublishedAt))
	e.accessed = e.entry(lang.L("YYYY-MM-DD"), formatDate(s.AccessedAt))
	e.notes = newWrapEntry("", nil, e.v.u.windowKey)
	e.notes.setValueLater(s.Notes) // huge notes shown cut (entry_long.go)
	e.notes.OnChanged = func(string) { e.markDirty() }
	e.notes.SetMinRowsVisible(4)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), e.title),
		widget.NewFormItem(lang.L("Web address"), e.invalid.add("url", e.url)),
		widget.NewFormItem(lang.L("Publisher"), e.publisher),
		widget.NewFormItem(lang.L("Author"), e.author),
		widget.NewFormItem(lang.L("Kind"), e.kind),
		widget.NewFormItem(lang.L("Published on"), e.invalid.add("published", e.published)),
		widget.NewFormItem(lang.L("Accessed on"), e.invalid.add("accessed", e.accessed)),
		widget.NewFormItem(lang.L("Notes"), e.notes.withLongNote()),
	)
	title := lang.L("Edit source")
	if e.src.ID == "" {
		title = lang.L("New source")
		form.Append(lang.L("Snapshot file"), e.snapRow())
	}
	e.dlg = dialog.NewCustomWithoutButtons(title, form, e.v.u.win)
	e.dlg.SetButtons([]fyne.CanvasObject{
		&widget.Button{Text: lang.L("Cancel"), OnTapped: e.onCancel},
		&widget.Button{Text: lang.L("Save"), Importance: widget.HighImportance, OnTapped: e.onSave},
	})
	e.dlg.Resize(fyne.NewSize(620, 0))
}

// markDirty records that the fields hold unsaved edits.
func (e *sourceEditor) markDirty() {
	if !e.loading {
		e.dirty = true
	}
}

// onCancel closes the dialog, after asking when there are changes.
func (e *sourceEditor) onCancel() {
	e.dlg.Hide()
	e.guard(func() { e.open = false }, e.dlg.Show)
}

// guard runs next when nothing is unsaved; else it asks whether to save
// (next runs after a successful save), discard (next runs) or keep editing
// (back runs; the edits stay).
func (e *sourceEditor) guard(next, back func()) {
	if !e.open || !e.dirty {
		next()
		return
	}
	askSaveChanges(e.v.u.win, lang.L("This source has changes that are not saved yet."), lang.L("Keep editing"), back,
		func() {
			e.dlg.Hide()
			e.dirty, e.open = false, false
			next()
		},
		func() { e.saveThen(next) })
}

// onSave stores the fields.
func (e *sourceEditor) onSave() { e.saveThen(nil) }

// saveThen stores the fields in the background, then runs next (may be
// nil). A wrong date or web address is told under its field with the
// dialog open; on another failure the error is explained and the dialog
// opens again with everything typed.
func (e *sourceEditor) saveThen(next func()) {
	u := e.v.u
	fail := func(err error) { u.showErrorThen("The source could not be saved.", err, e.dlg.Show) }
	pub, err := parseDate(e.published.Text)
	if err != nil {
		e.refuse("published", err)
		return
	}
	acc, err := parseDate(e.accessed.Text)
	if err != nil {
		e.refuse("accessed", err)
		return
	}
	addr, err := e.address()
	if err != nil {
		e.refuse("url", err)
		return
	}
	e.invalid.clear()
	e.dlg.Hide()
	trim := func(w *keyEntry) *string { s := strings.TrimSpace(w.Text); return &s }
	kind := claims.SourceKinds[max(0, e.kind.SelectedIndex())]
	notes := e.notes.value() // kept as it came when too long to edit
	if !e.notes.long() {
		notes = strings.TrimRight(notes, " \n\t")
	}
	upd := claims.SourceUpdate{Title: trim(e.title), URL: &addr, Publisher: trim(e.publisher),
		Author: trim(e.author), Kind: &kind, Notes: &notes,
		PublishedAt: &pub, AccessedAt: &acc}
	if e.src.ID == "" {
		e.create(upd, fail, next)
		return
	}
	id := e.src.ID
	var saved *claims.Source
	u.background(func() {
		saved, err = u.svc.Sources.UpdateSource(u.ctx(), id, upd)
	}, func() {
		if err != nil {
			fail(err)
			return
		}
		e.src, e.dirty, e.open = saved, false, false
		if e.v.current != nil && e.v.current.ID == id {
			e.v.open(id) // with its snapshots and the claims that use it
		}
		u.changed()
		if next != nil {
			next()
		}
	})
}

// address reads the web address field (parseWebAddress). An address left
// as stored is kept as it is, even one the window would not take when
// typed (a "tel:" written by claimctl or a colleague's bundle): the other
// fields of such a source can be changed without retyping it.
func (e *sourceEditor) address() (string, error) {
	if e.src.ID != "" && strings.TrimSpace(e.url.Text) == e.src.URL {
		return e.src.URL, nil
	}
	return parseWebAddress(e.url.Text)
}

// refuse shows the dialog (again, after the question about unsaved
// changes) with err under field.
func (e *sourceEditor) refuse(field string, err error) {
	e.dlg.Show()
	e.invalid.show(field, err)
}

// onDelete deletes the source shown. A source that evidence still uses
// is kept: the person is told at once how many claims use it and what to
// do instead, and nothing is asked. A source not in use is asked about
// first.
func (v *sourcesView) onDelete() {
	if v.current == nil {
		return
	}
	src := v.current
	var n int
	var err error
	v.u.background(func() {
		n, err = v.claimsUsing(src.ID)
	}, func() {
		if err != nil {
			v.u.showError("The source could not be deleted.", err)
			return
		}
		if n > 0 {
			v.showInUse(n)
			return
		}
		v.askDelete(src)
	})
}

// claimsUsing counts the claims whose evidence uses the source id.
func (v *sourcesView) claimsUsing(id string) (int, error) {
	evs, err := v.u.svc.Evidence.FindEvidence(v.u.ctx(), claims.EvidenceFilter{SourceID: &id})
	if err != nil {
		return 0, err
	}
	seen := map[string]bool{}
	for _, ev := range evs {
		seen[ev.ClaimID] = true
	}
	return len(seen), nil
}

// showInUse tells that n claims (at least one) use the source as evidence
// and how to delete it all the same.
func (v *sourcesView) showInUse(n int) {
	n = max(1, n)
	v.u.showInfo("The source is still in use",
		lang.LocalizePlural("{{.Count}} claims use this source as evidence.", n, map[string]any{"Count": formatCount(n)})+"\n\n"+
			lang.L("Open each claim from the list “Used by”, remove this source from its evidence, then delete the source."))
}

// askDelete asks whether to delete src, then deletes it. Should evidence
// have come to use it in the meantime, the source is kept and the person
// told as by onDelete.
func (v *sourcesView) askDelete(src *claims.Source) {
	msg := lang.L("The source will be deleted. This cannot be undone.")
	v.u.askText(lang.L("Delete source?"), sourceTitle(src)+"\n\n"+msg, cancelAnswer(nil), answer{label: lang.L("Delete"), kind: destroys, run: func() {
		var err error
		n := 0
		v.u.background(func() {
			err = v.u.svc.Sources.DeleteSource(v.u.ctx(), src.ID)
			if claims.ErrorCode(err) == claims.ECONFLICT {
				n, _ = v.claimsUsing(src.ID)
			}
		}, func() {
			v.deleted = err == nil
			if claims.ErrorCode(err) == claims.ECONFLICT {
				v.showInUse(n)
				return
			}
			if err != nil {
				v.u.showError("The source could not be deleted.", err)
				return
			}
			if v.current != nil && v.current.ID == src.ID {
				v.current = nil
				v.list.UnselectAll()
				v.detail.Hide()
				v.hint.Show()
			}
			v.u.changed()
		})
	}})
}
