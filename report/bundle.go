package report

import (
	"archive/zip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"time"

	"claimdesk/claims"
)

// Bundle layout. A bundle is a zip file holding
//
//	dataset.json           the records, as in the JSON export (Document)
//	snapshots/<sha256>     each snapshot file the sources name, once
//	manifest.json          BundleManifest: version and a SHA-256 per file
//
// manifest.json is written last and lists every other entry.
const (
	BundleFormat   = "claimdesk-bundle"
	BundleVersion  = 1
	ManifestName   = "manifest.json"
	DatasetName    = "dataset.json"
	SnapshotPrefix = "snapshots/"
)

// BundleManifest is the content of manifest.json.
type BundleManifest struct {
	Format    string         `json:"format"`  // BundleFormat
	Version   int            `json:"version"` // BundleVersion
	CreatedAt time.Time      `json:"created_at"`
	Files     []ManifestFile `json:"files"`
}

// ManifestFile is the checksum of one entry of a bundle.
type ManifestFile struct {
	Path   string `json:"path"`
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
}

// SnapshotOpener opens stored snapshot files by SHA-256; a
// claims.SourceService is one.
type SnapshotOpener interface {
	OpenSnapshot(ctx context.Context, sha256 string) (io.ReadCloser, error)
}

// WriteBundle writes data as a bundle zip to w, reading the snapshot files
// of its sources from snaps. Every snapshot is checked against its SHA-256
// while it is copied. progress, if not nil, counts files (dataset, then
// snapshots). The zip is reproducible: its times are data.GeneratedAt.
// Errors: EINTERNAL (a snapshot is missing or damaged), ctx.Err(), or the
// writer's error.
func WriteBundle(ctx context.Context, w io.Writer, data *Data, snaps SnapshotOpener, progress func(done, total int)) error {
	if data == nil {
		return claims.Errorf(claims.EINVALID, "There is nothing to export.")
	}
	hashes := snapshotHashes(data)
	total := 1 + len(hashes)
	p := newProgress(progress, total)
	mod := data.GeneratedAt.UTC()
	if mod.IsZero() {
		mod = time.Now().UTC().Truncate(time.Second)
	}
	zw := zip.NewWriter(w)
	man := BundleManifest{Format: BundleFormat, Version: BundleVersion, CreatedAt: mod}
	create := func(name string) (io.Writer, error) {
		return zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod})
	}

	ds, err := marshalDocument(data)
	if err != nil {
		return err
	}
	mf, err := writeEntry(create, DatasetName, ds)
	if err != nil {
		return err
	}
	man.Files = append(man.Files, mf)
	if err := p.tick(ctx, 1); err != nil {
		return err
	}

	for i, h := range hashes {
		mf, err := copySnapshot(ctx, snaps, h, create)
		if err != nil {
			return err
		}
		man.Files = append(man.Files, mf)
		if err := p.tick(ctx, i+2); err != nil {
			return err
		}
	}

	mb, err := json.MarshalIndent(man, "", "  ")
	if err != nil {
		return claims.Internal(err, "The bundle manifest could not be encoded.")
	}
	if _, err := writeEntry(create, ManifestName, append(mb, '\n')); err != nil {
		return err
	}
	return zw.Close()
}

// snapshotHashes returns the SHA-256 of every snapshot of data's sources,
// each once, in the order the sources name them.
func snapshotHashes(data *Data) []string {
	var hashes []string
	seen := map[string]bool{}
	for _, s := range data.Sources {
		for _, sn := range s.Snapshots {
			if !seen[sn.SHA256] {
				seen[sn.SHA256] = true
				hashes = append(hashes, sn.SHA256)
			}
		}
	}
	return hashes
}

// writeEntry writes b into the zip as the entry name (create) and returns
// its line of the manifest.
func writeEntry(create func(string) (io.Writer, error), name string, b []byte) (ManifestFile, error) {
	fw, err := create(name)
	if err != nil {
		return ManifestFile{}, err
	}
	if _, err := fw.Write(b); err != nil {
		return ManifestFile{}, err
	}
	sum := sha256.Sum256(b)
	return ManifestFile{Path: name, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(b))}, nil
}

// copySnapshot copies one snapshot into the zip and verifies its checksum.
func copySnapshot(ctx context.Context, snaps SnapshotOpener, h string, create func(string) (io.Writer, error)) (ManifestFile, error) {
	if snaps == nil {
		return ManifestFile{}, claims.Errorf(claims.EINTERNAL, "The snapshot files cannot be read.")
	}
	rc, err := snaps.OpenSnapshot(ctx, h)
	if err != nil {
		return ManifestFile{}, err
	}
	defer rc.Close()
	fw, err := create(SnapshotPrefix + h)
	if err != nil {
		return ManifestFile{}, err
	}
	hw := sha256.New()
	n, err := io.Copy(io.MultiWriter(fw, hw), rc)
	if err != nil {
		return ManifestFile{}, err
	}
	if got := hex.EncodeToString(hw.Sum(nil)); got != h {
		return ManifestFile{}, claims.Errorf(claims.EINTERNAL, "Snapshot %s is damaged: its content has checksum %s.", h, got)
	}
	return ManifestFile{Path: SnapshotPrefix + h, SHA256: h, Size: n}, nil
}
