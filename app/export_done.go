package app

import (
	"log"
	"net/url"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// openFileURL hands a file:// address to the system (the file's viewer, or
// the file manager for a folder); tests replace it.
var openFileURL = func(a fyne.App, u *url.URL) error { return a.OpenURL(u) }

// fileURL is the file:// address of a local path.
func fileURL(path string) *url.URL {
	return &url.URL{Scheme: "file", Path: filepath.ToSlash(path)}
}

// showDone says that the export to path finished, with msg, and offers to
// open the file it wrote or show the folder it is in. path is the file this
// export wrote; nothing else is offered.
func (d *exportDialog) showDone(path, msg string) {
	u := d.u
	text := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	dlg := dialog.NewCustomWithoutButtons(lang.L("Export finished"), text, u.win)
	open := func(target, what string) func() {
		return u.safe("open export", func() {
			dlg.Hide()
			if err := openFileURL(u.app, fileURL(target)); err != nil {
				log.Printf("claimdesk: open %s: %v", target, err)
				u.showErrorHint(what, claims.Errorf(claims.EINVALID, "%s", lang.L("The system did not open it; there may be no program for it on this computer.")),
					lang.L("The export is saved at:")+"\n"+path, nil)
			}
		})
	}
	// Close is the default (Enter, ask.go): opening is a choice of its own.
	buttons := []fyne.CanvasObject{&widget.Button{Text: lang.L("Close"), Importance: widget.HighImportance, OnTapped: dlg.Hide}}
	if filepath.IsAbs(path) {
		d.written = path
		buttons = append(buttons,
			&widget.Button{Text: lang.L("Show in folder"), Icon: theme.FolderOpenIcon(),
				OnTapped: open(filepath.Dir(path), "The folder could not be shown.")},
			&widget.Button{Text: lang.L("Open"), Icon: theme.FileIcon(),
				OnTapped: open(path, "The file could not be opened.")})
	}
	dlg.SetButtons(buttons)
	dlg.Resize(fyne.NewSize(460, 0))
	dlg.Show()
}
