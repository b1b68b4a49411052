package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestImportSameTextOpensStored: a file whose text is stored already (here
// under another name and with Windows line ends) is not stored a second
// time; the stored article opens and a dialog says so.
func TestImportSameTextOpensStored(t *testing.T) {
	f := newReaderFixture(t)
	dir := t.TempDir()
	text := "Haushalt 2025\n\nDer Kreis plant Ausgaben von 812 Millionen Euro, sagte Kämmerer Veit Lorenz.\n"
	first, second := filepath.Join(dir, "haushalt.txt"), filepath.Join(dir, "kopie von haushalt.txt")
	if err := os.WriteFile(first, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(second, []byte(strings.ReplaceAll(text, "\n", "\r\n")), 0o600); err != nil {
		t.Fatal(err)
	}
	f.act(func() { f.u.importPaths([]string{first}) })
	if top := f.w.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("first import shows a dialog: %s", dialogText(top))
	}
	stored := f.v.reader.article
	f.act(func() { f.v.selected = ""; f.v.reader.article = nil })
	f.act(func() { f.u.importPaths([]string{second}) })
	arts, _, err := f.svc.Articles.FindArticles(context.Background(), claims.ArticleFilter{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("articles after importing the same text twice: %d, %v; want 1", len(arts), err)
	}
	if stored == nil || f.v.reader.article == nil || f.v.reader.article.ID != stored.ID {
		t.Errorf("the stored article is not open again")
	}
	top := f.w.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(dialogText(top), "The same text was imported before: “Haushalt 2025”") {
		t.Fatalf("no word that the text was imported before")
	}
}
