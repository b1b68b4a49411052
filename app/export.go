package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/desk"
	"claimdesk/outfile"
	"claimdesk/report"
)

// exportAvailable reports whether the Export dialog is built in.
const exportAvailable = true

// formatBundle is the exchange bundle, offered beside the report formats.
const formatBundle = desk.FormatBundle

// exportFormats are the formats offered, in order.
var exportFormats = append(append([]report.Format(nil), report.Formats...), formatBundle)

// exportDialog exports claims as a report or a bundle: format, scope and
// language, then a file, then progress with Cancel.
type exportDialog struct {
	u        *ui
	articles []*claims.Article

	format    *keySelect
	status    *keySelect
	verdict   *keySelect
	article   *keySelect
	tag       *keyEntry
	lang      *keySelect
	history   *widget.Check
	earlier   *widget.Check
	evidence  *widget.Check // CSV: one row per evidence link
	org       *keyEntry
	reviewURL *keyEntry
	form      *widget.Form
	aside     *widget.Label      // the list's filters the export cannot take, when there are any
	baseItems []*widget.FormItem // shown for every format
	crItems   []*widget.FormItem // shown only for ClaimReview
	csvItems  []*widget.FormItem // shown only for CSV
	dlg       *dialog.ConfirmDialog

	bar      *widget.ProgressBar
	progress *dialog.CustomDialog
	cancel   context.CancelFunc
	result   string // what the last export did, for tests
	written  string // the file the last export wrote, once it finished
}

// formatName returns the name of a format shown in the dialog.
func formatName(f report.Format) string {
	switch f {
	case report.HTML:
		return "HTML"
	case report.PDF:
		return "PDF"
	case report.Markdown:
		return "Markdown"
	case report.CSV:
		return "CSV"
	case report.JSON:
		return "JSON"
	case report.ClaimReview:
		return "ClaimReview (JSON-LD)"
	}
	return lang.L("Exchange bundle (.zip)")
}

// onExport loads the article choices, then opens the Export dialog.
func (s *shell) onExport() {
	var list []*claims.Article
	var err error
	s.u.background(func() {
		list, _, err = s.u.svc.Articles.FindArticles(s.u.ctx(), claims.ArticleFilter{Limit: 200, WithoutBody: true})
	}, func() {
		if err != nil {
			s.u.showError("The articles could not be loaded.", err)
			return
		}
		d := &exportDialog{u: s.u, articles: list}
		d.build()
		if s.currentKey() == viewClaims {
			d.follow(s.claims.filter) // export what the list shows
		}
		s.exporter = d
		d.dlg.Show()
		// The format takes the keys, as the first field of the other
		// dialogs does: with nothing focused, Space and ↓ did nothing
		// until the checker pressed Tab (walk32).
		s.u.win.Canvas().Focus(d.format)
	})
}

// build creates the dialog's widgets.
func (d *exportDialog) build() {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = formatName(f)
	}
	d.format = newKeySelect(names, d.u.windowKey)
	d.format.OnChanged = d.u.safeText("export format", func(string) { d.onFormat() })
	st := []string{lang.L("All statuses")}
	for _, s := range claims.Statuses {
		st = append(st, statusLabel(s))
	}
	d.status = newKeySelect(st, d.u.windowKey)
	d.status.SetSelectedIndex(0)
	var ratings []claims.Rating
	if a := d.u.scales.active; a != nil {
		ratings = a.Ratings
	}
	vs := d.u.scales.verdictChoices([]string{lang.L("All verdicts"), lang.L("No verdict")}, ratings)
	d.verdict = newKeySelect(vs, d.u.windowKey)
	d.verdict.SetSelectedIndex(0)
	as := []string{lang.L("All articles")}
	for _, a := range d.articles {
		as = append(as, oneLine(a.Title, 60))
	}
	d.article = newKeySelect(as, d.u.windowKey)
	d.article.SetSelectedIndex(0)
	d.tag = d.u.lineEntry(lang.L("Any tag"), nil)
	d.lang = newKeySelect([]string{"English", "Deutsch"}, d.u.windowKey)
	if uiLang() == "de" {
		d.lang.SetSelectedIndex(1)
	} else {
		d.lang.SetSelectedIndex(0)
	}
	d.org = d.u.lineEntry(lang.L("Your organisation (ClaimReview author)"), nil)
	d.reviewURL = d.u.lineEntry("https://example.org/faktencheck/{id}", nil)
	d.restoreReviewFields()
	d.history = &widget.Check{Text: lang.L("Add who changed what, and when")}
	d.history.ExtendBaseWidget(d.history)
	d.earlier = &widget.Check{Text: lang.L("Add the earlier checks each claim was linked to")}
	d.earlier.ExtendBaseWidget(d.earlier)
	d.evidence = &widget.Check{Text: lang.L("One row per evidence link, not per claim")}
	d.evidence.ExtendBaseWidget(d.evidence)
	d.csvItems = []*widget.FormItem{widget.NewFormItem(lang.L("Rows"), d.evidence)}
	d.crItems = []*widget.FormItem{
		widget.NewFormItem(lang.L("Organisation"), d.org),
		widget.NewFormItem(lang.L("Review address"), d.reviewURL),
	}
	d.baseItems = []*widget.FormItem{
		widget.NewFormItem(lang.L("Format"), d.format),
		widget.NewFormItem(lang.L("Status"), d.status),
		widget.NewFormItem(lang.L("Verdict"), d.verdict),
		widget.NewFormItem(lang.L("Article"), d.article),
		widget.NewFormItem(lang.L("Tag"), d.tag),
		widget.NewFormItem(lang.L("Report language"), d.lang),
		widget.NewFormItem(lang.L("Change history"), d.history),
		widget.NewFormItem(lang.L("Earlier checks"), d.earlier),
	}
	d.form = widget.NewForm(d.baseItems...)
	d.aside = &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}
	d.aside.Hide()
	content := container.NewVBox(d.aside, d.form)
	d.dlg = dialog.NewCustomConfirm(lang.L("Export claims"), lang.L("Choose file…"), lang.L("Cancel"), content, d.u.safeOK("export", func(ok bool) {
		if !ok {
			return
		}
		if err := d.check(); err != nil {
			d.u.showErrorThen("The export cannot start.", err, d.dlg.Show)
			return
		}
		d.saveFormat()
		d.onChooseFile()
	}), d.u.win)
	d.format.SetSelectedIndex(d.savedFormatIndex())
	d.dlg.Resize(fyne.NewSize(560, 0))
}

