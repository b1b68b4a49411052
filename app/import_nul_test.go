package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportFileWithStrayNUL: a text file holding one NUL in its first
// 8 KiB was refused in the window as "a binary file"; it is imported whole
// now, the NUL dropped.
func TestImportFileWithStrayNUL(t *testing.T) {
	f := newReaderFixture(t)
	p := filepath.Join(t.TempDir(), "meldung.txt")
	text := "Haushalt 2025\n\nDer Kreis plant\x00 Ausgaben von 812 Millionen Euro, sagte der Kämmerer. Der Rest bleibt."
	if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	f.act(func() { f.u.importPaths([]string{p}) })
	if len(f.v.items) != 1 || f.v.reader.article == nil {
		t.Fatalf("not imported: %s", dialogText(f.w.Canvas().Overlays().Top()))
	}
	body := f.v.reader.article.Body
	if strings.ContainsRune(body, 0) || !strings.Contains(body, "plant Ausgaben") || !strings.HasSuffix(body, "Der Rest bleibt.") {
		t.Errorf("body = %q", body)
	}
}
