package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"
	"testing"

	"claimdesk/claims"
)

// snapshotPage is the content of a saved web page used as a snapshot.
const snapshotPage = "<html><body><h1>Mietspiegel 2025</h1><p>Durchschnittsmiete: 11,20 €/m².</p></body></html>"

// sha returns the hex SHA-256 of b.
func sha(b string) string {
	sum := sha256.Sum256([]byte(b))
	return hex.EncodeToString(sum[:])
}

// testSnapshots checks AttachSnapshot (the same content once per source,
// MIME types, large files, its errors) and OpenSnapshot.
func testSnapshots(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "mietspiegel")
		sn, err := s.Sources.AttachSnapshot(ctx, src.ID, "mietspiegel.html", strings.NewReader(snapshotPage))
		noErr(t, err, "AttachSnapshot")
		if sn.SHA256 != sha(snapshotPage) || sn.Size != int64(len(snapshotPage)) || sn.Name != "mietspiegel.html" || sn.MIME == "" || sn.AddedAt.IsZero() {
			t.Fatalf("snapshot = %+v, want sha %s, size %d, a MIME type and AddedAt", sn, sha(snapshotPage), len(snapshotPage))
		}
		got, err := s.Sources.FindSourceByID(ctx, src.ID)
		noErr(t, err, "FindSourceByID")
		if len(got.Snapshots) != 1 || got.Snapshots[0].SHA256 != sn.SHA256 || got.Snapshots[0].Size != sn.Size || got.Snapshots[0].Name != sn.Name {
			t.Fatalf("source snapshots = %+v, want [%+v]", got.Snapshots, sn)
		}
	})

	t.Run("Dedupe", func(t *testing.T) {
		s := open(t)
		a := mustSource(t, s, "a")
		b := mustSource(t, s, "b")
		for _, name := range []string{"seite.html", "seite-kopie.html"} {
			_, err := s.Sources.AttachSnapshot(ctx, a.ID, name, strings.NewReader(snapshotPage))
			noErr(t, err, "AttachSnapshot a")
		}
		_, err := s.Sources.AttachSnapshot(ctx, b.ID, "kopie.html", strings.NewReader(snapshotPage))
		noErr(t, err, "AttachSnapshot b")
		for _, src := range []*claims.Source{a, b} {
			got, err := s.Sources.FindSourceByID(ctx, src.ID)
			noErr(t, err, "FindSourceByID")
			if len(got.Snapshots) != 1 || got.Snapshots[0].SHA256 != sha(snapshotPage) {
				t.Fatalf("source %s snapshots = %+v, want one with sha %s", src.Title, got.Snapshots, sha(snapshotPage))
			}
		}
		wantSnapshot(t, s, sha(snapshotPage), snapshotPage)
		noErr(t, s.Sources.DeleteSource(ctx, a.ID), "DeleteSource")
		wantSnapshot(t, s, sha(snapshotPage), snapshotPage)
	})

	t.Run("MIME", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "dateien")
		for _, tc := range []struct{ name, content, want string }{
			{"seite.html", snapshotPage, "text/html"},
			{"bericht.pdf", "%PDF-1.4\n" + strings.Repeat("x", 100), "application/pdf"},
			{"bild.png", "\x89PNG\r\n\x1a\n" + strings.Repeat("\x00", 100), "image/png"},
		} {
			sn, err := s.Sources.AttachSnapshot(ctx, src.ID, tc.name, strings.NewReader(tc.content))
			noErr(t, err, "AttachSnapshot")
			if !strings.HasPrefix(sn.MIME, tc.want) {
				t.Fatalf("MIME of %s = %q, want %q", tc.name, sn.MIME, tc.want)
			}
		}
	})

	t.Run("Large", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "gross")
		big := strings.Repeat("Mietspiegel 2025 – Tabelle mit Größen. ", 60000)
		sn, err := s.Sources.AttachSnapshot(ctx, src.ID, "gross.txt", strings.NewReader(big))
		noErr(t, err, "AttachSnapshot")
		if sn.Size != int64(len(big)) || sn.SHA256 != sha(big) {
			t.Fatalf("snapshot size %d, sha %s; want %d, %s", sn.Size, sn.SHA256, len(big), sha(big))
		}
		wantSnapshot(t, s, sn.SHA256, big)
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := open(t)
		_, err := s.Sources.AttachSnapshot(ctx, "no-such-source", "x.html", strings.NewReader(snapshotPage))
		wantCode(t, err, claims.ENOTFOUND)
	})

	t.Run("ErrEmptyFile", func(t *testing.T) {
		s := open(t)
		src := mustSource(t, s, "leer")
		_, err := s.Sources.AttachSnapshot(ctx, src.ID, "leer.pdf", strings.NewReader(""))
		wantCode(t, err, claims.EINVALID)
		got, err := s.Sources.FindSourceByID(ctx, src.ID)
		noErr(t, err, "FindSourceByID")
		if got, want := len(got.Snapshots), 0; got != want {
			t.Fatalf("%d snapshots after a refused attach, want %d", got, want)
		}
	})

	t.Run("OpenSnapshot", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			src := mustSource(t, s, "screenshot")
			png := "\x89PNG\r\n\x1a\n" + strings.Repeat("\x00\xff", 300)
			sn, err := s.Sources.AttachSnapshot(ctx, src.ID, "bild.png", strings.NewReader(png))
			noErr(t, err, "AttachSnapshot")
			wantSnapshot(t, s, sn.SHA256, png)
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			for _, sum := range []string{sha("never stored"), "", "../test.db", "../../../../etc/passwd", "/etc/passwd"} {
				rc, err := s.Sources.OpenSnapshot(ctx, sum)
				if err == nil {
					rc.Close()
				}
				wantCode(t, err, claims.ENOTFOUND)
			}
		})
	})
}

// wantSnapshot fails unless the snapshot sum opens and holds content.
func wantSnapshot(t *testing.T, s claims.Services, sum, content string) {
	t.Helper()
	rc, err := s.Sources.OpenSnapshot(context.Background(), sum)
	noErr(t, err, "OpenSnapshot")
	defer rc.Close()
	b, err := io.ReadAll(rc)
	noErr(t, err, "read snapshot")
	if !bytes.Equal(b, []byte(content)) {
		t.Fatalf("snapshot holds %d bytes, want the %d bytes attached", len(b), len(content))
	}
}
