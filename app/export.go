package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/report"
)

// exportAvailable reports whether the Export dialog is built in.
const exportAvailable = true

// formatBundle is the exchange bundle, offered beside the report formats.
const formatBundle = report.Format("bundle")

// exportFormats are the formats offered, in order.
var exportFormats = append(append([]report.Format(nil), report.Formats...), formatBundle)

// exportDialog exports claims as a report or a bundle: format, scope and
// language, then a file, then progress with Cancel.
type exportDialog struct {
	u        *ui
	articles []*claims.Article

	format    *widget.Select
	status    *widget.Select
	verdict   *widget.Select
	article   *widget.Select
	tag       *widget.Entry
	lang      *widget.Select
	org       *widget.Entry
	reviewURL *widget.Entry
	dlg       *dialog.ConfirmDialog

	bar      *widget.ProgressBar
	progress *dialog.CustomDialog
	cancel   context.CancelFunc
	result   string // what the last export did, for tests
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
		list, _, err = s.u.svc.Articles.FindArticles(s.u.ctx(), claims.ArticleFilter{Limit: 200})
	}, func() {
		if err != nil {
			s.u.showError("The articles could not be loaded.", err)
			return
		}
		d := &exportDialog{u: s.u, articles: list}
		d.build()
		s.exporter = d
		d.dlg.Show()
	})
}

// build creates the dialog's widgets.
func (d *exportDialog) build() {
	names := make([]string, len(exportFormats))
	for i, f := range exportFormats {
		names[i] = formatName(f)
	}
	d.format = &widget.Select{Options: names}
	d.format.ExtendBaseWidget(d.format)
	d.format.SetSelectedIndex(0)
	st := []string{lang.L("All statuses")}
	for _, s := range claims.Statuses {
		st = append(st, statusLabel(s))
	}
	d.status = &widget.Select{Options: st}
	d.status.ExtendBaseWidget(d.status)
	d.status.SetSelectedIndex(0)
	vs := []string{lang.L("All verdicts"), lang.L("No verdict")}
	if a := d.u.scales.active; a != nil {
		for _, r := range a.Ratings {
			vs = append(vs, r.Label(uiLang()))
		}
	}
	d.verdict = &widget.Select{Options: vs}
	d.verdict.ExtendBaseWidget(d.verdict)
	d.verdict.SetSelectedIndex(0)
	as := []string{lang.L("All articles")}
	for _, a := range d.articles {
		as = append(as, oneLine(a.Title, 60))
	}
	d.article = &widget.Select{Options: as}
	d.article.ExtendBaseWidget(d.article)
	d.article.SetSelectedIndex(0)
	d.tag = &widget.Entry{PlaceHolder: lang.L("Any tag")}
	d.tag.ExtendBaseWidget(d.tag)
	d.lang = &widget.Select{Options: []string{"English", "Deutsch"}}
	d.lang.ExtendBaseWidget(d.lang)
	if uiLang() == "de" {
		d.lang.SetSelectedIndex(1)
	} else {
		d.lang.SetSelectedIndex(0)
	}
	d.org = &widget.Entry{PlaceHolder: lang.L("Your organisation (ClaimReview author)")}
	d.org.ExtendBaseWidget(d.org)
	d.reviewURL = &widget.Entry{PlaceHolder: "https://example.org/faktencheck/{id}"}
	d.reviewURL.ExtendBaseWidget(d.reviewURL)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Format"), d.format),
		widget.NewFormItem(lang.L("Status"), d.status),
		widget.NewFormItem(lang.L("Verdict"), d.verdict),
		widget.NewFormItem(lang.L("Article"), d.article),
		widget.NewFormItem(lang.L("Tag"), d.tag),
		widget.NewFormItem(lang.L("Report language"), d.lang),
		widget.NewFormItem(lang.L("Organisation"), d.org),
		widget.NewFormItem(lang.L("Review address"), d.reviewURL),
	)
	d.dlg = dialog.NewCustomConfirm(lang.L("Export claims"), lang.L("Choose file…"), lang.L("Cancel"), form, func(ok bool) {
		if ok {
			d.onChooseFile()
		}
	}, d.u.win)
	d.dlg.Resize(fyne.NewSize(560, 0))
}

// selectedFormat returns the chosen format.
func (d *exportDialog) selectedFormat() report.Format {
	return exportFormats[max(0, d.format.SelectedIndex())]
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
func (d *exportDialog) onChooseFile() {
	f := d.selectedFormat()
	ext := f.Ext()
	if f == formatBundle {
		ext = ".zip"
	}
	fd := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			d.u.showError("The file could not be created.", err)
			return
		}
		if w == nil {
			d.dlg.Show() // cancelled: back to the choices
			return
		}
		uri := w.URI()
		d.run(w, uri.Path(), func() { _ = storage.Delete(uri) })
	}, d.u.win)
	fd.SetFileName("claimdesk-" + time.Now().Format("2006-01-02") + ext)
	fd.SetTitleText(lang.L("Save the export as"))
	fd.Show()
}

// run collects and writes the export to w in the background with a
// progress dialog; Cancel stops it and remove deletes the partial file.
func (d *exportDialog) run(w io.WriteCloser, path string, remove func()) {
	u := d.u
	f, scope := d.selectedFormat(), d.scope()
	opts := report.Options{Format: f, Lang: []string{"en", "de"}[max(0, d.lang.SelectedIndex())],
		Org: strings.TrimSpace(d.org.Text), ReviewURL: strings.TrimSpace(d.reviewURL.Text), Location: time.Local}
	ctx, cancel := context.WithCancel(u.ctx())
	d.cancel = cancel
	d.bar = &widget.ProgressBar{}
	d.bar.ExtendBaseWidget(d.bar)
	d.progress = dialog.NewCustomWithoutButtons(lang.L("Exporting…"), container.NewVBox(
		&widget.Label{Text: path, Truncation: fyne.TextTruncateEllipsis}, d.bar), u.win)
	d.progress.SetButtons([]fyne.CanvasObject{&widget.Button{Text: lang.L("Cancel"), OnTapped: cancel}})
	d.progress.Resize(fyne.NewSize(460, 0))
	d.progress.Show()
	var n, warnings int
	var err error
	progress := func(done, total int) {
		if total > 0 {
			doUI(func() { d.bar.SetValue(float64(done) / float64(total)) })
		}
	}
	opts.Warn = func(w report.Warning) {
		warnings++
		log.Printf("claimdesk: export: %s", w)
	}
	u.background(func() {
		defer cancel()
		var data *report.Data
		if data, err = report.Collect(ctx, u.svc, scope); err == nil {
			n = len(data.Claims)
			if f == formatBundle {
				err = report.WriteBundle(ctx, w, data, u.svc.Sources, progress)
			} else {
				err = report.Write(ctx, w, data, opts, progress)
			}
		}
		if cerr := w.Close(); err == nil && cerr != nil {
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
			msg := lang.LocalizePlural("{{.Count}} claims exported to", n, map[string]int{"Count": n}) + "\n" + path
			if warnings > 0 {
				msg += "\n\n" + lang.LocalizePlural("{{.Count}} claims were left out: they lack a required field (see the log).", warnings, map[string]int{"Count": warnings})
			}
			u.showInfo("Export finished", msg)
		}
	})
}
