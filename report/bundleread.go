package report

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"claimdesk/claims"
)

// Limits bound what ReadBundle accepts, against oversized entries and
// compression bombs. Sizes are uncompressed bytes.
type Limits struct {
	MaxEntries   int   // entries in the zip
	MaxEntrySize int64 // one entry
	MaxTotalSize int64 // all entries together (all are held in memory)
	// MaxRatio is the highest uncompressed:compressed ratio of an entry
	// larger than RatioMinSize.
	MaxRatio     int64
	RatioMinSize int64
}

// DefaultLimits are the limits of ImportBundle.
var DefaultLimits = Limits{
	MaxEntries:   100_000,
	MaxEntrySize: 256 << 20,
	MaxTotalSize: 1 << 30,
	MaxRatio:     100,
	RatioMinSize: 1 << 20,
}

// Bundle is a verified bundle: its manifest, the dataset and the content of
// every snapshot by SHA-256.
type Bundle struct {
	Manifest  BundleManifest
	Document  Document
	Snapshots map[string][]byte
	// Unknown names the dataset's fields this build does not know
	// (unknownFields); they are not merged.
	Unknown []string
}

// ImportBundle verifies the bundle zip in r (size bytes) with
// DefaultLimits and merges it into svc in one transaction
// (ExchangeService.MergeDataset). Nothing is written unless the whole bundle
// passed verification. Errors: EINVALID with the reason a bundle is
// rejected, ECONFLICT from the merge, ctx.Err().
func ImportBundle(ctx context.Context, svc claims.Services, r io.ReaderAt, size int64) (*claims.MergeResult, error) {
	b, err := ReadBundle(ctx, r, size, DefaultLimits)
	if err != nil {
		return nil, err
	}
	if svc.Exchange == nil {
		return nil, claims.Errorf(claims.EINTERNAL, "This database cannot merge bundles.")
	}
	res, err := svc.Exchange.MergeDataset(ctx, &b.Document.Dataset, b.Snapshots)
	if res != nil {
		res.Ignored = b.Unknown
	}
	return res, err
}

// rejectf returns the EINVALID error of a rejected bundle.
func rejectf(format string, args ...any) error {
	return claims.Errorf(claims.EINVALID, "The bundle was rejected: "+format, args...)
}

