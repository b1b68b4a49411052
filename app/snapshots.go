package app

import (
	"bytes"
	"io"
	"log"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"claimdesk/claims"
	"claimdesk/importer"
	"claimdesk/opener"
)

// attachSnapshot asks for a file and attaches it to a source as a snapshot;
// done (may be nil) runs after a successful attach.
func (u *ui) attachSnapshot(sourceID string, done func()) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			u.showError("The file could not be opened.", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		name := r.URI().Name()
		var snap *claims.Snapshot
		u.background(func() {
			defer r.Close()
			var data []byte
			// at most importer.MaxSnapshotBytes; a larger file is refused
			if data, err = importer.ReadAll(u.ctx(), name, r, importer.MaxSnapshotBytes); err != nil {
				return
			}
			snap, err = u.svc.Sources.AttachSnapshot(u.ctx(), sourceID, name, bytes.NewReader(data))
		}, func() {
			if err != nil {
				u.showError("The file could not be attached.", err)
				return
			}
			u.showInfo("Snapshot attached", snap.Name+"\nSHA-256: "+snap.SHA256)
			if done != nil {
				done()
			}
		})
	}, u.win)
	d.SetTitleText(lang.L("Choose a snapshot file"))
	showFileDialog(d, u.win)
}

// openSnapshot copies a stored snapshot to a read-only temporary file with
// a safe name and extension (opener.SnapshotName) and opens it with the
// system's viewer; when no program takes it, the message says where the
// copy is. The copy is removed when the window closes (snapshot_copies.go).
func (u *ui) openSnapshot(snap claims.Snapshot) {
	var path string
	var err error
	u.background(func() {
		var rc io.ReadCloser
		if rc, err = u.svc.Sources.OpenSnapshot(u.ctx(), snap.SHA256); err != nil {
			return
		}
		defer rc.Close()
		dir, derr := newSnapshotDir() // removed when the window closes
		if derr != nil {
			err = claims.Internal(derr, lang.L("No temporary file could be created."))
			return
		}
		// A safe name (opener.SnapshotName), and read-only: the viewer gets a
		// copy it cannot change and that cannot be mistaken for a program.
		path = filepath.Join(dir, opener.SnapshotName(snap.Name, "snapshot"))
		f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o400)
		if ferr == nil {
			_, ferr = io.Copy(f, rc)
			if cerr := f.Close(); ferr == nil {
				ferr = cerr
			}
		}
		if ferr != nil {
			err = claims.Internal(ferr, lang.L("The snapshot could not be copied to a temporary file."))
		}
	}, func() {
		if err != nil {
			u.showError("The snapshot could not be opened.", err)
			return
		}
		if err := openFileURL(u.app, fileURL(path)); err != nil {
			// Not an internal fault: the copy is there, only no program took it.
			log.Printf("claimdesk: open %s: %v", path, err)
			u.showErrorHint("The snapshot could not be opened.", claims.Errorf(claims.EINVALID, "%s", lang.L("The system did not open it; there may be no program for it on this computer.")),
				lang.L("A read-only copy of it is at:")+"\n"+path, nil)
		}
	})
}
