package sqlite

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"claimdesk/claims"
)

// snapshotPath returns where the file with the given SHA-256 is stored:
// <db dir>/snapshots/<first two hex digits>/<sha256>.
func (s *store) snapshotPath(sha string) string {
	return filepath.Join(s.dir, "snapshots", sha[:2], sha)
}

// validSHA reports whether sha is 64 lower-case hex digits.
func validSHA(sha string) bool {
	if len(sha) != 64 {
		return false
	}
	_, err := hex.DecodeString(sha)
	return err == nil && strings.ToLower(sha) == sha
}

// detectMIME names the type of a file from its first bytes and its name:
// the sniffed type, unless that is generic and the extension says more.
func detectMIME(head []byte, name string) string {
	sniffed := http.DetectContentType(head)
	byExt := mime.TypeByExtension(strings.ToLower(filepath.Ext(name)))
	if byExt != "" && (sniffed == "application/octet-stream" || strings.HasPrefix(sniffed, "text/plain")) {
		return byExt
	}
	return sniffed
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

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if rest := l.n - l.b.Len(); rest > 0 {
		l.b.Write(p[:min(rest, len(p))])
	}
	return len(p), nil
}

// AttachSnapshot stores the file read from r under its SHA-256 and links it
// to the source, once; a new link is recorded in the source's history.
func (s *store) AttachSnapshot(ctx context.Context, sourceID, name string, r io.Reader) (*claims.Snapshot, error) {
	if r == nil {
		return nil, claims.Errorf(claims.EINVALID, "No file was given.")
	}
	if _, err := s.FindSourceByID(ctx, sourceID); err != nil {
		return nil, err
	}
	sha, size, head, err := s.storeFile(r)
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Could not store the file %q in %s.", name, filepath.Join(s.dir, "snapshots")))
	}
	if size == 0 {
		return nil, claims.Errorf(claims.EINVALID, "The file %q is empty.", name)
	}
	base := filepath.Base(name)
	if base == "." || base == string(filepath.Separator) {
		base = ""
	}
	snap := &claims.Snapshot{SHA256: sha, Name: base, Size: size, MIME: detectMIME(head, name), AddedAt: now()}
	err = s.write(ctx, "attach the file", func(tx querier) error {
		if _, err := findSourceByID(ctx, tx, sourceID); err != nil {
			return err
		}
		var linked int
		err := tx.QueryRowContext(ctx, "SELECT count(*) FROM source_snapshots WHERE source_id = ? AND sha256 = ?",
			sourceID, snap.SHA256).Scan(&linked)
		if err != nil {
			return err
		}
		if err := linkSnapshot(ctx, tx, sourceID, snap); err != nil || linked > 0 {
			return err
		}
		return appendEvent(ctx, tx, &claims.Event{ClaimID: sourceID, Kind: claims.RecordSource, At: snap.AddedAt,
			Actor: claims.ActorFrom(ctx), Field: claims.FieldSnapshot, New: snap.Name + " (" + snap.SHA256 + ")"})
	})
	if err != nil {
		return nil, err
	}
	return snap, nil
}

// linkSnapshot records snap and links it to the source unless it already
// is; snap is then set to the stored link.
func linkSnapshot(ctx context.Context, tx querier, sourceID string, snap *claims.Snapshot) error {
	if _, err := tx.ExecContext(ctx, "INSERT INTO snapshots (sha256, size, mime) VALUES (?,?,?) ON CONFLICT DO NOTHING",
		snap.SHA256, snap.Size, snap.MIME); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO source_snapshots (source_id, sha256, name, added_at)
		VALUES (?,?,?,?) ON CONFLICT DO NOTHING`, sourceID, snap.SHA256, snap.Name, fmtTime(snap.AddedAt)); err != nil {
		return err
	}
	var added string
	err := tx.QueryRowContext(ctx, `SELECT ss.name, ss.added_at, s.size, s.mime FROM source_snapshots ss
		JOIN snapshots s ON s.sha256 = ss.sha256 WHERE ss.source_id = ? AND ss.sha256 = ?`, sourceID, snap.SHA256).
		Scan(&snap.Name, &added, &snap.Size, &snap.MIME)
	if err != nil {
		return err
	}
	snap.AddedAt, err = parseTime(added)
	return err
}

func sourceSnapshots(ctx context.Context, tx querier, sourceID string) ([]claims.Snapshot, error) {
	rows, err := tx.QueryContext(ctx, `SELECT ss.sha256, ss.name, s.size, s.mime, ss.added_at FROM source_snapshots ss
		JOIN snapshots s ON s.sha256 = ss.sha256 WHERE ss.source_id = ? ORDER BY ss.added_at, ss.sha256`, sourceID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []claims.Snapshot
	for rows.Next() {
		var sn claims.Snapshot
		var added string
		if err := rows.Scan(&sn.SHA256, &sn.Name, &sn.Size, &sn.MIME, &added); err != nil {
			return nil, err
		}
		if sn.AddedAt, err = parseTime(added); err != nil {
			return nil, err
		}
		out = append(out, sn)
	}
	return out, rows.Err()
}

// OpenSnapshot opens a stored snapshot file by its SHA-256.
func (s *store) OpenSnapshot(ctx context.Context, sha string) (io.ReadCloser, error) {
	sha = strings.ToLower(strings.TrimSpace(sha))
	if !validSHA(sha) {
		return nil, claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %q.", sha)
	}
	err := s.read(ctx, "open the snapshot", func(tx querier) error {
		var one int
		err := tx.QueryRowContext(ctx, "SELECT 1 FROM snapshots WHERE sha256 = ?", sha).Scan(&one)
		if errNoRows(err) {
			return claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %s.", sha)
		}
		return err
	})
	if err != nil {
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
