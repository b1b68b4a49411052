package app

import (
	"bytes"
	"io"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"claimdesk/claims"
)

// pickedFile is a file chosen in a dialog and read into memory.
type pickedFile struct {
	name string
	data []byte
}

// onNew opens the source editor on an empty source, with a snapshot file
// to choose in the same dialog.
func (v *sourcesView) onNew() {
	e := &sourceEditor{v: v, src: &claims.Source{Kind: claims.KindOther}}
	e.build()
	v.editor = e
	e.open = true
	e.dlg.Show()
	if c := v.u.win.Canvas(); c != nil {
		c.Focus(e.title)
	}
}

// snapRow is the form row that chooses a snapshot file for a new source:
// the chosen file's name and size, a button to choose one and one to drop it.
func (e *sourceEditor) snapRow() fyne.CanvasObject {
	label := &widget.Label{Text: lang.L("No file chosen"), Truncation: fyne.TextTruncateEllipsis}
	clear := &widget.Button{Icon: theme.ContentClearIcon(), Importance: widget.LowImportance}
	clear.Hide()
	show := func() {
		if e.snap == nil {
			label.SetText(lang.L("No file chosen"))
			clear.Hide()
			return
		}
		label.SetText(e.snap.name + " (" + humanSize(int64(len(e.snap.data))) + ")")
		clear.Show()
	}
	clear.OnTapped = func() { e.snap = nil; e.markDirty(); show() }
	choose := &widget.Button{Text: lang.L("Choose file…"), Icon: theme.FileIcon(), OnTapped: func() {
		e.dlg.Hide()
		e.pickFile(func(f *pickedFile) {
			if f != nil {
				e.snap = f
				e.markDirty()
				show()
			}
			e.dlg.Show()
		})
	}}
	return border(nil, nil, nil, container.NewHBox(clear, choose), label)
}

// pickFile asks for a file, reads it in the background and hands it to
// done on the UI goroutine (nil when cancelled or unreadable).
func (e *sourceEditor) pickFile(done func(*pickedFile)) {
	u := e.v.u
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil || r == nil {
			if err != nil {
				u.showErrorThen("The file could not be opened.", err, func() { done(nil) })
				return
			}
			done(nil)
			return
		}
		f := &pickedFile{name: r.URI().Name()}
		u.background(func() {
			defer r.Close()
			f.data, err = io.ReadAll(r)
		}, func() {
			if err != nil {
				u.showErrorThen("The file could not be opened.", claims.Internal(err, lang.L("The file could not be read.")), func() { done(nil) })
				return
			}
			done(f)
		})
	}, u.win)
	d.SetConfirmText(lang.L("Choose"))
	d.SetTitleText(lang.L("Choose a file to keep as a snapshot"))
	showFileDialog(d, u.win)
}

// create stores the new source from upd and then its snapshot file, in the
// background, and shows it. When the source cannot be stored, fail explains
// why and the dialog opens again; when only the file cannot be attached, the
// source is kept and opened, and the person is told to attach it again.
func (e *sourceEditor) create(upd claims.SourceUpdate, fail func(error), next func()) {
	u := e.v.u
	src := &claims.Source{Title: *upd.Title, URL: *upd.URL, Publisher: *upd.Publisher, Author: *upd.Author,
		Kind: *upd.Kind, Notes: *upd.Notes, PublishedAt: *upd.PublishedAt, AccessedAt: *upd.AccessedAt}
	snap := e.snap
	var err, snapErr error
	u.background(func() {
		ctx := u.ctx()
		if err = u.svc.Sources.CreateSource(ctx, src); err != nil || snap == nil {
			return
		}
		_, snapErr = u.svc.Sources.AttachSnapshot(ctx, src.ID, snap.name, bytes.NewReader(snap.data))
	}, func() {
		if err != nil {
			fail(err)
			return
		}
		e.src, e.snap, e.dirty, e.open = src, nil, false, false
		u.changed()
		e.v.open(src.ID)
		if snapErr != nil {
			u.showError("The source was saved, but the snapshot file could not be attached. Attach it again with “Attach file…”.", snapErr)
			return
		}
		if next != nil {
			next()
		}
	})
}
