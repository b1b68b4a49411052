package main

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"time"

	"claimdesk/claims"
	"claimdesk/storage/postgres"

	_ "claimdesk/storage/sqlite" // the "sqlite" driver with Claimdesk's functions (compressed bodies), to read the benchmark file
)

// batch is the number of claims per transaction.
const batch = 10000

// load copies the articles and claims of the SQLite file from into the
// empty PostgreSQL database to.
func load(ctx context.Context, from, to string) error {
	src, err := sql.Open("sqlite", "file:"+url.PathEscape(from)+"?mode=ro")
	if err != nil {
		return err
	}
	defer src.Close()
	db, err := postgres.Open(to)
	if err != nil {
		return err
	}
	defer db.Close()
	svc := db.Services()
	ctx = claims.WithActor(ctx, "pgbench")
	start := time.Now()
	articles, err := loadArticles(ctx, src, svc.Articles)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "load: %d articles (%.0f s)\n", len(articles), time.Since(start).Seconds())
	rows, err := src.QueryContext(ctx, `SELECT COALESCE(article_id, ''), text, claimant, status FROM claims ORDER BY seq`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var cs []*claims.Claim
	n := 0
	flush := func() error {
		if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
			return err
		}
		n += len(cs)
		cs = cs[:0]
		fmt.Fprintf(os.Stderr, "\rload: %d claims (%.0f s)", n, time.Since(start).Seconds())
		return nil
	}
	for rows.Next() {
		var art string
		c := &claims.Claim{}
		if err := rows.Scan(&art, &c.Text, &c.Claimant, &c.Status); err != nil {
			return err
		}
		c.ArticleID = articles[art]
		if cs = append(cs, c); len(cs) == batch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	if len(cs) > 0 {
		if err := flush(); err != nil {
			return err
		}
	}
	fmt.Fprintf(os.Stderr, "\nload: done, %d claims in %.0f s\n", n, time.Since(start).Seconds())
	return nil
}

// loadArticles creates the file's articles and maps their old IDs to the new.
func loadArticles(ctx context.Context, src *sql.DB, svc claims.ArticleService) (map[string]string, error) {
	rows, err := src.QueryContext(ctx, `SELECT id, title, body, language, publisher FROM articles ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	ids := map[string]string{}
	for rows.Next() {
		var old string
		a := &claims.Article{}
		if err := rows.Scan(&old, &a.Title, &a.Body, &a.Language, &a.Publisher); err != nil {
			return nil, err
		}
		if err := svc.CreateArticle(ctx, a); err != nil {
			return nil, err
		}
		ids[old] = a.ID
	}
	return ids, rows.Err()
}