// onFormat shows the fields that apply to the chosen format: organisation
// and review address for ClaimReview only, rows per evidence link for CSV
// only, the history for the documents, the language for all but JSON and
// the bundle.
func (d *exportDialog) onFormat() {
	if d.form == nil {
		return
	}
	f := d.selectedFormat()
	items := append([]*widget.FormItem(nil), d.baseItems...)
	if f == report.ClaimReview {
		items = append(items, d.crItems...)
	}
	if f == report.CSV {
		items = append(items, d.csvItems...)
	}
	d.form.Items = items
	d.form.Refresh()
	if f == report.HTML || f == report.PDF || f == report.Markdown {
		d.history.Enable()
		d.earlier.Enable()
	} else {
		d.history.Disable()
		d.earlier.Disable()
	}
	if f == report.JSON || f == formatBundle {
		d.lang.Disable() // their fields are the same in every language
	} else {
		d.lang.Enable()
	}
	d.dlg.Resize(fyne.NewSize(560, 0))
}

// selectedFormat returns the chosen format.
func (d *exportDialog) selectedFormat() report.Format {
	return exportFormats[max(0, d.format.SelectedIndex())]
}

// follow sets the scope widgets to the claims list's filter f; the list's
// filters a report cannot take (the search box's words, the claimant,
// "Seen before") are named above the choices, so that nobody takes the
// export for the list shown.
func (d *exportDialog) follow(f claims.ClaimFilter) {
	if f.Status != nil {
		d.status.SetSelectedIndex(slices.Index(claims.Statuses, *f.Status) + 1)
	}
	if a := d.u.scales.active; f.RatingID != nil && *f.RatingID == "" {
		d.verdict.SetSelectedIndex(1)
	} else if f.RatingID != nil && a != nil {
		for i, r := range a.Ratings {
			if r.ID == *f.RatingID {
				d.verdict.SetSelectedIndex(i + 2)
			}
		}
	}
	for i, a := range d.articles {
		if f.ArticleID != nil && a.ID == *f.ArticleID {
			d.article.SetSelectedIndex(i + 1)
		}
	}
	if f.Tag != nil {
		d.tag.SetText(*f.Tag)
	}
	if note := asideText(f); note != "" {
		d.aside.SetText(note)
		d.aside.Show()
	}
}

// scope reads the scope widgets.
func (d *exportDialog) scope() report.Scope {
	var s report.Scope
	if i := d.status.SelectedIndex(); i > 0 {
		s.Status = claims.Statuses[i-1]
	}
	if i := d.verdict.SelectedIndex(); i == 1 {
		s.Verdict = "none"
	} else if a := d.u.scales.active; i > 1 && a != nil && i-2 < len(a.Ratings) {
		s.Verdict = a.Ratings[i-2].ID
	}
	if i := d.article.SelectedIndex(); i > 0 && i-1 < len(d.articles) {
		s.ArticleID = d.articles[i-1].ID
	}
	s.Tag = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(d.tag.Text), "#"))
	return s
}

// onChooseFile asks where to write the export, then runs it.
func (d *exportDialog) onChooseFile() { d.chooseFile(nil) }

// defaultFileName is the name the save dialog offers: the date and the
// format's extension.
func (d *exportDialog) defaultFileName() string {
	f := d.selectedFormat()
	ext := f.Ext()
	if f == formatBundle {
		ext = ".zip"
	}
	return "claimdesk-" + time.Now().Format("2006-01-02") + ext
}

