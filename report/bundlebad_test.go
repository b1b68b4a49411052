package report_test

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/report"
)

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// manifestOf returns the manifest the spec would get, for tests that then
// falsify it.
func manifestOf(s *bundleSpec) report.BundleManifest {
	m := report.BundleManifest{Format: report.BundleFormat, Version: report.BundleVersion}
	for _, e := range s.entries {
		m.Files = append(m.Files, report.ManifestFile{Path: e.name, SHA256: sha(e.data), Size: int64(len(e.data))})
	}
	return m
}

func setManifest(s *bundleSpec, edit func(*report.BundleManifest)) {
	m := manifestOf(s)
	edit(&m)
	s.manifest, _ = json.Marshal(m)
}

// badBundles are bundles ReadBundle must reject, with a word of the error.
var badBundles = []struct {
	name  string
	build func(t testing.TB, s *bundleSpec) []byte // nil: zip the edited spec
	edit  func(t testing.TB, s *bundleSpec)
	lim   *report.Limits
	want  string
}{
	{name: "NotAZip", build: func(testing.TB, *bundleSpec) []byte { return []byte("PK\x03\x04 not really") }, want: "not a readable zip"},
	{name: "ZipSlipParent", edit: func(_ testing.TB, s *bundleSpec) { s.set("../evil.sh", []byte("rm -rf ~")) }, want: "zip slip"},
	{name: "ZipSlipNested", edit: func(_ testing.TB, s *bundleSpec) { s.set("snapshots/../../evil.sh", []byte("x")) }, want: "zip slip"},
	{name: "AbsolutePath", edit: func(_ testing.TB, s *bundleSpec) { s.set("/etc/cron.d/evil", []byte("x")) }, want: "absolute"},
	{name: "WindowsPath", edit: func(_ testing.TB, s *bundleSpec) { s.set(`..\..\evil.bat`, []byte("x")) }, want: "absolute or invalid"},
	{name: "Symlink", edit: func(_ testing.TB, s *bundleSpec) {
		s.entries = append(s.entries, zipEntry{name: "snapshots/" + sha([]byte("/etc/passwd")), data: []byte("/etc/passwd"), mode: fs.ModeSymlink | 0o777})
	}, want: "symbolic link"},
	{name: "UnexpectedEntry", edit: func(_ testing.TB, s *bundleSpec) { s.set("run.exe", []byte("MZ")) }, want: "unexpected entry"},
	{name: "UnexpectedFolder", edit: func(_ testing.TB, s *bundleSpec) { s.set("bin/", nil) }, want: "unexpected folder"},
	{name: "DuplicateEntry", edit: func(_ testing.TB, s *bundleSpec) {
		s.entries = append(s.entries, zipEntry{name: report.DatasetName, data: []byte("{}")})
	}, want: "appears twice"},
	{name: "OversizedEntry", lim: &report.Limits{MaxEntries: 100, MaxEntrySize: 1000, MaxTotalSize: 1 << 20, MaxRatio: 100, RatioMinSize: 1 << 20}, want: "too large"},
	{name: "OversizedTotal", lim: &report.Limits{MaxEntries: 100, MaxEntrySize: 1 << 20, MaxTotalSize: 5000, MaxRatio: 100, RatioMinSize: 1 << 20}, want: "a bundle may hold at most 4.9 KiB"},
	{name: "TooManyEntries", lim: &report.Limits{MaxEntries: 2, MaxEntrySize: 1 << 20, MaxTotalSize: 1 << 20, MaxRatio: 100, RatioMinSize: 1 << 20}, want: "entries"},
	{name: "CompressionBomb", edit: func(_ testing.TB, s *bundleSpec) {
		zeros := make([]byte, 8<<20)
		s.set("snapshots/"+sha(zeros), zeros)
	}, want: "compression bomb"},
	{name: "HeaderLiesAboutSize", edit: func(_ testing.TB, s *bundleSpec) {
		data := bytes.Repeat([]byte("A"), 200_000)
		s.entries = append(s.entries, zipEntry{name: "snapshots/" + sha(data), data: data, raw: true,
			header: zip.FileHeader{Method: zip.Store, CompressedSize64: 200_000, UncompressedSize64: 10}})
	}, lim: &report.Limits{MaxEntries: 100, MaxEntrySize: 100_000, MaxTotalSize: 1 << 20, MaxRatio: 100, RatioMinSize: 1 << 20}, want: "snapshots/"},
	{name: "NoManifest", build: func(t testing.TB, s *bundleSpec) []byte {
		var buf bytes.Buffer
		zw := zip.NewWriter(&buf)
		for _, e := range s.entries {
			w, _ := zw.Create(e.name)
			w.Write(e.data)
		}
		zw.Close()
		return buf.Bytes()
	}, want: "no manifest.json"},
	{name: "ManifestNotJSON", edit: func(_ testing.TB, s *bundleSpec) {
		s.manifest = []byte(`{"format": "claimdesk-bundle", "version": 1, "files": [`)
	}, want: "manifest.json is not valid JSON"},
	{name: "ManifestTrailingData", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(*report.BundleManifest) {})
		s.manifest = append(s.manifest, []byte(`{"more": 1}`)...)
	}, want: "unexpected data"},
	{name: "ManifestWrongFormat", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(m *report.BundleManifest) { m.Format = "something-else" })
	}, want: "names format"},
	{name: "UnknownBundleVersion", edit: func(_ testing.TB, s *bundleSpec) { s.version = 2 }, want: "version 2"},
	{name: "WrongChecksum", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(m *report.BundleManifest) { m.Files[0].SHA256 = strings.Repeat("0", 64) })
	}, want: "checksum"},
	{name: "WrongSize", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(m *report.BundleManifest) { m.Files[0].Size++ })
	}, want: "bytes, but the manifest says"},
	{name: "EntryNotInManifest", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(m *report.BundleManifest) { m.Files = m.Files[:1] })
	}, want: "not in the manifest"},
	{name: "ListedEntryMissing", edit: func(_ testing.TB, s *bundleSpec) {
		setManifest(s, func(m *report.BundleManifest) {
			m.Files = append(m.Files, report.ManifestFile{Path: "snapshots/" + strings.Repeat("a", 64), SHA256: strings.Repeat("a", 64)})
		})
	}, want: "which is missing"},
	{name: "DatasetNotJSON", edit: func(_ testing.TB, s *bundleSpec) {
		s.set(report.DatasetName, []byte(`{"format": "claimdesk-dataset", "claims": [{]`))
	}, want: "dataset.json is not valid JSON"},
	{name: "DatasetWrongType", edit: func(_ testing.TB, s *bundleSpec) {
		s.set(report.DatasetName, []byte(`{"format": "claimdesk-dataset", "claims": "none"}`))
	}, want: "dataset.json is not valid JSON"},
	{name: "UnknownDatasetVersion", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Version = 99 })
	}, want: "version 99"},
	{name: "DatasetWrongFormat", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Format = "" })
	}, want: "has format"},
	{name: "InvalidClaim", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Claims[0].Text = " " })
	}, want: "is invalid"},
	{name: "DuplicateClaim", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Claims = append(d.Claims, d.Claims[0]) })
	}, want: "appears twice"},
	{name: "ArticleTextTampered", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Articles[0].Body += " (edited)" })
	}, want: "does not match its checksum"},
	{name: "DanglingEvidence", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Evidence[0].SourceID = "no-such-source" })
	}, want: "not in the bundle"},
	{name: "ClaimOfMissingArticle", edit: func(t testing.TB, s *bundleSpec) {
		s.editDataset(t, func(d *report.Document) { d.Claims[0].ArticleID = "no-such-article" })
	}, want: "not in the bundle"},
	{name: "SnapshotMissing", edit: func(_ testing.TB, s *bundleSpec) {
		var keep []zipEntry
		for _, e := range s.entries {
			if !strings.HasPrefix(e.name, "snapshots/") {
				keep = append(keep, e)
			}
		}
		s.entries = keep
	}, want: "is missing"},
	{name: "SnapshotOfNoSource", edit: func(_ testing.TB, s *bundleSpec) {
		s.set("snapshots/"+sha([]byte("stowaway")), []byte("stowaway"))
	}, want: "belongs to no source"},
	{name: "SnapshotNameNotItsHash", edit: func(_ testing.TB, s *bundleSpec) {
		for i, e := range s.entries {
			if strings.HasPrefix(e.name, "snapshots/") {
				s.entries[i].data = []byte("swapped content")
				break
			}
		}
	}, want: "is listed with checksum"},
}

