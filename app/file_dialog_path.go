package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// A path typed into the file name field of Fyne's save dialog was joined
// to the folder shown: „/tmp/bericht.zip“ typed in the home folder was to
// be written to „/home/anna/tmp/bericht.zip“, and the export failed with
// „Den Ordner gibt es nicht“ (walk31). In a desktop save dialog a typed
// path names the folder too, as no file name holds a „/“. On „Speichern“
// (or Enter) a name that is an absolute path, or starts with „~/“, whose
// folder exists makes the dialog go to that folder and keeps the last part
// as the name.

// pathInSaveName makes the save button of the save dialog d (shown in top,
// with name its file name field) take a typed path as above; it does
// nothing when top has no single save button (a Fyne version that lays
// the dialog out otherwise).
func pathInSaveName(d *dialog.FileDialog, top fyne.CanvasObject, name *keyEntry) {
	save := highButtonIn(top, nil)
	if len(save) != 1 || save[0].OnTapped == nil {
		return
	}
	fyneSave := save[0].OnTapped // Enter in the field presses it too
	save[0].OnTapped = func() {
		if dir, base, ok := typedFolder(name.Text); ok {
			if list, err := storage.ListerForURI(storage.NewFileURI(dir)); err == nil {
				d.SetLocation(list)
				name.SetText(base) // mirrored into Fyne's field
			}
		}
		if name.Text != "" {
			fyneSave()
		}
	}
}

// typedFolder splits s, typed as a file name, into an existing folder and
// the name in it when s is an absolute path or starts with „~/“ (the home
// folder); base is "" when s ends with „/“.
func typedFolder(s string) (dir, base string, ok bool) {
	p := s
	if rest, found := strings.CutPrefix(s, "~/"); found {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", "", false
		}
		p = filepath.Join(home, rest)
	}
	if !filepath.IsAbs(p) {
		return "", "", false
	}
	dir, base = filepath.Split(p)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return "", "", false
	}
	return filepath.Clean(dir), base, true
}

// highButtonIn appends to found the buttons of high importance in o (the
// save dialog's „Speichern“).
func highButtonIn(o fyne.CanvasObject, found []*widget.Button) []*widget.Button {
	if o == nil || !o.Visible() {
		return found
	}
	switch c := o.(type) {
	case *widget.Button:
		if c.Importance == widget.HighImportance {
			found = append(found, c)
		}
	case *fyne.Container:
		for _, k := range c.Objects {
			found = highButtonIn(k, found)
		}
	case *container.Split:
		found = highButtonIn(c.Trailing, highButtonIn(c.Leading, found))
	case *container.Scroll:
		found = highButtonIn(c.Content, found)
	case *widget.PopUp:
		found = highButtonIn(c.Content, found)
	}
	return found
}
