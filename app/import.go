package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/desk"
	"claimdesk/importer"
)

// importItem is one article to import: a file to read (path), file content
// already read (name, data), or an article built from the paste dialog.
type importItem struct {
	name    string
	path    string
	data    []byte
	article *claims.Article
	err     error // why the item cannot be imported, known beforehand
}

// importFailure is an item that could not be imported and why.
type importFailure struct {
	name string
	err  error
}

// importProgress is the progress strip under the article list: what is being
// imported and how far the import has got.
type importProgress struct {
	box      *fyne.Container
	label    *widget.Label
	bar      *widget.ProgressBar
	infinite *widget.ProgressBarInfinite
	stop     *widget.Button
	active   int                  // import runs in progress
	cancels  []context.CancelFunc // of the runs in progress
}

// newImportProgress returns the strip, hidden while nothing is imported.
func newImportProgress() *importProgress {
	p := &importProgress{
		label:    &widget.Label{Truncation: fyne.TextTruncateEllipsis},
		bar:      &widget.ProgressBar{},
		infinite: widget.NewProgressBarInfinite(),
	}
	p.infinite.Stop()
	p.infinite.Hide()
	p.bar.Hide()
	p.stop = &widget.Button{Text: lang.L("Cancel"), OnTapped: p.cancelAll}
	p.box = container.NewVBox(widget.NewSeparator(), border(nil, nil, nil, p.stop, p.label),
		container.NewStack(p.bar, p.infinite))
	p.box.Hide()
	return p
}

// step shows that item i (from 0) of n, called name, is being imported.
func (p *importProgress) step(i, n int, name string) {
	p.label.SetText(lang.L("Importing {{.Name}} ({{.Index}} of {{.Count}})…",
		map[string]any{"Name": name, "Index": i + 1, "Count": n}))
	if n > 1 {
		p.infinite.Stop()
		p.infinite.Hide()
		p.bar.Max = float64(n)
		p.bar.SetValue(float64(i))
		p.bar.Show()
	} else {
		p.bar.Hide()
		p.infinite.Show()
		p.infinite.Start()
	}
	p.box.Show()
}

// begin counts a started import run; cancel (may be nil) stops it when the
// person presses Cancel.
func (p *importProgress) begin(cancel context.CancelFunc) {
	p.active++
	if cancel != nil {
		p.cancels = append(p.cancels, cancel)
	}
}

// cancelAll stops every import in progress.
func (p *importProgress) cancelAll() {
	for _, c := range p.cancels {
		c()
	}
}

// end counts a finished run and hides the strip when none is left.
func (p *importProgress) end() {
	p.active--
	if p.active > 0 {
		return
	}
	p.infinite.Stop()
	p.box.Hide()
	p.cancels = nil
}

// importPaths imports the files at paths (dropped on the window). The files
// are read and processed in the background.
func (v *articlesView) importPaths(paths []string) {
	items := make([]importItem, 0, len(paths))
	for _, p := range paths {
		items = append(items, importItem{name: filepath.Base(p), path: p})
	}
	v.startImport(items, nil)
}

// onOpenFile shows the file dialog for .txt, .md and .html files.
func (v *articlesView) onOpenFile() {
	d := dialog.NewFileOpen(safe2(v.u, "open file", func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.u.showError("The file could not be opened.", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		v.importReader(r)
	}), v.u.win)
	d.SetFilter(storage.NewExtensionFileFilter(importer.Extensions))
	d.SetConfirmText(lang.L("Import"))
	d.SetTitleText(lang.L("Choose an article file to import"))
	showFileDialog(d, v.u.win)
}

// importReader imports the file behind r, read in the background.
func (v *articlesView) importReader(r fyne.URIReadCloser) {
	name := r.URI().Name()
	ctx, cancel := context.WithCancel(v.u.ctx())
	v.progress.begin(cancel)
	v.progress.step(0, 1, name)
	var data []byte
	var err error
	runJob(v.u, func() {
		defer cancel()
		data, err = importer.ReadAll(ctx, name, r, importer.MaxArticleBytes)
		_ = r.Close()
	}, func() {
		v.progress.end()
		if errors.Is(err, context.Canceled) {
			return
		}
		if err != nil {
			v.u.showError("The article could not be imported.", err)
			return
		}
		v.startImport([]importItem{{name: name, data: data}}, nil)
	})
}

