package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// Fyne opens its file dialogs at their least size: in a window of
// 1280×800 the "Open file…" dialog showed three or four files, and names
// such as "breitbart_2016-07-25_dnc-issues-deep-and-sincere-apol.txt" were
// cut off (walk26). Every file dialog of the window opens through
// showFileDialog at most of the window's size instead.

// fileDialogShare is the part of the window's width and height a file
// dialog takes; fileDialogMax caps it on a large screen.
const fileDialogShare = 0.85

// fileDialogMax is the largest size a file dialog takes.
var fileDialogMax = fyne.NewSize(1100, 760)

// showFileDialog shows d over win, sized to most of the window (Fyne keeps
// it within the window and not below the dialog's least size), with
// Escape closing it also from its file name field (escapeInSaveName), and
// a path typed there saving there (pathInSaveName).
func showFileDialog(d *dialog.FileDialog, win fyne.Window) {
	d.Resize(fileDialogSize(win.Canvas().Size()))
	d.Show()
	if top, name := escapeInSaveName(win); name != nil {
		pathInSaveName(d, top, name)
	}
}

// fileDialogSize returns the size of a file dialog in a window of size s.
func fileDialogSize(s fyne.Size) fyne.Size {
	return fyne.NewSize(min(s.Width*fileDialogShare, fileDialogMax.Width),
		min(s.Height*fileDialogShare, fileDialogMax.Height))
}