// onFile takes what the file dialog gives: a writer to run the export
// into, nil when it was cancelled, or the error that the file could not be
// created. After a cancel or an error the export's choices are shown again,
// so that another folder or name can be chosen without choosing them anew.
func (d *exportDialog) onFile(w fyne.URIWriteCloser, err error) {
	hideFiles.Store(false)
	if fc := (*folderChosen)(nil); errors.As(err, &fc) {
		d.intoFolder(fc)
		return
	}
	if err != nil {
		d.fileError(err)
		return
	}
	if w == nil {
		d.dlg.Show() // cancelled: back to the choices
		return
	}
	// The file goes through outfile (temp file, rename, only onto an
	// ordinary file): safeFiles' writer does; any other is replaced.
	uri := w.URI()
	if a, ok := w.(interface{ Abort() }); ok {
		if isFile(uri.Path()) { // the save dialog did not ask (export_replace.go)
			d.askReplace(w, a)
			return
		}
		d.run(w, uri.Path(), nil)
		return
	}
	_ = w.Close()
	out, err := outfile.Create(uri.Path())
	if err != nil {
		d.fileError(err)
		return
	}
	d.run(out, uri.Path(), func() { removeIfEmpty(uri.Path()) })
}

// fileError says that the export file could not be created and why, then
// shows the export's choices again.
func (d *exportDialog) fileError(err error) {
	d.u.showErrorHint("The file could not be created.", err,
		lang.L("Nothing was exported. Your choices are shown again: choose another folder or name."), d.dlg.Show)
}

// run collects and writes the export to w in the background with a
// progress dialog; Cancel stops it and remove deletes the partial file. A
// writer with Abort (an outfile) is committed by Close on success and
// aborted otherwise.
func (d *exportDialog) run(w io.WriteCloser, path string, remove func()) {
	u := d.u
	f, scope := d.selectedFormat(), d.scope()
	opts := report.Options{Format: f, Lang: []string{"en", "de"}[max(0, d.lang.SelectedIndex())],
		History: d.history.Checked && !d.history.Disabled(), Location: time.Local,
		EarlierChecks: d.earlier.Checked && !d.earlier.Disabled(),
		Evidence:      d.evidence.Checked && f == report.CSV}
	if f == report.ClaimReview {
		opts.Org, opts.ReviewURL = strings.TrimSpace(d.org.Text), strings.TrimSpace(d.reviewURL.Text)
	}
	ctx, cancel := context.WithCancel(u.ctx())
	d.cancel = cancel
	d.bar = &widget.ProgressBar{}
	d.bar.ExtendBaseWidget(d.bar)
	d.progress = dialog.NewCustomWithoutButtons(lang.L("Exporting…"), container.NewVBox(
		&widget.Label{Text: path, Truncation: fyne.TextTruncateEllipsis}, d.bar), u.win)
	d.progress.SetButtons([]fyne.CanvasObject{&widget.Button{Text: lang.L("Cancel"), OnTapped: u.safe("cancel export", cancel)}})
	d.progress.Resize(fyne.NewSize(460, 0))
	d.progress.Show()
	var n, unchecked int
	var warnings []report.Warning
	var err error
	progress := func(done, total int) {
		if total > 0 {
			doUI(func() { d.bar.SetValue(float64(done) / float64(total)) })
		}
	}
	opts.Warn = func(w report.Warning) {
		warnings = append(warnings, w)
		log.Printf("claimdesk: export: %s", w)
	}
	u.background(func() {
		defer cancel()
		var data *report.Data
		if data, err = desk.Export(ctx, u.svc, scope, opts, w, progress); err == nil {
			n, unchecked = exportedCount(f, data, warnings)
		}
		if a, ok := w.(interface{ Abort() }); ok && err != nil {
			a.Abort() // an outfile: the old file stays as it was
		} else if cerr := w.Close(); err == nil && cerr != nil {
			err = claims.Internal(cerr, "The file could not be written completely.")
		}
		if err != nil && remove != nil {
			remove()
		}
	}, func() {
		d.progress.Hide()
		switch {
		case errors.Is(err, context.Canceled):
			d.result = "cancelled"
			u.showInfo("Export cancelled", lang.L("The export was stopped; no file was written."))
		case err != nil:
			d.result = "failed"
			u.showError("The export failed.", err)
		default:
			d.result = fmt.Sprintf("%d", n)
			msg := lang.LocalizePlural("{{.Count}} claims exported to", n, map[string]any{"Count": formatCount(n)}) + "\n" + path
			if unchecked > 0 {
				msg += "\n\n" + lang.LocalizePlural("{{.Count}} claims without a verdict are not in it: a ClaimReview holds checked claims only.", unchecked, map[string]any{"Count": formatCount(unchecked)})
			}
			d.showDone(path, msg+warningText(warnings))
		}
	})
}

// removeIfEmpty deletes the empty file the save dialog created when the
// export did not finish; a file with content is left alone.
func removeIfEmpty(path string) {
	if st, err := os.Lstat(path); err == nil && st.Mode().IsRegular() && st.Size() == 0 {
		_ = os.Remove(path)
	}
}
