package app

import (
	"errors"
	"io"
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
	active   int // import runs in progress
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
	p.box = container.NewVBox(widget.NewSeparator(), p.label, container.NewStack(p.bar, p.infinite))
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

// begin counts a started import run.
func (p *importProgress) begin() { p.active++ }

// end counts a finished run and hides the strip when none is left.
func (p *importProgress) end() {
	p.active--
	if p.active > 0 {
		return
	}
	p.infinite.Stop()
	p.box.Hide()
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
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			v.u.showError("The file could not be opened.", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		v.importReader(r)
	}, v.u.win)
	d.SetFilter(storage.NewExtensionFileFilter(importer.Extensions))
	d.SetConfirmText(lang.L("Import"))
	d.SetTitleText(lang.L("Choose an article file to import"))
	d.Show()
}

// importReader imports the file behind r, read in the background.
func (v *articlesView) importReader(r fyne.URIReadCloser) {
	name := r.URI().Name()
	v.progress.begin()
	v.progress.step(0, 1, name)
	var data []byte
	var err error
	runJob(v.u, func() {
		data, err = io.ReadAll(r)
		_ = r.Close()
	}, func() {
		v.progress.end()
		if err != nil {
			v.u.showError("The article could not be imported.", readError(name, err))
			return
		}
		v.startImport([]importItem{{name: name, data: data}}, nil)
	})
}

// startImport imports items one after the other in the background: read,
// convert, detect the language, extract, store. The progress strip follows
// along; when all are done the list is reloaded and the last imported article
// opens in the reader. done, when set, is called on the UI goroutine with
// the failures (none on success); otherwise failures are shown in a dialog.
func (v *articlesView) startImport(items []importItem, done func([]importFailure)) {
	if len(items) == 0 {
		return
	}
	svc := v.u.svc
	ctx := v.u.ctx()
	cache := v.reader.cache
	v.progress.begin()
	v.progress.step(0, len(items), items[0].name)
	var failed []importFailure
	lastID := ""
	runJob(v.u, func() {
		var folders bool
		if items, folders = expandFolders(items); folders && len(items) > 0 {
			doUI(func() { v.progress.step(0, len(items), items[0].name) })
		}
		for i, it := range items {
			if i > 0 {
				doUI(func() { v.progress.step(i, len(items), it.name) })
			}
			a, units, err := prepareArticle(it)
			if err == nil {
				err = svc.Articles.CreateArticle(ctx, a)
			}
			if err != nil {
				failed = append(failed, importFailure{name: it.name, err: err})
				continue
			}
			cache.put(a.ID, a.Body, units)
			lastID = a.ID
		}
	}, func() {
		v.progress.end()
		if done != nil {
			done(failed)
		} else if len(failed) > 0 {
			v.u.showError(importWhat(failed), failuresError(failed))
		}
		if lastID != "" {
			v.selected = lastID
			v.changed()
		}
	})
}

// expandFolders replaces each folder among the items by the article files
// directly inside it (.txt, .md, .html), in name order. It reads the disk:
// call it off the UI goroutine. folders reports whether there were any.
func expandFolders(items []importItem) (out []importItem, folders bool) {
	out = make([]importItem, 0, len(items))
	for _, it := range items {
		if it.path == "" {
			out = append(out, it)
			continue
		}
		entries, err := os.ReadDir(it.path)
		if err != nil { // not a folder, or unreadable: reported on import
			out = append(out, it)
			continue
		}
		folders = true
		n := len(out)
		for _, e := range entries {
			if !e.IsDir() && importer.Supported(e.Name()) {
				out = append(out, importItem{name: e.Name(), path: filepath.Join(it.path, e.Name())})
			}
		}
		if len(out) == n {
			it.err = claims.Errorf(claims.EINVALID, "The folder %s holds no .txt, .md or .html files.", it.name)
			out = append(out, it)
		}
	}
	return out, folders
}

// prepareArticle reads and converts one import item and runs the extraction
// once, which also tells the language when it was left open.
func prepareArticle(it importItem) (*claims.Article, []extract.Unit, error) {
	if it.err != nil {
		return nil, nil, it.err
	}
	a := it.article
	if a == nil {
		data := it.data
		if it.path != "" {
			var err error
			if data, err = os.ReadFile(it.path); err != nil {
				return nil, nil, readError(it.name, err)
			}
		}
		var err error
		if a, err = importer.ReadArticle(it.name, data); err != nil {
			return nil, nil, err
		}
	}
	a.Body = normalizeBody(a.Body)
	units := extractText(a.Body, extract.Options{Lang: a.Language})
	if a.Language == "" {
		a.Language = majorityLang(units)
	}
	return a, units, nil
}

// normalizeBody gives pasted or read text Unix line ends.
func normalizeBody(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// majorityLang is the language most units were detected in, "" if none.
func majorityLang(units []extract.Unit) string {
	n := map[string]int{}
	for _, u := range units {
		if u.Lang == "de" || u.Lang == "en" {
			n[u.Lang] += len(u.Text)
		}
	}
	switch {
	case n["de"] == 0 && n["en"] == 0:
		return ""
	case n["de"] >= n["en"]:
		return "de"
	default:
		return "en"
	}
}

// readError says in plain words why a file could not be read.
func readError(name string, err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return claims.Errorf(claims.EINVALID, "%s was not found. It may have been moved or deleted.", name)
	case errors.Is(err, os.ErrPermission):
		return claims.Errorf(claims.EINVALID, "%s may not be read. Check the file's permissions.", name)
	default:
		var pe *os.PathError
		if errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "directory") {
			return claims.Errorf(claims.EINVALID, "%s is a folder. Drop or choose the article files inside it.", name)
		}
		return claims.Internal(err, name+" could not be read.")
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
