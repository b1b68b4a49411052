package main

import (
	"archive/zip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	rpt "claimdesk/report"
)

// A bundle written by a newer Claimdesk, with fields this one does not
// know, is merged as the docs say, and import-bundle says in one line
// which fields were left out instead of dropping them silently.
func TestImportBundleUnknownFields(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "anna.db"), filepath.Join(dir, "ben.db")
	mustID(t, from, "claim", "add", "--text", "Die Mieten stiegen um 40 Prozent.")
	plain := filepath.Join(dir, "plain.zip")
	mustRun(t, from, "export", "--format", "bundle", "--out", plain)
	newer := withDatasetFields(t, plain, filepath.Join(dir, "newer.zip"), func(doc map[string]any) {
		for _, c := range doc["claims"].([]any) {
			c.(map[string]any)["rating_note"] = "second opinion pending"
		}
	})
	r := claimctl(t, to, "import-bundle", newer)
	if r.code != 0 || !strings.Contains(r.stdout, "created    1") {
		t.Fatalf("import-bundle of a newer bundle: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if strings.Count(r.stderr, "\n") != 1 || !strings.Contains(r.stderr, "not imported: claims[].rating_note") {
		t.Errorf("stderr %q; want one line naming claims[].rating_note", r.stderr)
	}
	if r := claimctl(t, filepath.Join(dir, "other.db"), "import-bundle", plain); r.stderr != "" {
		t.Errorf("a bundle of this version: stderr %q, want none", r.stderr)
	}
}

// withDatasetFields copies the bundle in to out with edit applied to its
// dataset.json as plain JSON and the manifest made to match.
func withDatasetFields(t *testing.T, in, out string, edit func(map[string]any)) string {
	t.Helper()
	zr, err := zip.OpenReader(in)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name], err = io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	var doc map[string]any
	if err := json.Unmarshal(files[rpt.DatasetName], &doc); err != nil {
		t.Fatal(err)
	}
	edit(doc)
	files[rpt.DatasetName], _ = json.Marshal(doc)
	delete(files, rpt.ManifestName)
	man := rpt.BundleManifest{Format: rpt.BundleFormat, Version: rpt.BundleVersion}
	if err := os.WriteFile(out, zipBundle(t, files, man), 0o644); err != nil {
		t.Fatal(err)
	}
	return out
}
