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
		return nil, writeErr(path, err)
	}
	if st.Mode().IsRegular() {
		return st, nil
	}
	return nil, claims.Errorf(claims.EINVALID, "Cannot write %s: it is %s, not an ordinary file; choose another name.", path, kind(st.Mode()))
}

// kind names a file type that is not a regular file.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
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
		return nil, writeErr(path, err)
	}
	f := &File{tmp: tmp, path: path}
	if st != nil {
		f.perm = st.Mode().Perm()
	}
	return f, nil
}

// Name returns the path the file will have once committed.
func (f *File) Name() string { return f.path }

// Write writes to the temporary file.
func (f *File) Write(p []byte) (int, error) { return f.tmp.Write(p) }

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
		return writeErr(f.path, err)
	}
	if _, err := Check(f.path); err != nil {
		os.Remove(name)
		return err
	}
	if err := os.Rename(name, f.path); err != nil {
		os.Remove(name)
		return writeErr(f.path, err)
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

// writeErr is EINVALID naming the file, without the temporary name.
func writeErr(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		err = le.Err
	}
	return claims.Errorf(claims.EINVALID, "Cannot write %s: %s", path, fmt.Sprint(err))
}

// Close commits the file (see Commit), so that a File can stand where an
// io.WriteCloser is expected.
func (f *File) Close() error { return f.Commit() }
