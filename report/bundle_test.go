package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/report"
)

// memSnapshots serves snapshot files from memory.
type memSnapshots map[string][]byte

func (m memSnapshots) OpenSnapshot(_ context.Context, h string) (io.ReadCloser, error) {
	b, ok := m[h]
	if !ok {
		return nil, claims.Errorf(claims.ENOTFOUND, "no snapshot %s", h)
	}
	return io.NopCloser(bytes.NewReader(b)), nil
}

// recordingExchange counts merges; it stands in for a database.
type recordingExchange struct{ merged []*claims.Dataset }

func (r *recordingExchange) MergeDataset(_ context.Context, ds *claims.Dataset, _ map[string][]byte) (*claims.MergeResult, error) {
	r.merged = append(r.merged, ds)
	return &claims.MergeResult{Created: len(ds.Claims)}, nil
}

func (r *recordingExchange) ResolveConflict(context.Context, claims.RecordKind, string, string) error {
	return claims.Errorf(claims.ENOTFOUND, "no conflicts here")
}

func fixtureBundle(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteBundle(context.Background(), &buf, fixtureData(), memSnapshots(snapshotFiles), nil); err != nil {
		t.Fatalf("WriteBundle: %v", err)
	}
	return buf.Bytes()
}

func TestBundleRoundTripInMemory(t *testing.T) {
	z := fixtureBundle(t)
	b, err := report.ReadBundle(context.Background(), bytes.NewReader(z), int64(len(z)), report.DefaultLimits)
	if err != nil {
		t.Fatalf("ReadBundle: %v", err)
	}
	if !reflect.DeepEqual(b.Snapshots, snapshotFiles) {
		t.Errorf("snapshots differ: got %d files, want %d", len(b.Snapshots), len(snapshotFiles))
	}
	want := report.NewDocument(fixtureData())
	if !reflect.DeepEqual(&b.Document, want) {
		got, _ := json.Marshal(&b.Document)
		w, _ := json.Marshal(want)
		t.Errorf("dataset differs after the round trip:\n got %s\nwant %s", got, w)
	}
	// The same data gives the same bytes: bundles are reproducible.
	if z2 := fixtureBundle(t); !bytes.Equal(z, z2) {
		t.Error("two bundles of the same data differ")
	}
	checkGolden(t, "bundle.manifest.json", entry(t, z, report.ManifestName))
}

func TestImportBundleMerges(t *testing.T) {
	z := fixtureBundle(t)
	ex := &recordingExchange{}
	res, err := report.ImportBundle(context.Background(), claims.Services{Exchange: ex}, bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.merged) != 1 || res.Created != 5 {
		t.Fatalf("merged %d times, result %+v", len(ex.merged), res)
	}
}

func TestWriteBundleDamagedSnapshot(t *testing.T) {
	bad := memSnapshots{}
	for h := range snapshotFiles {
		bad[h] = []byte("tampered")
	}
	err := report.WriteBundle(context.Background(), io.Discard, fixtureData(), bad, nil)
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("got %v, want an error about a damaged snapshot", err)
	}
}

func entry(t testing.TB, z []byte, name string) []byte {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// zipEntry is one entry of a hand-made bundle.
type zipEntry struct {
	name   string
	data   []byte
	mode   fs.FileMode // 0: regular file
	raw    bool        // write data as stored bytes with the header below
	header zip.FileHeader
}

// bundleSpec is a bundle before zipping: entries plus the manifest, which
// is computed from the entries unless manifest is set.
type bundleSpec struct {
	entries  []zipEntry
	manifest []byte
	version  int
}

// validSpec unpacks the fixture bundle into a spec that tests can break.
func validSpec(t testing.TB) *bundleSpec {
	z := fixtureBundle(t)
	zr, _ := zip.NewReader(bytes.NewReader(z), int64(len(z)))
	s := &bundleSpec{version: report.BundleVersion}
	for _, f := range zr.File {
		if f.Name != report.ManifestName {
			s.entries = append(s.entries, zipEntry{name: f.Name, data: entry(t, z, f.Name)})
		}
	}
	return s
}

func (s *bundleSpec) set(name string, data []byte) {
	for i := range s.entries {
		if s.entries[i].name == name {
			s.entries[i].data = data
			return
		}
	}
	s.entries = append(s.entries, zipEntry{name: name, data: data})
}

// editDataset changes the dataset and keeps the manifest consistent.
func (s *bundleSpec) editDataset(t testing.TB, edit func(*report.Document)) {
	for _, e := range s.entries {
		if e.name == report.DatasetName {
			var doc report.Document
			if err := json.Unmarshal(e.data, &doc); err != nil {
				t.Fatal(err)
			}
			edit(&doc)
			b, _ := json.Marshal(&doc)
			s.set(report.DatasetName, b)
		}
	}
}

func (s *bundleSpec) zip(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	man := report.BundleManifest{Format: report.BundleFormat, Version: s.version}
	for _, e := range s.entries {
		var w io.Writer
		var err error
		switch {
		case e.raw:
			h := e.header
			h.Name = e.name
			w, err = zw.CreateRaw(&h)
		default:
			h := &zip.FileHeader{Name: e.name, Method: zip.Deflate}
			if e.mode != 0 {
				h.SetMode(e.mode)
			}
			w, err = zw.CreateHeader(h)
		}
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(e.data); err != nil {
			t.Fatal(err)
		}
		if !strings.HasSuffix(e.name, "/") {
			sum := sha256.Sum256(e.data)
			man.Files = append(man.Files, report.ManifestFile{Path: e.name, SHA256: hex.EncodeToString(sum[:]), Size: int64(len(e.data))})
		}
	}
	mb := s.manifest
	if mb == nil {
		mb, _ = json.Marshal(man)
	}
	w, _ := zw.Create(report.ManifestName)
	w.Write(mb)
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