func TestReadBundleRejects(t *testing.T) {
	for _, tc := range badBundles {
		t.Run(tc.name, func(t *testing.T) {
			z := buildBad(t, tc.build, tc.edit)
			lim := report.DefaultLimits
			if tc.lim != nil {
				lim = *tc.lim
			}
			_, err := report.ReadBundle(context.Background(), bytes.NewReader(z), int64(len(z)), lim)
			if err == nil {
				t.Fatalf("ReadBundle accepted the bundle; want an error containing %q", tc.want)
			}
			if claims.ErrorCode(err) != claims.EINVALID || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %q (code %s); want EINVALID containing %q", err, claims.ErrorCode(err), tc.want)
			}
			if tc.lim != nil {
				return
			}
			// Nothing reaches the database when verification fails.
			ex := &recordingExchange{}
			if _, err := report.ImportBundle(context.Background(), claims.Services{Exchange: ex}, bytes.NewReader(z), int64(len(z))); err == nil || len(ex.merged) != 0 {
				t.Fatalf("ImportBundle: err %v, %d merges; want an error and no merge", err, len(ex.merged))
			}
		})
	}
}

func buildBad(t testing.TB, build func(testing.TB, *bundleSpec) []byte, edit func(testing.TB, *bundleSpec)) []byte {
	s := validSpec(t)
	if edit != nil {
		edit(t, s)
	}
	if build != nil {
		return build(t, s)
	}
	return s.zip(t)
}

// FuzzReadBundle checks that no input makes ReadBundle panic, and that what
// it accepts verifies again after being written out anew.
func FuzzReadBundle(f *testing.F) {
	f.Add(fixtureBundle(f))
	for _, tc := range badBundles {
		if tc.name != "CompressionBomb" {
			f.Add(buildBad(f, tc.build, tc.edit))
		}
	}
	lim := report.Limits{MaxEntries: 50, MaxEntrySize: 1 << 20, MaxTotalSize: 4 << 20, MaxRatio: 100, RatioMinSize: 64 << 10}
	f.Fuzz(func(t *testing.T, z []byte) {
		b, err := report.ReadBundle(context.Background(), bytes.NewReader(z), int64(len(z)), lim)
		if err != nil {
			if claims.ErrorCode(err) != claims.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		data := report.FromDataset(&b.Document.Dataset, b.Document.Scope, b.Document.GeneratedAt)
		var buf bytes.Buffer
		if err := report.WriteBundle(context.Background(), &buf, data, memSnapshots(b.Snapshots), nil); err != nil {
			t.Fatalf("rewrite: %v", err)
		}
		if _, err := report.ReadBundle(context.Background(), bytes.NewReader(buf.Bytes()), int64(buf.Len()), report.DefaultLimits); err != nil {
			t.Fatalf("an accepted bundle, rewritten, is rejected: %v", err)
		}
	})
}
