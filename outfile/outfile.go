// Package outfile writes export files safely: into a temporary file beside
// the target that replaces it by a rename only when everything was written,
// only onto a regular file or a new name (never through a symbolic link,
// onto a device node, a FIFO or a folder), and with the permissions of a
// normal new file (0666 less the umask) or those of the file it replaces.
// The command-line tool and the window both write exports through it.
package outfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"

	"claimdesk/claims"
)

// File is an export being written; Commit puts it in place, Abort drops it.
type File struct {
	tmp  *os.File
	path string
	perm fs.FileMode // the mode of the file replaced; 0 for a new name
	done bool
}

// Check reports whether path may be written: it does not exist yet, or it
// is a regular file (not a symbolic link). Errors are EINVALID and say what
// is in the way.
func Check(path string) (fs.FileInfo, error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, WriteError(path, err)
	}
	if st.Mode().IsRegular() {
		return st, nil
	}
	return nil, notOrdinary(path, st.Mode())
}

// notOrdinary says that path cannot be written because of what it is, one
// whole sentence for each kind of file so that each can be translated.
func notOrdinary(path string, m fs.FileMode) error {
	switch {
	case m&fs.ModeSymlink != 0:
		return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a symbolic link, not an ordinary file; choose another name.", path)
	case m.IsDir():
		return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a folder, not an ordinary file; choose another name.", path)
	case m&fs.ModeNamedPipe != 0:
		return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a named pipe (FIFO), not an ordinary file; choose another name.", path)
	case m&fs.ModeSocket != 0:
		return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a socket, not an ordinary file; choose another name.", path)
	case m&fs.ModeDevice != 0:
		return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a device, not an ordinary file; choose another name.", path)
	}
	return claims.Errorf(claims.EINVALID, "Cannot write %s: it is a special file, not an ordinary file; choose another name.", path)
}

// Create checks path (see Check) and opens a temporary file for it in the
// same folder, created with mode 0666 so that the umask applies as for any
// new file.
func Create(path string) (*File, error) {
	st, err := Check(path)
	if err != nil {
		return nil, err
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	var tmp *os.File
	for range 10 {
		var rnd [6]byte
		_, _ = rand.Read(rnd[:])
		name := filepath.Join(dir, "."+base+"."+hex.EncodeToString(rnd[:])+".tmp")
		tmp, err = os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			break
		}
	}
	if err != nil {
		return nil, WriteError(path, err)
	}
	f := &File{tmp: tmp, path: path}
	if st != nil {
		f.perm = st.Mode().Perm()
	}
	return f, nil
}

// Name returns the path the file will have once committed.
func (f *File) Name() string { return f.path }

// Write writes to the temporary file; an error names the target (see
// WriteError), so that a full drive is not reported as an internal error.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		err = WriteError(f.path, err)
	}
	return n, err
}

// Commit flushes the temporary file to disk and renames it onto the target,
// which is checked once more just before (it must still be a regular file
// or absent). On error nothing was replaced and the temporary file is gone.
func (f *File) Commit() error {
	if f.done {
		return nil
	}
	f.done = true
	name := f.tmp.Name()
	err := f.tmp.Sync()
	if cerr := f.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && f.perm != 0 {
		err = os.Chmod(name, f.perm)
	}
	if err != nil {
		os.Remove(name)
		return WriteError(f.path, err)
	}
	if _, err := Check(f.path); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, f.path); err != nil {
		os.Remove(name)
		return WriteError(f.path, err)
	}
	return nil
}

// Abort drops the temporary file; the target stays as it was. It does
// nothing after Commit.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.tmp.Close()
	os.Remove(f.tmp.Name())
}

// Write writes path through write (see Create and Commit): a failed or
// cancelled write leaves no partial file and the old one unchanged.
func Write(path string, write func(io.Writer) error) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// WriteError is EINVALID naming the file, without the temporary name, and
// saying in a whole sentence why it cannot be written when the cause is a
// common one (no such folder, no permission, a read-only or full drive);
// otherwise the system's words follow the file's name.
func WriteError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
		return claims.Errorf(claims.EINVALID, "Cannot write %s: the folder does not exist. It may have been moved or deleted; choose another folder.", path)
	case errors.Is(err, syscall.EROFS):
		return claims.Errorf(claims.EINVALID, "Cannot write %s: the drive is read-only; choose another folder.", path)
	case errors.Is(err, fs.ErrPermission):
		return claims.Errorf(claims.EINVALID, "Cannot write %s: you may not write in this folder; choose another folder or check its permissions.", path)
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EDQUOT):
		return claims.Errorf(claims.EINVALID, "Cannot write %s: the drive is full; make room or choose another drive.", path)
	}
	return claims.Errorf(claims.EINVALID, "Cannot write %s: %s", path, fmt.Sprint(err))
}

// Close commits the file (see Commit), so that a File can stand where an
// io.WriteCloser is expected.
func (f *File) Close() error { return f.Commit() }
