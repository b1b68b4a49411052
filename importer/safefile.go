package importer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"claimdesk/claims"
)

// MaxArticleBytes is the largest article file Claimdesk reads (64 MiB): far
// above any news article, small enough that a wrong file cannot exhaust
// memory.
const MaxArticleBytes = 64 << 20

// MaxSnapshotBytes is the largest snapshot file attached to a source.
const MaxSnapshotBytes = 512 << 20

// readChunk is how much is read between two looks at the context.
const readChunk = 1 << 20

// OpenRegular opens the file at path for reading only when it is a regular
// file (a symbolic link to one is fine). FIFOs, sockets, devices and folders
// are refused before they are opened, and the opened file is checked again,
// so that a file swapped in between cannot make the caller block: the open
// itself never waits for a writer. The returned info is that of the opened
// file. Errors are EINVALID with a message that names the file.
func OpenRegular(path string) (*os.File, fs.FileInfo, error) {
	name := path
	st, err := os.Stat(path)
	if err != nil {
		return nil, nil, ReadError(name, err)
	}
	if err := regularOnly(name, st); err != nil {
		return nil, nil, err
	}
	f, err := openNoBlock(path)
	if err != nil {
		return nil, nil, ReadError(name, err)
	}
	st, err = f.Stat()
	if err == nil {
		err = regularOnly(name, st)
	}
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, st, nil
}

// regularOnly refuses anything but a regular file, naming what it is.
func regularOnly(name string, st fs.FileInfo) error {
	m := st.Mode()
	var what string
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a folder"
	case m&fs.ModeCharDevice != 0:
		what = "a character device"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		what = "not a regular file"
	}
	return claims.Errorf(claims.EINVALID, "%s: cannot read the file: it is %s; Claimdesk reads only ordinary files.", name, what)
}

// ReadError says in plain words why the file name could not be opened or
// read. It is the one place for these messages: the app, claimctl and the
// use cases in desk all report unreadable files through it.
func ReadError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return claims.Errorf(claims.EINVALID, "%s was not found. It may have been moved or deleted.", name)
	case errors.Is(err, fs.ErrPermission):
		return claims.Errorf(claims.EINVALID, "%s may not be read. Check the file's permissions.", name)
	}
	return claims.Errorf(claims.EINVALID, "%s: cannot read the file (%v)", name, err)
}

// Messages name the file by path as given.

// ReadFile reads the regular file at path (see OpenRegular), at most max
// bytes; a larger file is refused with a message naming the limit. It stops
// with ctx's error between two chunks of 1 MiB, so a cancelled read ends at
// once.
func ReadFile(ctx context.Context, path string, max int64) ([]byte, error) {
	f, st, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st.Size() > max {
		return nil, tooLarge(path, max)
	}
	return ReadAll(ctx, path, f, max)
}

// ReadAll reads r (named name in messages) to its end, at most max bytes,
// checking ctx between chunks. It is for streams whose type is already
// known, such as standard input or a file from the system's file dialog.
func ReadAll(ctx context.Context, name string, r io.Reader, max int64) ([]byte, error) {
	var out []byte
	buf := make([]byte, readChunk)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		n, err := r.Read(buf)
		out = append(out, buf[:n]...)
		if int64(len(out)) > max {
			return nil, tooLarge(name, max)
		}
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, ReadError(name, err)
		}
	}
}

// tooLarge returns the EINVALID error saying that the file name is larger
// than max bytes.
func tooLarge(name string, max int64) error {
	return claims.Errorf(claims.EINVALID, "%s: cannot read the file: it is larger than %s, the most Claimdesk reads from one file.", name, sizeText(max))
}

// sizeText writes a byte count in MB (MiB) or KB.
func sizeText(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// ReadArticleFile reads and converts the article file at path: OpenRegular,
// at most MaxArticleBytes, then ReadArticle.
func ReadArticleFile(ctx context.Context, path string) (*claims.Article, error) {
	data, err := ReadFile(ctx, path, MaxArticleBytes)
	if err != nil {
		return nil, err
	}
	return ReadArticle(filepath.Base(path), data)
}

// Skipped is an entry of a folder that FolderFiles left out, and why.
type Skipped struct {
	Path string
	Err  error
}

// FolderFiles lists the article files directly inside dir (not in
// subfolders), sorted by name. Entries with a supported extension that are
// not regular files (FIFOs, devices, links to them or to folders, broken
// links) are returned in skipped with the reason; files with other
// extensions are ignored. A folder without article files is EINVALID.
func FolderFiles(dir string) (files []string, skipped []Skipped, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, ReadError(filepath.Base(dir), err)
	}
	for _, en := range entries {
		if !Supported(en.Name()) {
			continue
		}
		p := filepath.Join(dir, en.Name())
		st, serr := os.Stat(p)
		if serr == nil {
			serr = regularOnly(p, st)
		} else {
			serr = ReadError(p, serr)
		}
		if serr != nil {
			if !en.IsDir() {
				skipped = append(skipped, Skipped{Path: p, Err: serr})
			}
			continue
		}
		files = append(files, p)
	}
	sort.Strings(files)
	if len(files) == 0 && len(skipped) == 0 {
		return nil, nil, claims.Errorf(claims.EINVALID, "The folder %s holds no .txt, .md, .html or .htm files.", filepath.Base(dir))
	}
	return files, skipped, nil
}

// OpenLimited opens the regular file at path (see OpenRegular) as a stream
// of at most max bytes that stops with ctx's error once ctx is done; a file
// larger than max is refused before reading. It is for files stored as
// they are, such as source snapshots.
func OpenLimited(ctx context.Context, path string, max int64) (io.ReadCloser, error) {
	f, st, err := OpenRegular(path)
	if err != nil {
		return nil, err
	}
	if st.Size() > max {
		f.Close()
		return nil, tooLarge(path, max)
	}
	return &limitedFile{ctx: ctx, f: f, name: path, max: max, left: max}, nil
}

// limitedFile is a file read with a context and a byte limit.
type limitedFile struct {
	ctx  context.Context
	f    *os.File
	name string
	max  int64
	left int64 // bytes that may still be read
}

// Read reads from the file; it fails with ctx's error once ctx is done,
// and with tooLarge once more than max bytes are read.
func (l *limitedFile) Read(p []byte) (int, error) {
	if err := l.ctx.Err(); err != nil {
		return 0, err
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.f.Read(p)
	if l.left -= int64(n); l.left < 0 {
		return 0, tooLarge(l.name, l.max)
	}
	return n, err
}

// Close closes the file.
func (l *limitedFile) Close() error { return l.f.Close() }
