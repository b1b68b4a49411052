package sqlite_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
)

// snapshotFiles lists the files under the snapshots folder beside the database.
func snapshotFiles(t *testing.T, dbPath string) []string {
	t.Helper()
	var out []string
	root := filepath.Join(filepath.Dir(dbPath), "snapshots")
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
}

func TestAttachSnapshot(t *testing.T) {
	db := MustOpenDB(t)
	s := db.Services()
	src := &claims.Source{URL: "https://example.org/statistik"}
	other := &claims.Source{Title: "Pressemitteilung"}
	for _, x := range []*claims.Source{src, other} {
		if err := s.Sources.CreateSource(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	page := "<!DOCTYPE html><html><body><p>Arbeitslosenquote 5,8 %</p></body></html>"
	sum := sha256.Sum256([]byte(page))
	want := hex.EncodeToString(sum[:])

	sn, err := s.Sources.AttachSnapshot(ctx, src.ID, "/tmp/seite.html", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if sn.SHA256 != want || sn.Size != int64(len(page)) || sn.Name != "seite.html" || !strings.HasPrefix(sn.MIME, "text/html") {
		t.Fatalf("snapshot = %+v", sn)
	}
	// The same file again, to the same and to another source: stored once.
	again, err := s.Sources.AttachSnapshot(ctx, src.ID, "kopie.html", strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if again.SHA256 != want || again.Name != "seite.html" {
		t.Fatalf("second attach = %+v, want the first link", again)
	}
	if _, err := s.Sources.AttachSnapshot(ctx, other.ID, "x.html", strings.NewReader(page)); err != nil {
		t.Fatal(err)
	}
	files := snapshotFiles(t, db.Path())
	if len(files) != 1 || files[0] != want[:2]+"/"+want {
		t.Fatalf("snapshot files = %v, want [%s/%s]", files, want[:2], want)
	}
	got, err := s.Sources.FindSourceByID(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Snapshots) != 1 || got.Snapshots[0].SHA256 != want {
		t.Fatalf("source snapshots = %+v", got.Snapshots)
	}
	rc, err := s.Sources.OpenSnapshot(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(rc)
	rc.Close()
	if string(b) != page {
		t.Fatalf("OpenSnapshot read %q", b)
	}

	t.Run("MIME", func(t *testing.T) {
		for _, tc := range []struct{ name, content, mime string }{
			{"bericht.pdf", "%PDF-1.7\n1 0 obj", "application/pdf"},
			{"bild.png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png"},
			{"daten.json", `{"quote": 5.8}`, "application/json"},
			{"notiz.txt", "Nur Text.", "text/plain; charset=utf-8"},
		} {
			sn, err := s.Sources.AttachSnapshot(ctx, other.ID, tc.name, strings.NewReader(tc.content))
			if err != nil {
				t.Fatal(err)
			}
			if sn.MIME != tc.mime {
				t.Errorf("%s: MIME %q, want %q", tc.name, sn.MIME, tc.mime)
			}
		}
	})
	t.Run("ErrEmpty", func(t *testing.T) {
		if _, err := s.Sources.AttachSnapshot(ctx, src.ID, "leer.html", bytes.NewReader(nil)); code(err) != claims.EINVALID {
			t.Fatal(err)
		}
	})
	t.Run("ErrSourceNotFound", func(t *testing.T) {
		if _, err := s.Sources.AttachSnapshot(ctx, "nope", "a.html", strings.NewReader("x")); code(err) != claims.ENOTFOUND {
			t.Fatal(err)
		}
	})
	t.Run("ErrSnapshotNotFound", func(t *testing.T) {
		for _, sha := range []string{strings.Repeat("0", 64), "../../etc/passwd", ""} {
			if _, err := s.Sources.OpenSnapshot(ctx, sha); code(err) != claims.ENOTFOUND {
				t.Errorf("%q: %v", sha, err)
			}
		}
	})
	t.Run("NoTemporaryFilesLeft", func(t *testing.T) {
		for _, f := range snapshotFiles(t, db.Path()) {
			if strings.HasPrefix(filepath.Base(f), ".") {
				t.Errorf("left behind: %s", f)
			}
		}
	})
}