// ReadBundle reads and verifies a bundle without touching any database: entry
// names (no absolute paths, no "..", only the known layout), no symlinks or
// other special files, sizes and compression ratios within lim, the manifest
// format and version, a SHA-256 and size for every entry, well-formed JSON,
// the dataset version, record validity, references between records, and
// that every snapshot a source names is present with its checksum.
// Errors: EINVALID saying what is wrong, ctx.Err().
func ReadBundle(ctx context.Context, r io.ReaderAt, size int64, lim Limits) (*Bundle, error) {
	zr, err := zip.NewReader(r, size)
	if errors.Is(err, zip.ErrInsecurePath) && zr != nil {
		err = nil // (GODEBUG zipinsecurepath=0) checkEntry names the entry
	}
	if err != nil {
		return nil, rejectf("it is not a readable zip file (%v).", err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, rejectf("it has %d entries; at most %d are allowed.", len(zr.File), lim.MaxEntries)
	}
	if err := checkDeclared(zr.File, lim); err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	var tally tally
	for _, f := range zr.File {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		isDir, err := checkEntry(f)
		if err != nil {
			return nil, err
		}
		if isDir {
			continue
		}
		if _, dup := files[f.Name]; dup {
			return nil, rejectf("entry %q appears twice.", f.Name)
		}
		data, err := readEntry(f, lim, &tally)
		if err != nil {
			return nil, err
		}
		files[f.Name] = data
	}
	b := &Bundle{Snapshots: map[string][]byte{}}
	if err := b.verifyManifest(files); err != nil {
		return nil, err
	}
	if b.Unknown, err = decodeDataset(files[DatasetName], &b.Document); err != nil {
		return nil, rejectf("%s is not valid JSON: %v.", DatasetName, err)
	}
	for name, data := range files {
		if h, ok := strings.CutPrefix(name, SnapshotPrefix); ok {
			b.Snapshots[h] = data
		}
	}
	if err := verifyDataset(&b.Document, b.Snapshots); err != nil {
		return nil, err
	}
	return b, nil
}

// checkEntry rejects names that escape the bundle, symlinks and other
// special files, and names outside the bundle layout. It reports whether the
// entry is a directory (which is then skipped).
func checkEntry(f *zip.File) (dir bool, err error) {
	name := f.Name
	if name == "" || strings.ContainsAny(name, "\\\x00") || strings.HasPrefix(name, "/") ||
		(len(name) > 1 && name[1] == ':') {
		return false, rejectf("entry %q has an absolute or invalid path.", name)
	}
	for _, seg := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if seg == ".." || seg == "." || seg == "" {
			return false, rejectf("entry %q would be written outside the target folder (zip slip).", name)
		}
	}
	mode := f.Mode()
	if mode&fs.ModeSymlink != 0 {
		return false, rejectf("entry %q is a symbolic link.", name)
	}
	if mode.IsDir() || strings.HasSuffix(name, "/") {
		if name != SnapshotPrefix {
			return false, rejectf("unexpected folder %q.", name)
		}
		return true, nil
	}
	if !mode.IsRegular() {
		return false, rejectf("entry %q is not a regular file (%v).", name, mode.Type())
	}
	if name == ManifestName || name == DatasetName {
		return false, nil
	}
	if h, ok := strings.CutPrefix(name, SnapshotPrefix); ok && isSHA256(h) {
		return false, nil
	}
	return false, rejectf("unexpected entry %q.", name)
}

// tally counts the bytes read from a bundle so far.
type tally struct {
	read, compressed int64
}

// checkDeclared rejects a bundle whose entries, by what their headers say,
// hold more than lim allows in total or are compressed more than
// lim.MaxRatio:1 together, before anything is decompressed.
func checkDeclared(fs []*zip.File, lim Limits) error {
	var total, packed uint64
	for _, f := range fs {
		total += f.UncompressedSize64
		packed += f.CompressedSize64
		if total > uint64(lim.MaxTotalSize) {
			return rejectf("its entries hold more than %s uncompressed; a bundle may hold at most %s.", sizeText(int64(total)), sizeText(lim.MaxTotalSize))
		}
	}
	if total > uint64(lim.RatioMinSize) && total > packed*uint64(lim.MaxRatio) {
		return rejectf("its entries are compressed more than %d:1 together (a compression bomb?).", lim.MaxRatio)
	}
	return nil
}

// readEntry reads one entry, never more than the limits allow whatever its
// header claims: the entry's size, the bundle's total size and the
// compression ratio of the entry and of the bundle so far are counted while
// reading, which stops at the first limit passed.
func readEntry(f *zip.File, lim Limits, t *tally) ([]byte, error) {
	if f.UncompressedSize64 > uint64(lim.MaxEntrySize) {
		return nil, rejectf("entry %q is too large (%s; an entry may hold at most %s).", f.Name, sizeText(int64(f.UncompressedSize64)), sizeText(lim.MaxEntrySize))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, rejectf("entry %q cannot be read (%v).", f.Name, err)
	}
	defer rc.Close()
	t.compressed += int64(f.CompressedSize64)
	w := &limitWriter{f: f, lim: lim, t: t}
	// Room for what the header declares, but never more than the limits
	// and the ratio allow for the compressed size: a header may lie.
	w.buf.Grow(int(min(f.UncompressedSize64, uint64(lim.MaxEntrySize), uint64(max(lim.MaxTotalSize-t.read, 0)),
		f.CompressedSize64*uint64(lim.MaxRatio)+4096)))
	if _, err := io.Copy(w, rc); err != nil {
		var re *claims.Error
		if errors.As(err, &re) {
			return nil, err
		}
		return nil, rejectf("entry %q is damaged (%v).", f.Name, err)
	}
	return w.buf.Bytes(), nil
}

