package app

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"

	"claimdesk/importer"
	"claimdesk/outfile"
)

// safeFiles is Fyne's repository for file: URIs with reading and writing
// made safe, so that every file dialog of the window is: a file is opened
// for reading only when it is an ordinary file (importer.OpenRegular — a
// FIFO named .txt would otherwise block the window for good, a device
// would be read without end), and written only through outfile (a
// temporary file renamed onto an ordinary file or a new name; never
// through a symbolic link, onto a device node or a FIFO, and with the
// permissions of a normal new file). Listing, moving and the rest are
// Fyne's own.
type safeFiles struct {
	base repository.Repository
}

// installSafeFiles puts safeFiles in place of the file repository the
// driver registered; it does nothing when that is already done.
func installSafeFiles() {
	base, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	if _, done := base.(*safeFiles); done {
		return
	}
	repository.Register("file", &safeFiles{base: base})
}

// fileReader and fileWriter carry the URI the dialogs ask for.
type fileReader struct {
	*os.File
	uri fyne.URI
}

// URI returns the URI the file was opened for.
func (r *fileReader) URI() fyne.URI { return r.uri }

// fileWriter is an outfile.File with the URI it was created for.
type fileWriter struct {
	*outfile.File
	uri fyne.URI
}

// URI returns the URI the file was created for.
func (w *fileWriter) URI() fyne.URI { return w.uri }

// Reader opens u only when it is an ordinary file.
func (s *safeFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) {
	f, _, err := importer.OpenRegular(u.Path())
	if err != nil {
		return nil, err
	}
	return &fileReader{File: f, uri: u}, nil
}

// Writer writes u through outfile: Close puts the file in place.
func (s *safeFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	f, err := outfile.Create(u.Path())
	if err != nil {
		return nil, writerError(u, err)
	}
	return &fileWriter{File: f, uri: u}, nil
}

// Exists reports whether u exists; while the export's save dialog is open,
// nothing does (hidesFile: the export asks in the window's language
// whether to replace a file, and says that a folder cannot be).
func (s *safeFiles) Exists(u fyne.URI) (bool, error) {
	if hidesFile(u.Path()) {
		return false, nil
	}
	return s.base.Exists(u)
}

// CanRead reports whether u can be read, as the driver's file repository
// says.
func (s *safeFiles) CanRead(u fyne.URI) (bool, error) { return s.base.CanRead(u) }

// Destroy passes the scheme on to the driver's file repository.
func (s *safeFiles) Destroy(scheme string) { s.base.Destroy(scheme) }

// CanWrite reports whether u can be written, as the driver's file
// repository says.
func (s *safeFiles) CanWrite(u fyne.URI) (bool, error) {
	return s.base.(repository.WritableRepository).CanWrite(u)
}

// Delete deletes u through the driver's file repository.
func (s *safeFiles) Delete(u fyne.URI) error {
	return s.base.(repository.WritableRepository).Delete(u)
}

// Appender opens u for appending through the driver's file repository, only
// when outfile.Check allows writing it.
func (s *safeFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if _, err := outfile.Check(u.Path()); err != nil {
		return nil, err
	}
	return s.base.(repository.AppendableRepository).Appender(u)
}

// CanList reports whether u can be listed, as the driver's file repository
// says.
func (s *safeFiles) CanList(u fyne.URI) (bool, error) {
	return s.base.(repository.ListableRepository).CanList(u)
}

// List lists the folder u through the driver's file repository.
func (s *safeFiles) List(u fyne.URI) ([]fyne.URI, error) {
	return s.base.(repository.ListableRepository).List(u)
}

// CreateListable creates the folder u through the driver's file repository.
func (s *safeFiles) CreateListable(u fyne.URI) error {
	return s.base.(repository.ListableRepository).CreateListable(u)
}

// Parent returns u's parent from the driver's file repository.
func (s *safeFiles) Parent(u fyne.URI) (fyne.URI, error) {
	return s.base.(repository.HierarchicalRepository).Parent(u)
}

// Child returns u's child component from the driver's file repository.
func (s *safeFiles) Child(u fyne.URI, component string) (fyne.URI, error) {
	return s.base.(repository.HierarchicalRepository).Child(u, component)
}

// DeleteAll deletes u and what it holds through the driver's file
// repository.
func (s *safeFiles) DeleteAll(u fyne.URI) error {
	return s.base.(repository.DeleteAllRepository).DeleteAll(u)
}

// Copy copies src to dst through the driver's file repository.
func (s *safeFiles) Copy(src, dst fyne.URI) error {
	return s.base.(repository.CopyableRepository).Copy(src, dst)
}

// Move moves src to dst through the driver's file repository.
func (s *safeFiles) Move(src, dst fyne.URI) error {
	return s.base.(repository.MovableRepository).Move(src, dst)
}

// The interfaces Fyne's storage functions look for.
var (
	_ repository.WritableRepository     = (*safeFiles)(nil)
	_ repository.AppendableRepository   = (*safeFiles)(nil)
	_ repository.ListableRepository     = (*safeFiles)(nil)
	_ repository.HierarchicalRepository = (*safeFiles)(nil)
	_ repository.DeleteAllRepository    = (*safeFiles)(nil)
	_ repository.CopyableRepository     = (*safeFiles)(nil)
	_ repository.MovableRepository      = (*safeFiles)(nil)
)
