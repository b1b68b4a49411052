package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// articleEditor edits the details of one article in a dialog: title,
// outlet, web address, publication date and language; its History… button
// shows the article's history. Like the source
// editor it never drops typed text silently: Cancel asks when there are
// changes, and when saving fails the dialog opens again as typed.
type articleEditor struct {
	v   *articlesView
	art *claims.Article

	title     *keyEntry
	outlet    *keyEntry
	url       *keyEntry
	published *keyEntry
	language  *keySelect
	dlg       *dialog.CustomDialog
	notes     inputNotes // refused input, shown under its field

	dirty   bool // the fields hold edits that are not saved
	open    bool // the dialog is shown (or about to be shown again)
	loading bool // set while the fields are filled
}

// articleLangs are the choices of the language field and their codes.
func articleLangs() ([]string, []string) {
	return []string{lang.L("Not set"), lang.L("German"), lang.L("English")}, []string{"", "de", "en"}
}

// onEditArticle loads the selected article and opens the editor for it.
func (v *articlesView) onEditArticle() {
	id := v.selected
	if id == "" {
		return
	}
	var a *claims.Article
	var err error
	v.u.background(func() {
		a, err = v.u.svc.Articles.FindArticleByID(v.u.ctx(), id)
	}, func() {
		if err != nil {
			v.u.showError("The article could not be opened.", err)
			return
		}
		e := &articleEditor{v: v, art: a, open: true}
		e.build()
		v.editor = e
		e.dlg.Show()
	})
}

// entry returns a one-line entry that marks the editor dirty when typed in.
func (e *articleEditor) entry(placeholder, text string) *keyEntry {
	w := e.v.u.lineEntry(placeholder, nil)
	w.SetText(text)
	w.OnChanged = func(string) { e.markDirty() }
	return w
}

// build creates the dialog with the article's values.
func (e *articleEditor) build() {
	a := e.art
	e.loading = true
	defer func() { e.loading = false }()
	e.title = e.entry(lang.L("The heading of reports"), a.Title)
	e.outlet = e.entry(lang.L("Newspaper, broadcaster or site"), a.Publisher)
	e.url = e.entry("https://…", a.URL)
	e.published = e.entry(lang.L("YYYY-MM-DD"), formatDate(a.PublishedAt))
	labels, codes := articleLangs()
	e.language = newKeySelect(labels, e.v.u.windowKey)
	e.language.OnChanged = func(string) { e.markDirty() }
	for i, c := range codes {
		if c == a.Language {
			e.language.SetSelectedIndex(i)
		}
	}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), e.notes.add("title", e.title)),
		widget.NewFormItem(lang.L("Outlet"), e.outlet),
		widget.NewFormItem(lang.L("Web address"), e.url),
		widget.NewFormItem(lang.L("Published on"), e.notes.add("published", e.published)),
		widget.NewFormItem(lang.L("Language"), e.language),
	)
	e.dlg = dialog.NewCustomWithoutButtons(lang.L("Edit article details"), form, e.v.u.win)
	history := &widget.Button{Text: lang.L("History…"), Icon: theme.HistoryIcon(), OnTapped: func() {
		e.v.u.showRecordHistory(e.art.ID, e.art)
	}}
	e.dlg.SetButtons([]fyne.CanvasObject{
		history,
		&widget.Button{Text: lang.L("Cancel"), OnTapped: e.onCancel},
		&widget.Button{Text: lang.L("Save"), Importance: widget.HighImportance, OnTapped: e.onSave},
	})
	e.dlg.Resize(fyne.NewSize(560, 0))
}

// markDirty records that the fields hold unsaved edits.
func (e *articleEditor) markDirty() {
	if !e.loading {
		e.dirty = true
	}
}

// onCancel closes the dialog, after asking when there are changes.
func (e *articleEditor) onCancel() {
	e.dlg.Hide()
	e.guard(func() { e.open = false }, e.dlg.Show)
}

// guard runs next when nothing is unsaved; else it asks whether to save
// (next runs after a successful save), discard (next runs) or keep editing
// (back runs; the edits stay).
func (e *articleEditor) guard(next, back func()) {
	if !e.open || !e.dirty {
		next()
		return
	}
	askSaveChanges(e.v.u.win, lang.L("This article has changes that are not saved yet."), lang.L("Keep editing"), back,
		func() {
			e.dlg.Hide()
			e.dirty, e.open = false, false
			next()
		},
		func() { e.saveThen(next) })
}