// limitWriter collects one entry and fails as soon as a limit is passed.
type limitWriter struct {
	f   *zip.File
	lim Limits
	t   *tally
	buf bytes.Buffer
}

// Write collects p, failing when the entry or the whole bundle passes a
// size or compression-ratio limit.
func (w *limitWriter) Write(p []byte) (int, error) {
	n := int64(w.buf.Len() + len(p))
	w.t.read += int64(len(p))
	lim := w.lim
	switch {
	case n > lim.MaxEntrySize:
		return 0, rejectf("entry %q holds more than %s; an entry may hold at most %s.", w.f.Name, sizeText(lim.MaxEntrySize), sizeText(lim.MaxEntrySize))
	case w.t.read > lim.MaxTotalSize:
		return 0, rejectf("its entries hold more than %s uncompressed; a bundle may hold at most %s.", sizeText(lim.MaxTotalSize), sizeText(lim.MaxTotalSize))
	case n > lim.RatioMinSize && n > int64(w.f.CompressedSize64)*lim.MaxRatio:
		return 0, rejectf("entry %q is compressed more than %d:1 (a compression bomb?).", w.f.Name, lim.MaxRatio)
	case w.t.read > lim.RatioMinSize && w.t.read > w.t.compressed*lim.MaxRatio:
		return 0, rejectf("its entries are compressed more than %d:1 together (a compression bomb?).", lim.MaxRatio)
	}
	return w.buf.Write(p)
}

// sizeText writes a byte count for people: "1 GiB", "256 MiB", "512 bytes".
func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// verifyManifest checks the manifest and every entry's checksum and size.
func (b *Bundle) verifyManifest(files map[string][]byte) error {
	raw, ok := files[ManifestName]
	if !ok {
		return rejectf("it has no %s; it is not a Claimdesk bundle.", ManifestName)
	}
	m := &b.Manifest
	if err := decodeStrict(raw, m); err != nil {
		return rejectf("%s is not valid JSON: %v.", ManifestName, err)
	}
	if m.Format != BundleFormat {
		return rejectf("%s names format %q, not %q.", ManifestName, m.Format, BundleFormat)
	}
	if m.Version != BundleVersion {
		return rejectf("it has version %d; this Claimdesk reads version %d. Update Claimdesk or ask for a bundle of version %d.",
			m.Version, BundleVersion, BundleVersion)
	}
	listed := map[string]bool{}
	for _, mf := range m.Files {
		if listed[mf.Path] {
			return rejectf("the manifest lists %q twice.", mf.Path)
		}
		listed[mf.Path] = true
		data, ok := files[mf.Path]
		if !ok {
			return rejectf("the manifest lists %q, which is missing.", mf.Path)
		}
		sum := sha256.Sum256(data)
		if got := hex.EncodeToString(sum[:]); got != strings.ToLower(mf.SHA256) {
			return rejectf("%q has checksum %s, but the manifest says %s.", mf.Path, got, mf.SHA256)
		}
		if int64(len(data)) != mf.Size {
			return rejectf("%q has %d bytes, but the manifest says %d.", mf.Path, len(data), mf.Size)
		}
		if h, ok := strings.CutPrefix(mf.Path, SnapshotPrefix); ok && h != strings.ToLower(mf.SHA256) {
			return rejectf("snapshot %q is listed with checksum %s.", mf.Path, mf.SHA256)
		}
	}
	for name := range files {
		if name != ManifestName && !listed[name] {
			return rejectf("entry %q is not in the manifest.", name)
		}
	}
	if !listed[DatasetName] {
		return rejectf("it has no %s.", DatasetName)
	}
	return nil
}

// decodeStrict decodes one JSON value and rejects trailing data.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("unexpected data after the JSON value")
	}
	return nil
}

// isSHA256 reports whether s is 64 lower-case hex digits.
func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}
