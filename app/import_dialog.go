package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
	"claimdesk/desk"
	"claimdesk/importer"
)

// pasteDialog asks for an article's text and details. Its fields live as
// long as the articles view, so nothing typed is lost when the dialog is
// closed or an import fails; a successful import clears them.
type pasteDialog struct {
	v         *articlesView
	title     *keyEntry
	url       *keyEntry
	publisher *keyEntry
	language  *keySelect
	text      *wrapEntry
	dlg       *dialog.ConfirmDialog
}

// langChoices maps the labels of the language choice to article languages.
func langChoices() ([]string, map[string]string) {
	auto, de, en := lang.L("Detect automatically"), lang.L("German"), lang.L("English")
	return []string{auto, de, en}, map[string]string{auto: "", de: "de", en: "en"}
}

// newPasteDialog creates the fields; the dialog itself is built on show.
func newPasteDialog(v *articlesView) *pasteDialog {
	opts, _ := langChoices()
	u := v.u
	d := &pasteDialog{
		v:         v,
		title:     u.lineEntry(lang.L("Taken from the first line if left empty"), nil),
		url:       u.lineEntry("https://", nil),
		publisher: u.lineEntry(lang.L("Newspaper, broadcaster or site"), nil),
		language:  newKeySelect(opts, u.windowKey),
		text:      newWrapEntry(lang.L("Paste the article text here"), nil, u.windowKey),
	}
	// Enter in a one-line field imports, as „Importieren“ does: the
	// dialog's default button, which Enter takes in a desktop form (it did
	// nothing; walk31).
	submit := u.safeText("import text", func(string) { d.submit() })
	for _, e := range []*keyEntry{d.title, d.url, d.publisher} {
		e.OnSubmitted = submit
	}
	d.text.onSubmit = func() { submit("") } // Ctrl+Enter in the text field, as in a desktop form
	d.language.ExtendBaseWidget(d.language)
	d.language.SetSelectedIndex(0)
	d.text.SetMinRowsVisible(12)
	d.text.maxBytes, d.text.maxLine = pasteTextLimit, passageLineLimit
	return d
}

// pasteTextLimit is the most text (bytes) the paste dialog's field wraps
// for editing; a longer paste, or one with a line longer than
// passageLineLimit, is kept whole and its start shown (pasteLong), as Fyne
// wraps a line in a time that grows with the square of its length (a
// pasted article is often one line) and a text in paragraphs in a time
// that grows with its length (40 KB took 3.4 s under load). It is
// imported whole; to change it, the checker empties the field and pastes
// again, or imports a file.
const pasteTextLimit = 20000

// onPaste opens the paste dialog.
func (v *articlesView) onPaste() { v.paste.show() }

// show opens the dialog with whatever the fields still hold.
func (d *pasteDialog) show() {
	form := &widget.Form{Items: []*widget.FormItem{
		{Text: lang.L("Title"), Widget: d.title},
		{Text: lang.L("URL"), Widget: d.url},
		{Text: lang.L("Publisher"), Widget: d.publisher},
		{Text: lang.L("Language"), Widget: d.language},
	}}
	// The field takes the height; it comes after the form among the box's
	// objects, which is the order Tab walks (container.NewBorder puts it
	// first, and Tab went from Language to the buttons, then up to it).
	note := d.text.noteRow()
	content := container.New(layout.NewBorderLayout(form, note, nil, nil), form, d.text, note)
	d.dlg = dialog.NewCustomConfirm(lang.L("Import text"), lang.L("Import"), lang.L("Cancel"),
		content, d.v.u.safeOK("import text", d.onConfirm), d.v.u.win)
	d.dlg.Resize(fyne.NewSize(760, 600))
	d.dlg.Show()
	if c := d.v.u.win.Canvas(); c != nil {
		if d.text.Text == "" {
			c.Focus(d.text)
		}
	}
}

// submit closes the dialog and imports, as „Importieren“ does.
func (d *pasteDialog) submit() {
	if d.dlg != nil {
		d.dlg.Hide() // answers „no“: onConfirm(false) does nothing
	}
	d.onConfirm(true)
}

// onConfirm runs when the dialog closes: on Import the article is built from
// the fields and imported in the background.
func (d *pasteDialog) onConfirm(ok bool) {
	if !ok {
		return
	}
	a, err := d.article()
	if err != nil {
		d.v.u.showErrorThen("The text could not be imported.", err, d.show)
		return
	}
	d.onImport(a)
}

// onImport imports a in the background. The fields are cleared only when
// the article was stored; on failure the error is shown and the dialog
// reopens with everything as typed.
func (d *pasteDialog) onImport(a *claims.Article) {
	sent := d.snapshot()
	d.v.startImport([]importItem{{name: a.Title, article: a}}, func(failed []importFailure) {
		if len(failed) > 0 {
			d.v.u.showErrorThen("The article could not be imported.", failed[0].err, d.show)
			return
		}
		d.clearIfUnchanged(sent)
	})
}

// article builds the article from the fields, or says what is missing.
func (d *pasteDialog) article() (*claims.Article, error) {
	body := strings.TrimSpace(desk.UnixLines(d.text.value()))
	if !importer.Visible(body) { // only zero-width or format characters: nothing to read either
		return nil, claims.Errorf(claims.EINVALID, "There is no text to import. Paste the article text into the large field.")
	}
	title := strings.TrimSpace(d.title.Text)
	if title == "" {
		title = importer.TitleFromText(body)
	}
	_, codes := langChoices()
	a := &claims.Article{
		Title:     title,
		URL:       strings.TrimSpace(d.url.Text),
		Publisher: strings.TrimSpace(d.publisher.Text),
		Language:  codes[d.language.Selected],
		Body:      body,
	}
	if err := a.Validate(); err != nil {
		return nil, err
	}
	return a, nil
}

// pasteFields is what the dialog's fields held when an import was sent.
type pasteFields struct{ title, url, publisher, text string }

// snapshot records the fields.
func (d *pasteDialog) snapshot() pasteFields {
	return pasteFields{d.title.Text, d.url.Text, d.publisher.Text, d.text.value()}
}

// clearIfUnchanged empties the fields after a successful import, unless
// the person has typed something new since it was sent.
func (d *pasteDialog) clearIfUnchanged(sent pasteFields) {
	if d.snapshot() != sent {
		return
	}
	for _, e := range []interface{ SetText(string) }{d.title, d.url, d.publisher} {
		e.SetText("")
	}
	d.text.setValue("")
	d.language.SetSelectedIndex(0)
}