// guard runs next unless the article details dialog holds unsaved edits;
// then it asks first, like the other editors. The shell calls it before
// the window closes or changes language.
func (v *articlesView) guard(next func()) {
	if v.editor == nil {
		next()
		return
	}
	v.editor.guard(next, v.editor.dlg.Show)
}

// update builds the change from the fields, or says which field is wrong
// (its note's name) and why.
func (e *articleEditor) update() (claims.ArticleUpdate, string, error) {
	pub, err := parseDate(e.published.Text)
	if err != nil {
		return claims.ArticleUpdate{}, "published", err
	}
	trim := func(w *keyEntry) *string { s := strings.TrimSpace(w.Text); return &s }
	upd := claims.ArticleUpdate{Title: trim(e.title), Publisher: trim(e.outlet), URL: trim(e.url), PublishedAt: &pub}
	if *upd.Title == "" {
		return upd, "title", claims.Errorf(claims.EINVALID, "%s", lang.L("An article needs a title: it is the heading of its reports."))
	}
	_, codes := articleLangs()
	l := codes[max(0, e.language.SelectedIndex())]
	upd.Language = &l
	return upd, "", nil
}

// onSave stores the fields.
func (e *articleEditor) onSave() { e.saveThen(nil) }

// saveThen stores the fields in the background, then runs next (may be
// nil). A refused input is told under its field with the dialog open;
// on another failure the error is explained and the dialog opens again
// with everything typed.
func (e *articleEditor) saveThen(next func()) {
	u := e.v.u
	fail := func(err error) { u.showErrorThen("The article could not be saved.", err, e.dlg.Show) }
	upd, field, err := e.update()
	if err != nil {
		e.dlg.Show() // back from the question about unsaved changes
		if !e.notes.show(field, err) {
			e.dlg.Hide()
			fail(err)
		}
		return
	}
	e.notes.clear()
	e.dlg.Hide()
	id := e.art.ID
	var saved *claims.Article
	u.background(func() {
		saved, err = u.svc.Articles.UpdateArticle(u.ctx(), id, upd)
	}, func() {
		if err != nil {
			fail(err)
			return
		}
		if saved.Language != e.art.Language {
			e.v.reader.cache.forget(id) // extract again in the new language
		}
		e.art, e.dirty, e.open = saved, false, false
		e.v.changed()
		if next != nil {
			next()
		}
	})
}

// onDeleteArticle counts the claims of the selected article, then asks
// whether to delete it, naming how many claims stay.
func (v *articlesView) onDeleteArticle() {
	id := v.selected
	if id == "" {
		return
	}
	var a *claims.Article
	var n int
	var err error
	v.u.background(func() {
		ctx := v.u.ctx()
		if a, err = v.u.svc.Articles.FindArticleByID(ctx, id); err == nil {
			_, n, err = v.u.svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &id, Limit: 1})
		}
	}, func() {
		if err != nil {
			v.u.showError("The article could not be deleted.", err)
			return
		}
		v.confirmDelete(a, n)
	})
}

// confirmDelete asks whether to delete article a, which has n claims.
func (v *articlesView) confirmDelete(a *claims.Article, n int) {
	msg := lang.L("The article and its text will be deleted, and its suggestions with it.") + "\n" +
		lang.LocalizePlural("{{.Count}} claims made from it stay, without article.", n, map[string]any{"Count": formatCount(n)}) + "\n\n" +
		lang.L("This cannot be undone.")
	text := container.NewVBox(
		&widget.Label{Text: a.Title, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}},
		&widget.Label{Text: msg, Wrapping: fyne.TextWrapWord})
	d := v.u.ask(lang.L("Delete article?"), text, cancelAnswer(nil),
		answer{label: lang.L("Delete"), kind: destroys, run: func() { v.deleteArticle(a.ID) }})
	d.Resize(fyne.NewSize(480, 0))
}

// deleteArticle deletes article id in the background and clears the reader.
func (v *articlesView) deleteArticle(id string) {
	var err error
	v.u.background(func() {
		err = v.u.svc.Articles.DeleteArticle(v.u.ctx(), id)
	}, func() {
		if err != nil {
			v.u.showError("The article could not be deleted.", err)
			return
		}
		if v.selected == id {
			v.selected = ""
			v.reader.clear()
		}
		v.changed()
	})
}

// clear shows no article in the reader.
func (r *readerView) clear() {
	r.gen++ // answers of loads still running are dropped
	r.article, r.claims, r.units = nil, nil, nil
	r.body.Hide()
	r.empty.Show()
}

// forget drops the cached extraction of article id.
func (c *unitCache) forget(id string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.m, id)
}
