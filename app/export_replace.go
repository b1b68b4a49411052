package app

import (
	"os"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
)

// Fyne 2.7.1's save dialog asks before it replaces a file, but in English
// whatever the window's language: "Overwrite?" and "Are you sure you want
// to overwrite the file …" are literal strings in its dialog/file.go, not
// passed to lang, and the dialog has no way to change or leave out the
// question; for a folder's name it says "Cannot overwrite" alike. The
// export asks and answers in the window's language instead. While its save
// dialog is open, the file repository (safeFiles.Exists) reports whatever
// is there as absent, so the dialog hands over a writer at once: for an
// ordinary file an outfile, which replaces nothing until it is closed, and
// onFile asks „Datei ersetzen?“ before the export runs; for a folder none
// (safeFiles.Writer: folderChosen), and onFile says so and opens the save
// dialog in that folder. Fyne's dialog calls Exists for nothing else than
// the chosen name.

// hideFiles is set while the export's save dialog is open.
var hideFiles atomic.Bool

// hidesFile reports whether Exists should report path absent: the export's
// save dialog is open and something is there.
func hidesFile(path string) bool {
	if !hideFiles.Load() {
		return false
	}
	_, err := os.Lstat(path)
	return err == nil
}

// isFile reports whether path is an ordinary file already.
func isFile(path string) bool {
	st, err := os.Lstat(path)
	return err == nil && st.Mode().IsRegular()
}

// folderChosen is the error of safeFiles.Writer for a folder's name (as
// the export's save dialog gives it): err says that a folder cannot be
// written.
type folderChosen struct {
	uri fyne.URI
	err error
}

// Error returns the message of the writer's error for the folder.
func (e *folderChosen) Error() string { return e.err.Error() }

// Unwrap returns the writer's error for the folder.
func (e *folderChosen) Unwrap() error { return e.err }

// writerError is err, Writer's error for u, as folderChosen when u is a
// folder. (The save dialog ends hideFiles before it asks for the writer.)
func writerError(u fyne.URI, err error) error {
	if st, e := os.Lstat(u.Path()); e == nil && st.IsDir() {
		return &folderChosen{uri: u, err: err}
	}
	return err
}

// intoFolder says that a folder was chosen in place of a file name, then
// opens the save dialog in that folder with the export's file name.
func (d *exportDialog) intoFolder(fc *folderChosen) {
	d.u.showErrorHint("The file could not be created.", fc.err,
		lang.L("The save dialog opens again in this folder: choose a file name there."), func() {
			at, err := storage.Child(fc.uri, d.defaultFileName())
			if err != nil {
				at = nil
			}
			d.chooseFile(at)
		})
}

// askReplace asks whether the file w is to replace may be replaced:
// „Ersetzen“ runs the export into w, „Nein“ (the default, and Escape) drops
// w (the file stays as it was) and opens the save dialog again in the
// file's folder, with its name.
func (d *exportDialog) askReplace(w fyne.URIWriteCloser, aborter interface{ Abort() }) {
	uri := w.URI()
	msg := lang.L("A file named “{{.Name}}” is already in this folder. Replace it with the export?",
		map[string]any{"Name": uri.Name()})
	d.u.askText(lang.L("Replace the file?"), msg,
		answer{label: lang.L("No"), kind: keepsAll, run: func() {
			aborter.Abort()
			d.chooseFile(uri)
		}},
		answer{label: lang.L("Replace"), kind: destroys, run: func() { d.run(w, uri.Path(), nil) }})
}

// chooseFile opens the save dialog for the export; at names the file
// chosen before (nil: a new name in the last folder).
func (d *exportDialog) chooseFile(at fyne.URI) {
	fd := dialog.NewFileSave(safe2(d.u, "export file", d.onFile), d.u.win)
	name := d.defaultFileName()
	if at != nil {
		name = at.Name()
		if parent, err := storage.Parent(at); err == nil {
			if dir, err := storage.ListerForURI(parent); err == nil {
				fd.SetLocation(dir)
			}
		}
	}
	fd.SetFileName(name)
	fd.SetTitleText(lang.L("Save the export as"))
	hideFiles.Store(true)
	fd.SetOnClosed(func() { hideFiles.Store(false) })
	showFileDialog(fd, d.u.win)
}
