package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash/crc32"
	"os"
	"testing"

	"claimdesk/claims"
	rpt "claimdesk/report"
)

// Helpers of the merge rows of the hostile-input table: Anna's database
// (the env's) sends bundles, the checker's own database receives them.

// exchange is Anna's database, holding the env's article with a claim on
// it, a source and a link refuting the claim, and the checker's database.
type exchange struct {
	h                       *hostileEnv
	mine                    string
	claim, source, evidence string
}

func newExchange(t *testing.T, h *hostileEnv) *exchange {
	t.Helper()
	x := &exchange{h: h, mine: h.path("meine.db")}
	x.claim = mustID(t, h.db, "--actor", "anna", "claim", "add", "--article", h.article, "--text", testClaim)
	x.source = mustID(t, h.db, "--actor", "anna", "source", "add", "--url", "https://verband.example/zubau-2025", "--title", "Zubau-Statistik 2025")
	x.evidence = mustID(t, h.db, "--actor", "anna", "evidence", "add", "--claim", x.claim, "--source", x.source, "--stance", "refutes")
	return x
}

// send exports Anna's database as the bundle name and returns its path.
func (x *exchange) send(t *testing.T, name string) string {
	t.Helper()
	p := x.h.path(name)
	mustRun(t, x.h.db, "export", "--format", "bundle", "--out", p)
	return p
}

// mergeResult is what import-bundle --format json prints.
type mergeResult struct {
	Created, Updated, Kept, Unchanged, Snapshots, Events int
	Conflicts                                            []struct{ Kind, ID string }
	ScaleCopies                                          map[string]string `json:"scale_copies"`
	Backup                                               string
}

// changed reports whether the merge wrote anything.
func (r mergeResult) changed() bool {
	return r.Created+r.Updated+r.Kept+r.Snapshots+r.Events+len(r.Conflicts)+len(r.ScaleCopies) > 0 || r.Backup != ""
}

// receive merges the bundle into the checker's database.
func (x *exchange) receive(t *testing.T, bundle string) mergeResult {
	t.Helper()
	var res mergeResult
	decode(t, mustRun(t, x.mine, "import-bundle", "--format", "json", bundle), &res)
	return res
}

// annaEdits changes Anna's database through the services, as her window
// does (the command-line tool cannot edit article bodies, sources or
// evidence).
func (x *exchange) annaEdits(t *testing.T, edit func(ctx context.Context, svc *claims.Services) error) {
	t.Helper()
	svc, closeDB, err := openFunc(x.h.db)
	if err != nil {
		t.Fatal(err)
	}
	defer closeDB()
	if err := edit(claims.WithActor(context.Background(), "anna"), svc); err != nil {
		t.Fatal(err)
	}
}

// historyOf returns the history of any record as claimctl history prints it
// in JSON.
func historyOf(t *testing.T, db, id string) []claims.Event {
	t.Helper()
	var evs []claims.Event
	decode(t, mustRun(t, db, "history", id, "--format", "json"), &evs)
	return evs
}

// wantKept fails unless the history of id holds an event of field (merged
// or conflict) whose old version holds every one of texts.
func wantKept(t *testing.T, db, id, field string, texts ...string) {
	t.Helper()
	evs := historyOf(t, db, id)
	for _, ev := range evs {
		if ev.Field != field {
			continue
		}
		all := true
		for _, s := range texts {
			all = all && bytes.Contains([]byte(ev.Old), []byte(s))
		}
		if all {
			return
		}
	}
	t.Fatalf("history of %s holds no %q event keeping %q: %+v", id, field, texts, evs)
}

// forge rewrites the bundle in as an attacker (or a broken tool) would:
// edit changes its records, and the manifest gets the new checksums, so
// only the merge rules can refuse it. It returns the path of the new bundle.
func forge(t *testing.T, h *hostileEnv, in, name string, edit func(ds *claims.Dataset)) string {
	t.Helper()
	raw, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	b, err := rpt.ReadBundle(context.Background(), bytes.NewReader(raw), int64(len(raw)), rpt.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	edit(&b.Document.Dataset)
	ds, err := json.MarshalIndent(&b.Document, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{rpt.DatasetName: ds}
	for sum, data := range b.Snapshots {
		files[rpt.SnapshotPrefix+sum] = data
	}
	man := rpt.BundleManifest{Format: rpt.BundleFormat, Version: rpt.BundleVersion, CreatedAt: b.Manifest.CreatedAt}
	return writeFile(t, h.dir, name, string(zipBundle(t, files, man)))
}

// zipBundle packs files into a bundle whose manifest man lists each with
// its checksum and size (the manifest itself last).
func zipBundle(t *testing.T, files map[string][]byte, man rpt.BundleManifest) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, data := range files {
		sum := sha256.Sum256(data)
		man.Files = append(man.Files, rpt.ManifestFile{Path: name, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(data))})
		zipEntry(t, zw, name, data)
	}
	mb, _ := json.Marshal(man)
	zipEntry(t, zw, rpt.ManifestName, mb)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipEntry(t *testing.T, zw *zip.Writer, name string, data []byte) {
	t.Helper()
	w, err := zw.Create(name)
	if err == nil {
		_, err = w.Write(data)
	}
	if err != nil {
		t.Fatal(err)
	}
}

// zeroBomb writes a zip of n entries of size zero bytes each, with honest
// headers, named as snapshots so that only the size limits can refuse it.
// One entry is compressed once and its bytes are reused: the file is small
// and quick to make.
func zeroBomb(t *testing.T, h *hostileEnv, name string, n, size int) string {
	t.Helper()
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	fw.Write(make([]byte, size))
	fw.Close()
	crc := crc32.ChecksumIEEE(make([]byte, size))
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i < n; i++ {
		w, err := zw.CreateRaw(&zip.FileHeader{Name: fmt.Sprintf("%s%064x", rpt.SnapshotPrefix, i), Method: zip.Deflate,
			CRC32: crc, CompressedSize64: uint64(packed.Len()), UncompressedSize64: uint64(size)})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(packed.Bytes())
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, h.dir, name, buf.String())
}