// startImport imports items one after the other in the background: read,
// convert, detect the language, extract, store. The progress strip follows
// along; when all are done the list is reloaded, the last imported article
// opens in the reader and the status line says how many control characters
// were dropped, if any. done, when set, is called on the UI goroutine with
// the failures (none on success); otherwise failures are shown in a dialog.
func (v *articlesView) startImport(items []importItem, done func([]importFailure)) {
	if len(items) == 0 {
		return
	}
	svc := v.u.svc
	ctx, cancel := context.WithCancel(v.u.ctx())
	cache := v.reader.cache
	v.progress.begin(cancel)
	v.progress.step(0, len(items), items[0].name)
	var failed []importFailure
	var known []*claims.Article // stored already, found by their text
	lastID := ""
	cancelled, dropped := 0, 0 // files not imported, control characters dropped
	runJob(v.u, func() {
		defer cancel()
		var folders bool
		if items, folders = expandFolders(items); folders && len(items) > 0 {
			doUI(func() { v.progress.step(0, len(items), items[0].name) })
		}
		for i, it := range items {
			if ctx.Err() != nil {
				cancelled = len(items) - i
				break
			}
			if i > 0 {
				doUI(func() { v.progress.step(i, len(items), it.name) })
			}
			a, units, n, err := v.prepareCancellable(ctx, it)
			if err == nil {
				err = desk.Store(ctx, svc, it.name, a)
			}
			var same *desk.AlreadyImported
			if errors.As(err, &same) { // not stored again: the stored one opens
				known = append(known, same.Existing)
				a.ID, err = same.Existing.ID, nil
			}
			if err != nil && ctx.Err() != nil {
				cancelled = len(items) - i
				break
			}
			if err != nil {
				failed = append(failed, importFailure{name: it.name, err: err})
				continue
			}
			cache.put(a.ID, a.Body, units)
			lastID = a.ID
			dropped += n
		}
	}, func() {
		v.progress.end()
		v.u.tellDropped(dropped)
		if cancelled > 0 {
			v.u.showInfo("Import cancelled", lang.LocalizePlural("The import was stopped; {{.Count}} files were not imported.",
				cancelled, map[string]any{"Count": formatCount(cancelled)}))
		}
		if done != nil {
			done(failed)
		} else if len(failed) > 0 {
			v.u.showError(importWhat(failed), failuresError(failed))
		}
		if len(known) > 0 {
			v.u.showInfo("Imported before", importedBefore(known))
		}
		if lastID != "" {
			v.selected = lastID
			v.reader.imported = true // its suggestions take the keys (focusNewArticle)
			v.changed()
			v.fold.chosen() // opened as from the list: a narrow window folds the list away
		}
	})
}

// expandFolders replaces each folder among the items by the article files
// directly inside it (.txt, .md, .html), in name order; entries that are
// not ordinary files (FIFOs, devices) become items that fail with the
// reason, and the others are still imported (importer.FolderFiles). It
// reads the disk: call it off the UI goroutine. folders reports whether
// there were any.
func expandFolders(items []importItem) (out []importItem, folders bool) {
	out = make([]importItem, 0, len(items))
	for _, it := range items {
		if it.path == "" {
			out = append(out, it)
			continue
		}
		if st, err := os.Stat(it.path); err != nil || !st.IsDir() { // reported on import
			out = append(out, it)
			continue
		}
		folders = true
		files, skipped, err := importer.FolderFiles(it.path)
		if err != nil {
			it.err = err
			out = append(out, it)
			continue
		}
		for _, sk := range skipped {
			out = append(out, importItem{name: filepath.Base(sk.Path), path: sk.Path, err: sk.Err})
		}
		for _, f := range files {
			out = append(out, importItem{name: filepath.Base(f), path: f})
		}
	}
	return out, folders
}

// prepareArticle reads and converts one import item the way claimctl import
// does (package desk: only an ordinary file, at most
// importer.MaxArticleBytes) and runs the extraction once, which also tells
// the language when it was left open. It adds to dropped the number of
// control characters dropped from the text and the title.
func prepareArticle(ctx context.Context, it importItem, dropped *int) (*claims.Article, []extract.Unit, error) {
	if it.err != nil {
		return nil, nil, it.err
	}
	opts := desk.ImportOptions{Extract: extractText, Dropped: dropped}
	if it.article != nil {
		return it.article, desk.Prepare(it.article, opts), nil
	}
	data := it.data
	if it.path != "" {
		var err error
		if data, err = desk.ReadFile(ctx, it.path, it.name); err != nil {
			return nil, nil, err
		}
	}
	return desk.ReadArticle(it.name, data, opts)
}

// prepareCancellable runs prepareArticle and returns at once when ctx is
// cancelled: the extraction of a very large text does not look at ctx, so
// it finishes in the background (counted in u.busy) and its result is
// dropped. dropped is the number of control characters dropped.
func (v *articlesView) prepareCancellable(ctx context.Context, it importItem) (a *claims.Article, units []extract.Unit, dropped int, err error) {
	type result struct {
		a       *claims.Article
		units   []extract.Unit
		dropped int
		err     error
	}
	ch := make(chan result, 1)
	v.u.busy.Add(1)
	go func() {
		defer v.u.busy.Done()
		var r result
		r.a, r.units, r.err = prepareArticle(ctx, it, &r.dropped)
		ch <- r
	}()
	select {
	case r := <-ch:
		return r.a, r.units, r.dropped, r.err
	case <-ctx.Done():
		return nil, nil, 0, ctx.Err()
	}
}

// failuresError joins the messages of failed imports into one error.
func failuresError(failed []importFailure) error {
	if len(failed) == 1 {
		return failed[0].err
	}
	var b strings.Builder
	b.WriteString(lang.L("These files were not imported:"))
	for _, f := range failed {
		b.WriteString("\n• ")
		b.WriteString(errorDetail(f.err))
	}
	return &claims.Error{Code: claims.EINVALID, Message: b.String()}
}

// importWhat is the sentence that opens the message about failed imports.
func importWhat(failed []importFailure) string {
	if len(failed) == 1 {
		return "The article could not be imported."
	}
	return "Some files could not be imported."
}

// importedBefore says that the articles known were not stored again because
// their texts are stored already, and that the last of them opens.
func importedBefore(known []*claims.Article) string {
	if len(known) == 1 {
		return lang.L("The same text was imported before: „{{.Title}}“ ({{.When}}). It was not stored again; the stored article is open.",
			map[string]any{"Title": known[0].Title, "When": formatTime(known[0].ImportedAt)})
	}
	return lang.LocalizePlural("{{.Count}} texts were imported before and were not stored again.",
		len(known), map[string]any{"Count": formatCount(len(known))})
}
