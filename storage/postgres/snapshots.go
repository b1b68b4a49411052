package postgres

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"mime"
	"net/http"
	"path/filepath"
	"strings"

	"claimdesk/claims"
)

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

// AttachSnapshot stores the file read from r under its SHA-256 and links it
// to the source, once; a new link is recorded in the source's history.
func (s *store) AttachSnapshot(ctx context.Context, sourceID, name string, r io.Reader) (*claims.Snapshot, error) {
	if r == nil {
		return nil, claims.Errorf(claims.EINVALID, "No file was given.")
	}
	if _, err := s.FindSourceByID(ctx, sourceID); err != nil {
		return nil, err
	}
	content, sha, err := readFile(r, name)
	if err != nil {
		return nil, err
	}
	size := int64(len(content))
	head := content[:min(512, len(content))]
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
		if err := storeContent(ctx, tx, snap, content); err != nil {
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
			Actor: s.actor(ctx), Field: claims.FieldSnapshot, New: snap.Name + " (" + snap.SHA256 + ")"})
	})
	if err != nil {
		return nil, err
	}
	return snap, nil
}

// storeContent stores the content of snap once, under its SHA-256.
func storeContent(ctx context.Context, tx querier, snap *claims.Snapshot, content []byte) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO snapshots (sha256, size, mime, content) VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
		snap.SHA256, int64(len(content)), snap.MIME, content)
	return err
}

// linkSnapshot links the stored snapshot snap to the source unless it
// already is; snap is then set to the stored link.
func linkSnapshot(ctx context.Context, tx querier, sourceID string, snap *claims.Snapshot) error {
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

// OpenSnapshot opens a stored snapshot file by its SHA-256; its content
// comes from the database.
func (s *store) OpenSnapshot(ctx context.Context, sha string) (io.ReadCloser, error) {
	sha = strings.ToLower(strings.TrimSpace(sha))
	if !validSHA(sha) {
		return nil, claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %q.", sha)
	}
	var content []byte
	err := s.read(ctx, "open the snapshot", func(tx querier) error {
		err := tx.QueryRowContext(ctx, "SELECT content FROM snapshots WHERE sha256 = ?", sha).Scan(&content)
		if errNoRows(err) {
			return claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %s.", sha)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bytes.NewReader(content)), nil
}
