package app

import (
	"context"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"claimdesk/claims"
	"claimdesk/storage/sqlite"
)

// benchArticles is the size of the articles benchmark database.
const benchArticles = 2000

// countingArticles counts the calls made to an article service.
type countingArticles struct {
	claims.ArticleService
	n *atomic.Int64
}

func (c countingArticles) FindArticles(ctx context.Context, f claims.ArticleFilter) ([]*claims.Article, int, error) {
	c.n.Add(1)
	return c.ArticleService.FindArticles(ctx, f)
}

func (c countingArticles) FindArticleByID(ctx context.Context, id string) (*claims.Article, error) {
	c.n.Add(1)
	return c.ArticleService.FindArticleByID(ctx, id)
}

// countingClaims counts the calls made to a claim service's finders.
type countingClaims struct {
	claims.ClaimService
	n *atomic.Int64
}

func (c countingClaims) FindClaims(ctx context.Context, f claims.ClaimFilter) ([]*claims.Claim, int, error) {
	c.n.Add(1)
	return c.ClaimService.FindClaims(ctx, f)
}

// benchArticlesDB fills a new database with benchArticles articles of
// about 4 kB each and five claims per article.
func benchArticlesDB(b *testing.B) string {
	path := filepath.Join(b.TempDir(), "articles.db")
	db, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	svc := db.Services()
	ctx := claims.WithActor(b.Context(), "bench")
	r := rand.New(rand.NewPCG(3, 4))
	var cs []*claims.Claim
	for i := range benchArticles {
		var body strings.Builder
		for body.Len() < 4000 {
			body.WriteString(benchText(r, i))
			body.WriteString("\n\n")
		}
		a := &claims.Article{Title: benchText(r, i)[:60], Publisher: "Tagesblatt", Language: "de", Body: body.String()}
		if err := svc.Articles.CreateArticle(ctx, a); err != nil {
			b.Fatal(err)
		}
		for range 5 {
			cs = append(cs, &claims.Claim{Text: benchText(r, i), ArticleID: a.ID})
		}
	}
	if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkArticlesReload2k times what the Articles view does after every
// save anywhere in the window: reload its list (2,000 articles, 10,000
// claims) until the rows are set, and counts the service calls it makes.
func BenchmarkArticlesReload2k(b *testing.B) {
	path := benchArticlesDB(b)
	db, err := sqlite.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	var calls atomic.Int64
	svc := db.Services()
	svc.Articles = countingArticles{svc.Articles, &calls}
	svc.Claims = countingClaims{svc.Claims, &calls}
	uiMu.Lock()
	u := newUI(test.NewTempApp(b), svc, Options{Location: path})
	uiMu.Unlock()
	defer u.win.Close()
	u.win.Resize(fyne.NewSize(1280, 800))
	u.wait()
	v := u.shell.articles
	calls.Store(0)
	var sum time.Duration
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		uiMu.Lock()
		v.reload()
		uiMu.Unlock()
		u.wait()
		sum += time.Since(start)
	}
	b.StopTimer()
	if len(v.items) != benchArticles || v.items[0].Claims != 5 {
		b.Fatalf("list has %d rows, first with %d claims", len(v.items), v.items[0].Claims)
	}
	b.ReportMetric(float64(sum.Microseconds())/1000/float64(b.N), "ms/reload")
	b.ReportMetric(float64(calls.Load())/float64(b.N), "queries/reload")
}
