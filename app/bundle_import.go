package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/desk"
)

// bundleImport is one import of an exchange bundle (a .zip written by
// Export or claimctl) into the open database.
type bundleImport struct {
	u        *ui
	name     string
	progress *dialog.CustomDialog
	cancel   context.CancelFunc

	// result and err hold the outcome once the import finished (for tests).
	result *claims.MergeResult
	err    error
	// taken lists the records whose bundle version the checker chose.
	taken []string
}

// onImportBundle asks for a bundle file and merges it into the database.
func (s *shell) onImportBundle() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.u.showError("The file could not be opened.", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		s.importBundle(r)
	}, s.u.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".zip"}))
	d.SetConfirmText(lang.L("Import"))
	d.SetTitleText(lang.L("Choose a bundle (.zip) to import"))
	showFileDialog(d, s.u.win)
}

// importBundle verifies and merges the bundle behind r in the background,
// with a progress dialog, then shows what changed and refreshes the lists.
// The merge is one transaction: a rejected bundle changes nothing.
func (s *shell) importBundle(r fyne.URIReadCloser) {
	u := s.u
	b := &bundleImport{u: u, name: r.URI().Name()}
	s.bundle = b
	ctx, cancel := context.WithCancel(u.ctx())
	b.cancel = cancel
	bar := widget.NewProgressBarInfinite()
	b.progress = dialog.NewCustomWithoutButtons(lang.L("Importing bundle…"), container.NewVBox(
		&widget.Label{Text: b.name, Truncation: fyne.TextTruncateEllipsis},
		&widget.Label{Text: lang.L("Checking every file of the bundle, then merging it in one step."), Wrapping: fyne.TextWrapWord},
		bar), u.win)
	b.progress.SetButtons([]fyne.CanvasObject{&widget.Button{Text: lang.L("Cancel"), OnTapped: cancel}})
	b.progress.Resize(fyne.NewSize(460, 0))
	b.progress.Show()
	var res *claims.MergeResult
	var err error
	u.background(func() {
		defer cancel()
		res, err = mergeBundle(ctx, u.svc, r)
	}, func() {
		bar.Stop()
		b.progress.Hide()
		b.result, b.err = res, err
		switch {
		case errors.Is(err, context.Canceled):
			u.showInfo("Import cancelled", lang.L("The bundle was not imported; nothing was changed."))
		case err != nil:
			hint := lang.L("Nothing was imported.") + " " + errorHint(err)
			if claims.ErrorCode(err) == claims.EINVALID {
				hint = lang.L("Nothing was imported. Check that you chose a bundle made with Export (or claimctl export --format bundle), or ask the sender for a new one.")
			}
			u.showErrorHint("The bundle could not be imported.", err, hint, nil)
		default:
			b.showResult(res)
			u.seenChanged() // the bundle's verdicts are earlier checks (seen.go)
			u.changed()
			if res.Changed() {
				u.reloadScales() // a scale the bundle brought, which its claims use
			}
			s.reloadShown()
		}
	})
}

// mergeBundle reads the bundle behind r (a local file is read in place,
// anything else into memory) and merges it the way claimctl import-bundle
// does (desk.MergeBundle).
func mergeBundle(ctx context.Context, svc claims.Services, r fyne.URIReadCloser) (*claims.MergeResult, error) {
	defer r.Close()
	if uri := r.URI(); uri.Scheme() == "file" {
		return desk.MergeBundleFile(ctx, svc, uri.Path(), uri.Name())
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, claims.Internal(err, lang.L("The file could not be read."))
	}
	return desk.MergeBundle(ctx, svc, bytes.NewReader(data), int64(len(data)))
}

