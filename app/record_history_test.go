package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
)

// TestArticleHistory: a checker edits an article's title twice and its text
// once, then opens Details… → History…: the dialog lists both title changes
// and the earlier text, which its button shows whole.
func TestArticleHistory(t *testing.T) {
	f := newShellFixture(t)
	ctx := f.u.ctx()
	first := "Der Landtag hat am Mittwoch über die Windkraft gestritten."
	a := f.addArticle("scan-0042", first)
	v := f.s.articles
	for _, title := range []string{"Streit über Windkraft", "Landtag streitet über Windkraft"} {
		f.do(v.onEditArticle)
		f.do(func() {
			v.editor.title.SetText(title)
			test.Tap(f.topDialogButton("Save"))
		})
	}
	pub := time.Date(2026, 3, 14, 0, 0, 0, 0, time.UTC)
	if _, err := f.svc.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{PublishedAt: &pub}); err != nil {
		t.Fatal(err)
	}
	body := "Der Landtag hat am Donnerstag über die Windkraft gestritten."
	if _, err := f.svc.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Body: &body}); err != nil {
		t.Fatal(err)
	}

	f.do(v.onEditArticle)
	f.do(func() { test.Tap(f.topDialogButton("History…")) })
	text := dialogText(f.win().Canvas().Overlays().Top())
	for _, want := range []string{"scan-0042 → Streit über Windkraft", "Streit über Windkraft → Landtag streitet über Windkraft",
		"Published on: — → 2026-03-14", "earlier version, 58 characters"} {
		if !strings.Contains(text, want) {
			t.Fatalf("the article's history lacks %q:\n%s", want, text)
		}
	}
	if strings.Index(text, "earlier version") > strings.Index(text, "scan-0042 →") {
		t.Fatalf("the history is not newest first:\n%s", text)
	}
	f.do(func() { test.Tap(f.topDialogButton("Show earlier text")) })
	if text := dialogText(f.win().Canvas().Overlays().Top()); !strings.Contains(text, first) {
		t.Fatalf("the earlier text is not shown:\n%s", text)
	}
}
