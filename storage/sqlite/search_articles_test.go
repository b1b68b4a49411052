package sqlite

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestIndexFollowsArticleEdits: an article's body (kept deflated since
// 0009) and title edited, by the indexed store and by another connection,
// reach the in-memory index as they reach FTS5.
func TestIndexFollowsArticleEdits(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "articles.db")
	db := openIndexed(t, path)
	other, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	long := strings.Repeat("Die Regierung beschloss den Haushalt am Montag. ", 20) // long enough to be deflated
	a := &claims.Article{Title: "Haushalt", Body: long + "Der Zebrafink sang.", Language: "de"}
	if err := db.Services().Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	queries := []string{"zebrafink", "kolibri", "regierung", "haushalt", "grünfink"}
	sameAsFTS5(t, db, "created", queries...)
	for i, svc := range []claims.Services{db.Services(), other.Services()} {
		body := long + []string{"Ein Kolibri flog vorbei.", "Ein Grünfink flog vorbei."}[i]
		if _, err := svc.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Body: &body}); err != nil {
			t.Fatal(err)
		}
		sameAsFTS5(t, db, "body edited: "+body[len(long):], queries...)
		title := []string{"Kolibri", "Grünfink"}[i]
		if _, err := svc.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Title: &title}); err != nil {
			t.Fatal(err)
		}
		sameAsFTS5(t, db, "title edited: "+title, queries...)
	}
	hits, _, err := db.Services().Search.Search(ctx, claims.SearchQuery{Text: "grünfink", Limit: 5})
	if err != nil || len(hits) != 1 {
		t.Fatalf("the edited article is not found by its new words: %v, %v", hits, err)
	}
}
