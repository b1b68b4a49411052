package app

import (
	"context"
	"fmt"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// dataDialog is Settings → data location: a local file or a PostgreSQL
// server, a connection test, and the switch. The password is kept in the
// entry only: it goes into the target for connecting and nowhere else.
type dataDialog struct {
	u                    *ui
	kind                 *keySelect // one Tab stop; radio buttons were two, and a space typed on them switched
	file                 *keyEntry
	host, port, database *keyEntry
	user, rootCert       *keyEntry
	sslmode              *keySelect
	password             *widget.Entry
	fileForm, serverForm *widget.Form
	serverBox            *fyne.Container // the server form and the password note
	scroll               *container.Scroll
	result               *widget.Label
	test, use            *widget.Button
	dlg                  *dialog.CustomDialog
	// switched is the window state after a switch (for tests).
	switched *ui
}

// dataKinds returns the kinds of location, in the order of the drop-down.
func dataKinds() []string {
	return []string{lang.L("A file on this computer (SQLite)"), lang.L("A database server (PostgreSQL)")}
}

// onDataLocation opens the data location dialog.
func (u *ui) onDataLocation() *dataDialog {
	d := &dataDialog{u: u}
	d.build()
	d.dlg.Show()
	d.u.win.Canvas().Focus(d.kind) // Tab goes on to the kind's fields
	return d
}

// build creates the dialog, filled in from the saved location.
func (d *dataDialog) build() {
	u := d.u
	d.file = u.lineEntry(lang.L("Path of the database file"), nil)
	d.host = u.lineEntry("db.newsroom.example", nil)
	d.port = u.lineEntry("5432", nil)
	d.database = u.lineEntry("claimdesk", nil)
	d.user = u.lineEntry(lang.L("Your login on the server"), nil)
	d.rootCert = u.lineEntry(lang.L("Optional: file of the server's root certificate"), nil)
	d.sslmode = newKeySelect(sslModes, u.windowKey)
	d.password = widget.NewPasswordEntry()
	d.password.PlaceHolder = lang.L("Optional: from ~/.pgpass or PGPASSWORD if empty")
	d.fill(SavedDataLocation(u.app), u.opts.Location)
	d.fileForm = widget.NewForm(widget.NewFormItem(lang.L("Database file"), d.file))
	d.serverForm = widget.NewForm(
		widget.NewFormItem(lang.L("Server"), d.host),
		widget.NewFormItem(lang.L("Port"), d.port),
		widget.NewFormItem(lang.L("Database"), d.database),
		widget.NewFormItem(lang.L("User"), d.user),
		widget.NewFormItem(lang.L("Password"), d.password),
		widget.NewFormItem(lang.L("Encryption (sslmode)"), d.sslmode),
		widget.NewFormItem(lang.L("Root certificate"), d.rootCert),
	)
	d.kind = newKeySelect(dataKinds(), u.windowKey)
	d.kind.OnChanged = func(string) { d.showKind() }
	d.kind.SetSelected(dataKinds()[0])
	if d.host.Text != "" {
		d.kind.SetSelected(dataKinds()[1])
	}
	d.result = &widget.Label{Wrapping: fyne.TextWrapWord}
	d.test = &widget.Button{Text: lang.L("Test connection"), Icon: theme.SearchIcon(), OnTapped: u.safe("test connection", d.onTest)}
	passwordNote := noteLabel(lang.L("The password is used for this session only and never saved. To connect without typing it, put it in ~/.pgpass or set PGPASSWORD."))
	d.serverBox = container.NewVBox(d.serverForm, passwordNote)
	content := container.NewVBox(
		&widget.Label{Text: lang.L("Now") + ": " + u.opts.Location, Wrapping: fyne.TextWrapBreak},
		d.fixedNote(), d.kind, d.fileForm, d.serverBox)
	cancel := &widget.Button{Text: lang.L("Cancel"), Icon: theme.CancelIcon(), OnTapped: func() { d.dlg.Hide() }}
	d.use = &widget.Button{Text: lang.L("Switch to this location"), Icon: theme.ConfirmIcon(), Importance: widget.HighImportance, OnTapped: u.safe("switch data location", d.onUse)}
	d.scroll = container.NewVScroll(content) // the server's fields fit a small window
	body := border(nil, container.NewVBox(container.NewHBox(d.test), d.result), nil, nil, d.scroll)
	d.dlg = dialog.NewCustomWithoutButtons(lang.L("Data location"), body, u.win)
	d.dlg.SetButtons([]fyne.CanvasObject{cancel, d.use})
	d.showKind()
}

// fixedNote says when --db or CLAIMDESK_DB overrides the saved choice.
func (d *dataDialog) fixedNote() fyne.CanvasObject {
	if d.u.opts.Fixed == "" {
		return container.NewVBox()
	}
	return &widget.Label{Text: fmt.Sprintf(lang.L("This start uses the location given by %s; a switch here applies now, and at the next start when %s is not given."), d.u.opts.Fixed, d.u.opts.Fixed), Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}
}

// fill sets the fields from the saved location, else the current one.
func (d *dataDialog) fill(saved, current string) {
	loc := saved
	if loc == "" {
		loc = current
	}
	d.sslmode.SetSelected("prefer")
	if f, ok := parseServerTarget(loc); ok {
		d.host.SetText(f.host)
		d.port.SetText(f.port)
		d.database.SetText(f.database)
		d.user.SetText(f.user)
		d.rootCert.SetText(f.rootCert)
		if f.sslmode != "" {
			d.sslmode.SetSelected(f.sslmode)
		}
		if _, ok := parseServerTarget(current); !ok {
			d.file.SetText(current)
		}
		return
	}
	d.file.SetText(loc)
}

// server reports whether the server is chosen.
func (d *dataDialog) server() bool { return d.kind.Selected == d.kind.Options[1] }

// showKind shows the fields of the chosen kind.
func (d *dataDialog) showKind() {
	if d.serverBox == nil {
		return
	}
	if d.server() {
		d.fileForm.Hide()
		d.serverBox.Show()
	} else {
		d.serverBox.Hide()
		d.fileForm.Show()
	}
	if d.scroll != nil && d.dlg != nil { // the dialog as tall as the fields need
		d.scroll.SetMinSize(fyne.NewSize(600, dataDialogHeight(d.scroll.Content.MinSize().Height)))
		d.dlg.Resize(fyne.NewSize(620, 0))
	}
	if d.result != nil {
		d.result.SetText("")
	}
}

// dataDialogHeight is the height of the dialog's fields for content of
// height h: all of it, but at most 460 (the server's fields scroll in a
// small window). A fixed 160 for a file cut its path off when the note on
// --db stood above it (walk28).
func dataDialogHeight(h float32) float32 { return min(h, 460) }

// target returns what to connect to, with the password when one is typed.
func (d *dataDialog) target() string {
	if !d.server() {
		return strings.TrimSpace(d.file.Text)
	}
	return serverTarget(serverFields{host: d.host.Text, port: d.port.Text, database: d.database.Text,
		user: d.user.Text, sslmode: d.sslmode.Selected, rootCert: d.rootCert.Text}, d.password.Text)
}

// missing returns the English name of a required field left empty, or "".
func (d *dataDialog) missing() string {
	switch {
	case !d.server() && strings.TrimSpace(d.file.Text) == "":
		return "Database file"
	case d.server() && strings.TrimSpace(d.host.Text) == "":
		return "Server"
	case d.server() && strings.TrimSpace(d.database.Text) == "":
		return "Database"
	}
	return ""
}

// busy disables the buttons while a connection is tried.
func (d *dataDialog) busy(on bool, msg string) {
	for _, b := range []*widget.Button{d.test, d.use} {
		if on {
			b.Disable()
		} else {
			b.Enable()
		}
	}
	d.result.SetText(msg)
}

// onTest tests the connection in the background and says what it found.
func (d *dataDialog) onTest() {
	if f := d.missing(); f != "" {
		d.result.SetText(fmt.Sprintf(lang.L("Fill in: %s."), lang.L(f)))
		return
	}
	target := d.target()
	d.busy(true, lang.L("Connecting…"))
	var p DataProbe
	var err error
	d.u.background(func() {
		p, err = d.u.opts.Data.Probe(context.Background(), target)
	}, func() {
		if err != nil {
			log.Printf("claimdesk: test connection to %s: %v", withoutPassword(target), err)
			d.busy(false, lang.L("The connection test failed.")+"\n"+errorDetail(err))
			return
		}
		d.busy(false, probeText(p))
	})
}

// probeText says in the interface language what a connection test found.
func probeText(p DataProbe) string {
	if p.Server == "" {
		if p.Exists {
			return lang.L("The file exists: Claimdesk opens and checks it when you switch to it.")
		}
		return lang.L("There is no file there yet: Claimdesk creates a new, empty database when you switch to it.")
	}
	enc := lang.L("not encrypted")
	if p.Encrypted {
		enc = lang.L("encrypted")
	}
	head := fmt.Sprintf(lang.L("Connected to PostgreSQL %s (%s)."), p.Server, enc)
	if !p.Exists {
		return head + " " + lang.L("The database is empty: Claimdesk sets it up when you switch to it.")
	}
	return head + " " + lang.LocalizePlural("The database holds Claimdesk data: {{.Count}} claims.", p.Claims, map[string]any{"Count": formatCount(p.Claims)})
}
