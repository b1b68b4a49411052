package app

import (
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// openFailed fills the window with why the database could not be opened.
// For a server location (and opts.Data set) it also asks for the password
// and connects again (the password is used for this connection only), and
// offers the local file instead.
func openFailed(a fyne.App, w fyne.Window, opts Options, err error) {
	parts := []fyne.CanvasObject{
		&widget.Label{Text: lang.L("The database could not be opened."), TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignCenter},
		&widget.Label{Text: opts.Location + "\n\n" + errorDetail(err), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter},
	}
	if _, server := parseServerTarget(opts.Location); server && opts.Data != nil {
		parts = append(parts, passwordRetry(a, w, opts))
		if opts.LocalFile != "" {
			parts = append(parts, localInstead(a, w, opts))
		}
	} else {
		parts = append(parts, &widget.Label{Text: lang.L("Check the path (--db or CLAIMDESK_DB) and that no other program holds the file, then start Claimdesk again."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter})
	}
	w.SetContent(ringOf(w).over(container.NewPadded(centered(parts...))))
}

// passwordRetry is a password entry and a Connect button that opens the
// server location again with that password.
func passwordRetry(a fyne.App, w fyne.Window, opts Options) fyne.CanvasObject {
	pw := widget.NewPasswordEntry()
	pw.PlaceHolder = lang.L("Password")
	var connect *widget.Button
	connect = &widget.Button{Text: lang.L("Connect"), Importance: widget.HighImportance, OnTapped: func() {
		connect.Disable()
		openWith(a, w, opts, withPassword(opts.Location, pw.Text))
	}}
	pw.OnSubmitted = func(string) { connect.OnTapped() }
	note := &widget.Label{Text: lang.L("The password is used for this session only and never saved. To connect without typing it, put it in ~/.pgpass or set PGPASSWORD."), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	return container.NewVBox(note, border(nil, nil, nil, connect, pw))
}

// localInstead is a button that opens the local file for this session
// (Settings can then make it the location for later starts too).
func localInstead(a fyne.App, w fyne.Window, opts Options) fyne.CanvasObject {
	var b *widget.Button
	b = &widget.Button{Text: lang.L("Work on the file on this computer instead"), OnTapped: func() {
		b.Disable()
		openWith(a, w, opts, opts.LocalFile)
	}}
	return container.NewCenter(b)
}

// openWith opens target in the background and builds the window on it, or
// says again why not.
func openWith(a fyne.App, w fyne.Window, opts Options, target string) {
	go func() {
		o, err := opts.Data.Open(target)
		doUI(func() { // holds uiMu, as every UI update from a goroutine
			if err != nil {
				openFailed(a, w, opts, err)
				return
			}
			opts.Location, opts.CloseData = o.Location, o.Close
			newUIIn(a, w, o.Services, opts)
		})
	}()
}

// withPassword returns the server target with password set (kept as it is
// when password is empty or the target cannot be read).
func withPassword(target, password string) string {
	u, err := url.Parse(target)
	if err != nil || password == "" || u.User == nil {
		return target
	}
	u.User = url.UserPassword(u.User.Username(), password)
	return u.String()
}
