package sqlite_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
	"claimdesk/storage/sqlite/internal/benchgen"
)

// largeArticle returns an article body of at least n bytes made of
// generated sentences (package benchgen), with a paragraph break every
// twenty sentences.
func largeArticle(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString(benchgen.Text(i))
		if i%20 == 19 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// dbWithArticle opens a new database holding one article of n bytes.
func dbWithArticle(tb testing.TB, n int) *sqlite.DB {
	tb.Helper()
	db := MustOpenDB(tb)
	a := &claims.Article{Title: "Großer Bericht", Body: largeArticle(n), Language: "de"}
	if err := db.Services().Articles.CreateArticle(ctx, a); err != nil {
		tb.Fatal(err)
	}
	return db
}

// A hit in an article above the snippet window still gets a short snippet
// with the word marked, taken from the article's start.
func TestSearchSnippetOfLargeArticle(t *testing.T) {
	db := dbWithArticle(t, 2<<20)
	for _, q := range []string{benchgen.CommonTerm, "REGIERUNG", benchgen.RareTerm} {
		hits, total, err := db.Services().Search.Search(ctx, claims.SearchQuery{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if total != 1 || len(hits) != 1 {
			t.Fatalf("%s: %d hits (total %d), want 1", q, len(hits), total)
		}
		s := hits[0].Snippet
		if n := utf8.RuneCountInString(s); n == 0 || n > 400 {
			t.Errorf("%s: snippet of %d characters: %q", q, n, s)
		}
		if q != benchgen.RareTerm && !strings.Contains(s, "["+benchgen.CommonTerm+"]") {
			t.Errorf("%s: snippet %q does not mark the word", q, s)
		}
	}
}

// BenchmarkSearchLargeArticle searches a database holding one article of
// 1, 2 and 50 MB, for a word in about every third sentence (regierung)
// and a word in one sentence in 10,000 (zeppelin). Figures: BENCHMARKS.md.
func BenchmarkSearchLargeArticle(b *testing.B) {
	for _, mb := range []int{1, 2, 50} {
		db := dbWithArticle(b, mb<<20)
		for _, term := range []string{benchgen.CommonTerm, benchgen.RareTerm} {
			b.Run(fmt.Sprintf("%dMB/%s", mb, term), func(b *testing.B) {
				for b.Loop() {
					if _, _, err := db.Services().Search.Search(ctx, claims.SearchQuery{Text: term}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