// showResult says in plain words what the import changed, and lists the
// records changed on both sides: this database's version was kept, the
// bundle's is in each record's history, marked as a conflict.
func (b *bundleImport) showResult(res *claims.MergeResult) {
	rows := []struct {
		n    int
		what string
	}{
		{res.Created, "New records"},
		{res.Updated, "Updated: changed only in the bundle; the previous version is in the history"},
		{res.Kept, "Kept: this database's version is newer; the bundle's older one is in the history"},
		{res.Unchanged, "Unchanged: the same on both sides, or a version this database already had"},
		{len(res.Conflicts), "Conflicts: changed on both sides; this database's version was kept"},
		{res.Events, "History entries imported"},
		{res.Snapshots, "New snapshot files"},
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		if r.n == 0 && res.Changed() {
			continue // only what happened; "Unchanged" alone when nothing did
		}
		grid.Add(&widget.Label{Text: fmt.Sprint(r.n), TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignTrailing})
		grid.Add(&widget.Label{Text: lang.L(r.what), Wrapping: fyne.TextWrapWord})
	}
	summary := lang.L("The bundle was merged into this database.")
	if !res.Changed() {
		summary = lang.L("Nothing changed: this database already holds everything in the bundle.")
	}
	head := &widget.Label{Text: summary + "\n" + b.name, Wrapping: fyne.TextWrapWord}
	box := container.NewVBox(head, widget.NewSeparator(), grid)
	for _, id := range slices.Sorted(maps.Keys(res.ScaleCopies)) {
		box.Add(&widget.Label{Wrapping: fyne.TextWrapWord, Text: fmt.Sprintf(
			lang.L("The bundle changed the preset rating scale %s. Presets never change: it was added as the new scale %s, which the bundle's claims use."),
			quoted(b.u.scaleNameByID(id)), quoted(b.u.scaleNameByID(res.ScaleCopies[id])))})
	}
	if res.Backup != "" {
		box.Add(&widget.Label{Text: fmt.Sprintf(lang.L("A backup was taken before the merge: %s"), res.Backup), Wrapping: fyne.TextWrapWord})
	}
	if len(res.Conflicts) > 0 {
		box.Add(widget.NewSeparator())
		box.Add(b.conflictList(res.Conflicts))
	}
	d := dialog.NewCustom(lang.L("Bundle imported"), lang.L("OK"), box, b.u.win)
	d.Resize(fyne.NewSize(560, 0))
	d.Show()
}

// conflictList shows the records changed on both sides, each with a
// warning marker, and lets the checker take the bundle's version of each.
func (b *bundleImport) conflictList(cs []claims.Conflict) fyne.CanvasObject {
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true},
		Text: lang.L("Changed on both sides. This database's version was kept; the bundle's version is in each record's history, marked “conflict”. Compare them there, or use the bundle's version here.")}
	list := container.NewVBox()
	for _, c := range cs {
		label := &widget.Label{Text: "⚠ " + recordKindLabel(c.Kind) + ": " + c.Title, Truncation: fyne.TextTruncateEllipsis}
		if c.Kind == claims.RecordScale {
			list.Add(label)
			continue
		}
		btn := &widget.Button{Text: lang.L("Use the bundle's version")}
		btn.OnTapped = func() { b.takeVersion(c, btn) }
		list.Add(border(nil, nil, nil, btn, label))
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(fyne.NewSize(0, float32(min(len(cs), 5))*44))
	return container.NewVBox(intro, scroll)
}

// takeVersion makes the bundle's version of conflict c the current one
// (the local one goes to history) and marks btn as done.
func (b *bundleImport) takeVersion(c claims.Conflict, btn *widget.Button) {
	u := b.u
	btn.Disable()
	var err error
	u.background(func() {
		err = u.svc.Exchange.ResolveConflict(u.ctx(), c.Kind, c.ID, c.Hash)
	}, func() {
		if err != nil {
			btn.Enable()
			u.showError("The bundle's version could not be used.", err)
			return
		}
		btn.SetText(lang.L("Bundle's version in use"))
		b.taken = append(b.taken, c.ID)
		u.seenChanged() // the bundle's verdict may now be the claim's (seen.go)
		u.changed()
		u.shell.reloadShown()
	})
}

// recordKindLabel names a kind of record in the interface language.
func recordKindLabel(k claims.RecordKind) string {
	switch k {
	case claims.RecordClaim:
		return lang.L("Claim")
	case claims.RecordArticle:
		return lang.L("Article")
	case claims.RecordSource:
		return lang.L("Source")
	case claims.RecordEvidence:
		return lang.L("Evidence")
	case claims.RecordScale:
		return lang.L("Rating scale")
	}
	return string(k)
}

// reloadShown loads the claim in the editor (unless it holds unsaved edits)
// and the source in the Sources view again, as a merge may have changed them.
func (s *shell) reloadShown() {
	s.claims.editor.reloadIfClean()
	if v := s.sources; v.current != nil {
		v.open(v.current.ID)
	}
}
