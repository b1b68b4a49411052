package sqlstore

import (
	"context"
	"encoding/hex"
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

// AttachSnapshot stores the file read from r under its SHA-256 and links it
// to the source, once; a new link is recorded in the source's history.
func (s *Store) AttachSnapshot(ctx context.Context, sourceID, name string, r io.Reader) (*claims.Snapshot, error) {
	if r == nil {
		return nil, claims.Errorf(claims.EINVALID, "No file was given.")
	}
	if _, err := s.FindSourceByID(ctx, sourceID); err != nil {
		return nil, err
	}
	file, err := s.b.ReadSnapshot(r, name)
	if err != nil {
		return nil, err
	}
	if file.Size == 0 {
		return nil, claims.Errorf(claims.EINVALID, "The file %q is empty.", name)
	}
	base := filepath.Base(name)
	if base == "." || base == string(filepath.Separator) {
		base = ""
	}
	snap := &claims.Snapshot{SHA256: file.SHA256, Name: base, Size: file.Size, MIME: detectMIME(file.Head, name), AddedAt: now()}
	err = s.write(ctx, "attach the file", func(tx *Tx) error {
		if _, err := findSourceByID(ctx, tx, sourceID); err != nil {
			return err
		}
		if file.Content != nil {
			if err := tx.StoreSnapshot(ctx, tx, snap, file.Content, false); err != nil {
				return err
			}
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

// linkSnapshot records snap (see SnapshotStore.RecordSnapshot) and links
// it to the source unless it already is; snap is then set to the stored link.
func linkSnapshot(ctx context.Context, tx *Tx, sourceID string, snap *claims.Snapshot) error {
	if err := tx.RecordSnapshot(ctx, tx, snap); err != nil {
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

// sourceSnapshots returns the snapshots of the source, oldest first.
func sourceSnapshots(ctx context.Context, tx *Tx, sourceID string) ([]claims.Snapshot, error) {
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
func (s *Store) OpenSnapshot(ctx context.Context, sha string) (io.ReadCloser, error) {
	sha = strings.ToLower(strings.TrimSpace(sha))
	if !validSHA(sha) {
		return nil, claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %q.", sha)
	}
	var rc io.ReadCloser
	err := s.read(ctx, "open the snapshot", func(tx *Tx) (err error) {
		rc, err = tx.OpenSnapshotContent(ctx, tx, sha)
		if errNoRows(err) {
			return claims.Errorf(claims.ENOTFOUND, "No snapshot has the checksum %s.", sha)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	return rc, nil
}
