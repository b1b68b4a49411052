package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/importer"
	"claimdesk/report"
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
	d.Show()
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
			u.changed()
			s.reloadShown()
		}
	})
}

// mergeBundle reads the bundle behind r (a local file is read in place,
// anything else into memory) and merges it with report.ImportBundle.
func mergeBundle(ctx context.Context, svc claims.Services, r fyne.URIReadCloser) (*claims.MergeResult, error) {
	defer r.Close()
	if uri := r.URI(); uri.Scheme() == "file" {
		f, st, err := importer.OpenRegular(uri.Path()) // never a FIFO or a device
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return report.ImportBundle(ctx, svc, f, st.Size())
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, claims.Internal(err, lang.L("The file could not be read."))
	}
	return report.ImportBundle(ctx, svc, bytes.NewReader(data), int64(len(data)))
}

// showResult says in plain words what the import changed.
func (b *bundleImport) showResult(res *claims.MergeResult) {
	rows := []struct {
		n    int
		what string
	}{
		{res.Created, "New records"},
		{res.Updated, "Updated: the bundle's version was newer"},
		{res.Kept, "Kept: this database's version was newer; the other version is recorded in the history"},
		{res.Unchanged, "Unchanged: the same on both sides"},
		{res.Snapshots, "New snapshot files"},
	}
	grid := container.New(layout.NewFormLayout())
	for _, r := range rows {
		grid.Add(&widget.Label{Text: fmt.Sprint(r.n), TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignTrailing})
		grid.Add(&widget.Label{Text: lang.L(r.what), Wrapping: fyne.TextWrapWord})
	}
	summary := lang.L("The bundle was merged into this database.")
	if res.Created+res.Updated+res.Kept+res.Snapshots == 0 {
		summary = lang.L("Nothing changed: this database already holds everything in the bundle.")
	}
	head := &widget.Label{Text: summary + "\n" + b.name, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L("Bundle imported"), lang.L("OK"), container.NewVBox(head, widget.NewSeparator(), grid), b.u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// reloadShown loads the claim in the editor (unless it holds unsaved edits)
// and the source in the Sources view again, as a merge may have changed them.
func (s *shell) reloadShown() {
	if e := s.claims.editor; e.claimID() != "" && !e.dirty {
		e.load(e.claimID())
	}
	if v := s.sources; v.current != nil {
		v.open(v.current.ID)
	}
}
