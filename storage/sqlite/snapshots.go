package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// Snapshot files are stored beside the database file, content-addressed;
// the snapshots table lists them (sqlstore.SnapshotStore).

// snapshotPath returns where the file with the given SHA-256 is stored:
// <db dir>/snapshots/<first two hex digits>/<sha256>.
func (s *store) snapshotPath(sha string) string {
	return filepath.Join(s.dir, "snapshots", sha[:2], sha)
}

// storeFile writes the content read from r under its SHA-256, through a
// temporary file and a rename, and returns its hash, size and first bytes.
// A file already stored is left as it is.
func (s *store) storeFile(r io.Reader) (sha string, size int64, head []byte, err error) {
	dir := filepath.Join(s.dir, "snapshots")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", 0, nil, err
	}
	tmp, err := os.CreateTemp(dir, ".incoming-*")
	if err != nil {
		return "", 0, nil, err
	}
	defer os.Remove(tmp.Name()) // a no-op once renamed
	h := sha256.New()
	var first bytes.Buffer
	size, err = io.Copy(io.MultiWriter(tmp, h, &limitedBuffer{&first, 512}), r)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return "", 0, nil, err
	}
	sha = hex.EncodeToString(h.Sum(nil))
	if size == 0 {
		return sha, 0, nil, nil
	}
	final := s.snapshotPath(sha)
	if _, err := os.Stat(final); err == nil {
		return sha, size, first.Bytes(), nil // the same content is stored once
	}
	if err := os.MkdirAll(filepath.Dir(final), 0o700); err != nil {
		return "", 0, nil, err
	}
	if err := os.Rename(tmp.Name(), final); err != nil {
		return "", 0, nil, err
	}
	return sha, size, first.Bytes(), nil
}

// limitedBuffer keeps the first n bytes written to it and accepts the rest.
type limitedBuffer struct {
	b *bytes.Buffer
	n int
}

// Write keeps what still fits in the first n bytes and reports all of p
// written.
func (l *limitedBuffer) Write(p []byte) (int, error) {
	if rest := l.n - l.b.Len(); rest > 0 {
		l.b.Write(p[:min(rest, len(p))])
	}
	return len(p), nil
}

// ReadSnapshot stores the file read from r (see storeFile); its content
// is not kept in memory.
func (s *store) ReadSnapshot(r io.Reader, name string) (sqlstore.SnapshotFile, error) {
	sha, size, head, err := s.storeFile(r)
	if err != nil {
		return sqlstore.SnapshotFile{}, claims.Internal(err, fmt.Sprintf("Could not store the file %q in %s.", name, filepath.Join(s.dir, "snapshots")))
	}
	return sqlstore.SnapshotFile{SHA256: sha, Size: size, Head: head}, nil
}

// HasSnapshot reports whether the file of sha is stored.
func (s *store) HasSnapshot(_ context.Context, _ *sqlstore.Tx, sha string) (bool, error) {
	_, err := os.Stat(s.snapshotPath(sha))
	return err == nil, nil
}

// StoreSnapshot stores content as a file, except in a dry run; the
// snapshots row follows with RecordSnapshot.
func (s *store) StoreSnapshot(_ context.Context, _ *sqlstore.Tx, snap *claims.Snapshot, content []byte, dry bool) error {
	if dry {
		return nil
	}
	if _, _, _, err := s.storeFile(bytes.NewReader(content)); err != nil {
		return claims.Internal(err, fmt.Sprintf("Could not store the snapshot %q.", snap.Name))
	}
	return nil
}

// RecordSnapshot adds the snapshots row of snap unless there is one.
func (s *store) RecordSnapshot(ctx context.Context, tx *sqlstore.Tx, snap *claims.Snapshot) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO snapshots (sha256, size, mime) VALUES (?,?,?) ON CONFLICT DO NOTHING",
		snap.SHA256, snap.Size, snap.MIME)
	return err
}

// OpenSnapshotContent opens the file of sha, listed in the snapshots table.
func (s *store) OpenSnapshotContent(ctx context.Context, tx *sqlstore.Tx, sha string) (io.ReadCloser, error) {
	var one int
	if err := tx.QueryRowContext(ctx, "SELECT 1 FROM snapshots WHERE sha256 = ?", sha).Scan(&one); err != nil {
		return nil, err
	}
	f, err := os.Open(s.snapshotPath(sha))
	if errors.Is(err, os.ErrNotExist) {
		return nil, claims.Errorf(claims.ENOTFOUND, "The snapshot file %s is missing from %s.", sha, filepath.Join(s.dir, "snapshots"))
	}
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Could not open the snapshot file %s.", sha))
	}
	return f, nil
}
