package postgres

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"io"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"
)

// Snapshot contents are stored in the database, in the snapshots table
// beside their SHA-256, so that every checker sees them
// (sqlstore.SnapshotStore).

// MaxSnapshotSize is the largest snapshot file the server stores.
const MaxSnapshotSize = 256 << 20

// readFile reads the content of r, up to MaxSnapshotSize, and returns it
// with its SHA-256.
func readFile(r io.Reader, name string) (content []byte, sha string, err error) {
	content, err = io.ReadAll(io.LimitReader(r, MaxSnapshotSize+1))
	if err != nil {
		return nil, "", claims.Internal(err, fmt.Sprintf("Could not read the file %q.", name))
	}
	if len(content) > MaxSnapshotSize {
		return nil, "", claims.Errorf(claims.EINVALID, "The file %q is larger than %d MiB, the most a snapshot may hold.", name, MaxSnapshotSize>>20)
	}
	sum := sha256.Sum256(content)
	return content, hex.EncodeToString(sum[:]), nil
}

// ReadSnapshot reads the file from r into memory, to be stored by
// StoreSnapshot in the transaction that links it.
func (s *store) ReadSnapshot(r io.Reader, name string) (sqlstore.SnapshotFile, error) {
	content, sha, err := readFile(r, name)
	if err != nil {
		return sqlstore.SnapshotFile{}, err
	}
	return sqlstore.SnapshotFile{SHA256: sha, Size: int64(len(content)), Head: content[:min(512, len(content))], Content: content}, nil
}

// HasSnapshot reports whether the snapshots table holds sha.
func (s *store) HasSnapshot(ctx context.Context, tx *sqlstore.Tx, sha string) (bool, error) {
	var one int
	err := tx.QueryRowContext(ctx, `SELECT 1 FROM snapshots WHERE sha256 = ?`, sha).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

// StoreSnapshot stores the content of snap once, under its SHA-256 (a dry
// run's transaction is rolled back).
func (s *store) StoreSnapshot(ctx context.Context, tx *sqlstore.Tx, snap *claims.Snapshot, content []byte, _ bool) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO snapshots (sha256, size, mime, content) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
		snap.SHA256, int64(len(content)), snap.MIME, content)
	return err
}

// RecordSnapshot does nothing: StoreSnapshot has added the row.
func (s *store) RecordSnapshot(context.Context, *sqlstore.Tx, *claims.Snapshot) error { return nil }

// OpenSnapshotContent reads the content of sha from the database.
func (s *store) OpenSnapshotContent(ctx context.Context, tx *sqlstore.Tx, sha string) (io.ReadCloser, error) {
	var content []byte
	if err := tx.QueryRowContext(ctx, "SELECT content FROM snapshots WHERE sha256 = ?", sha).Scan(&content); err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(content)), nil
}
