package postgres_test

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

func TestIsDSN(t *testing.T) {
	for in, want := range map[string]bool{
		"postgres://u@h/db": true, "POSTGRESQL://h/db": true, "claims.db": false,
		"/home/anna/postgres://x": false, "": false,
	} {
		if got := postgres.IsDSN(in); got != want {
			t.Errorf("IsDSN(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestRedact checks that a DSN's password never survives Redact, in the
// user part or as a parameter, and that the rest stays readable.
func TestRedact(t *testing.T) {
	for _, dsn := range []string{
		"postgres://anna:s3cr%40t@db.example.org:5432/news?sslmode=require",
		"postgres://anna@db.example.org/news?password=s3cr%40t&sslmode=verify-full",
	} {
		got := postgres.Redact(dsn)
		if hasPassword(got, "s3cr") {
			t.Errorf("Redact(%q) = %q: the password is still there", dsn, got)
		}
		if !strings.Contains(got, "db.example.org") || !strings.Contains(got, "sslmode=") {
			t.Errorf("Redact(%q) = %q: the server or sslmode went missing", dsn, got)
		}
	}
}

// TestOpenUnreachable checks that a server that does not answer gives a
// clear error without the password, and in bounded time.
func TestOpenUnreachable(t *testing.T) {
	_, err := postgres.Open("postgres://anna:hunter2@127.0.0.1:1/news?sslmode=disable&connect_timeout=3")
	if err == nil {
		t.Fatal("Open of a closed port succeeded")
	}
	if !errors.Is(err, postgres.ErrServerGone) {
		t.Errorf("error %v is not ErrServerGone", err)
	}
	if msg := claims.ErrorMessage(err); hasPassword(msg, "hunter2") || !strings.Contains(msg, "127.0.0.1") {
		t.Errorf("message %q: want the server, never the password", msg)
	}
}

// TestOpenForeign checks that a database holding other tables is refused
// and left as it was.
func TestOpenForeign(t *testing.T) {
	dsn := freshDSN(t)
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	if _, err := raw.Exec("CREATE TABLE payroll (id int)"); err != nil {
		t.Fatal(err)
	}
	_, err = postgres.Open(dsn)
	if !errors.Is(err, postgres.ErrNotClaimdesk) {
		t.Fatalf("Open of a foreign database: %v, want ErrNotClaimdesk", err)
	}
	var n int
	if err := raw.QueryRow("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()").Scan(&n); err != nil || n != 1 {
		t.Fatalf("tables after the refused Open: %d (%v), want 1", n, err)
	}
}

// TestOpenTwice checks that a second checker opening the database (already
// migrated) sees the same data.
func TestOpenTwice(t *testing.T) {
	dsn := freshDSN(t)
	a, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	c := &claims.Claim{Text: "Die Mieten sind um 40 Prozent gestiegen."}
	if err := a.Services().Claims.CreateClaim(claims.WithActor(context.Background(), "anna"), c); err != nil {
		t.Fatal(err)
	}
	b, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if _, err := b.Services().Claims.FindClaimByID(context.Background(), c.ID); err != nil {
		t.Fatalf("second connection: %v", err)
	}
}

// TestSearchLanguage checks that words are stemmed by the article's
// language: an inflected German or English form finds the other form.
func TestSearchLanguage(t *testing.T) {
	s := openFresh(t).Services()
	ctx := claims.WithActor(context.Background(), "anna")
	add := func(lang, body, text string) *claims.Claim {
		a := &claims.Article{Title: "Artikel " + lang, Language: lang, Body: body}
		if err := s.Articles.CreateArticle(ctx, a); err != nil {
			t.Fatal(err)
		}
		c := &claims.Claim{ArticleID: a.ID, Text: text}
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	de := add("de", "Die Miete steigt.", "Die Miete steigt seit Jahren.")
	en := add("en", "Unemployment falls.", "Unemployment falls every year.")
	for q, want := range map[string]string{"Mieten": de.ID, "Jahre": de.ID, "fall": en.ID, "years": en.ID} {
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: q, Kinds: []string{claims.HitClaim}})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		if len(hits) != 1 || hits[0].ID != want {
			t.Errorf("Search(%q) = %v, want only %s", q, hits, want)
		}
	}
}

// TestHistoryNamesTheLogin: on a server the history records who the server
// says the checker is (the login), not only the name typed into Claimdesk,
// which is kept beside it when it differs.
func TestHistoryNamesTheLogin(t *testing.T) {
	dsn := freshDSN(t)
	db, err := postgres.Open(dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	raw, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var login string
	if err := raw.QueryRow("SELECT current_user").Scan(&login); err != nil {
		t.Fatal(err)
	}
	svc := db.Services()
	for typed, want := range map[string]string{"": login, login: login, "Anna Prüferin": login + " (Anna Prüferin)"} {
		c := &claims.Claim{Text: "Die Miete stieg um " + want + " Prozent."}
		if err := svc.Claims.CreateClaim(claims.WithActor(context.Background(), typed), c); err != nil {
			t.Fatal(err)
		}
		evs, err := svc.History.ClaimHistory(context.Background(), c.ID)
		if err != nil || len(evs) == 0 {
			t.Fatalf("history: %v %v", evs, err)
		}
		if evs[0].Actor != want || c.CreatedBy != want {
			t.Errorf("typed %q: history says %q, claim created by %q, want %q", typed, evs[0].Actor, c.CreatedBy, want)
		}
	}
}
