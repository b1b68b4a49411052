package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"strings"
	"time"

	"claimdesk/claims"
)

// init registers article set and article delete.
func init() {
	register(&command{name: "article set", summary: "change an article's title, outlet, URL, published date or language", run: runArticleSet})
	register(&command{name: "article delete", summary: "delete an article; its claims stay, without article", run: runArticleDelete})
}

// runArticleSet runs "article set": it changes an article's title, outlet,
// URL, published date or language.
func runArticleSet(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "article set", "ARTICLE_ID",
		"Changes an article's details; the text and its claims stay as they are.\n"+
			"An empty value (--url \"\") clears a field; the title cannot be cleared.\n"+
			"--published takes 2026-03-14 or 14.03.2026; --lang takes de, en or none.")
	title := fs.String("title", "", "new `title` (the heading of reports)")
	outlet := fs.String("outlet", "", "the `outlet` that published it (newspaper, broadcaster, site)")
	url := fs.String("url", "", "the article's `URL`")
	published := fs.String("published", "", "publication `date`: YYYY-MM-DD or DD.MM.YYYY")
	lang := fs.String("lang", "", "`language`: de, en or none")
	id, err := parseOneArg(fs, args, "article ID")
	if err != nil {
		return err
	}
	upd, err := articleUpdate(fs, *title, *outlet, *url, *published, *lang)
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	a, err := svc.Articles.UpdateArticle(e.withActor(ctx), id, upd)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "%s  %s\n", a.ID, a.Title)
	return nil
}

// articleUpdate turns the given flags of "article set" into an update, or
// says what is wrong with them.
func articleUpdate(fs *flag.FlagSet, title, outlet, url, published, lang string) (claims.ArticleUpdate, error) {
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	var upd claims.ArticleUpdate
	str := func(name, v string) *string {
		if !given[name] {
			return nil
		}
		s := strings.TrimSpace(v)
		return &s
	}
	upd.Title, upd.Publisher, upd.URL = str("title", title), str("outlet", outlet), str("url", url)
	if upd.Title != nil && *upd.Title == "" {
		return upd, usagef("--title must not be empty")
	}
	if given["lang"] {
		l := strings.ToLower(strings.TrimSpace(lang))
		switch l {
		case "de", "en":
		case "none", "":
			l = ""
		default:
			return upd, usagef("unknown --lang %q; use de, en or none", lang)
		}
		upd.Language = &l
	}
	if given["published"] {
		t, err := parseDay(published)
		if err != nil {
			return upd, err
		}
		upd.PublishedAt = &t
	}
	if upd == (claims.ArticleUpdate{}) {
		return upd, usagef("nothing to change; give --title, --outlet, --url, --published or --lang")
	}
	return upd, nil
}

// parseDay reads a date as 2026-03-14 or 14.03.2026; "" and "none" are no
// date.
func parseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "none") {
		return time.Time{}, nil
	}
	for _, layout := range []string{"2006-01-02", "2.1.2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, usagef("cannot read the date %q; write it as 2026-03-14 or 14.03.2026", s)
}

// runArticleDelete runs "article delete": it deletes an article and its
// text; its claims stay, without article.
func runArticleDelete(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "article delete", "ARTICLE_ID",
		"Deletes an article and its text. Its suggestions go with it; its claims stay,\n"+
			"without article (their history records where they came from). The article as it\n"+
			"was, text included, stays readable in its history (claimctl history ARTICLE_ID).\n"+
			"Asks first, naming how many claims stay, unless --yes is given.")
	yes := fs.Bool("yes", false, "delete without asking")
	id, err := parseOneArg(fs, args, "article ID")
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	a, err := svc.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return err
	}
	_, n, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &a.ID, Limit: 1})
	if err != nil {
		return err
	}
	if !*yes && !confirm(e, fmt.Sprintf("Delete the article %q? %s Delete? [y/N] ", a.Title, claimsStay(n))) {
		return &exitError{code: 1, msg: "nothing deleted"}
	}
	if err := svc.Articles.DeleteArticle(e.withActor(ctx), a.ID); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "deleted %s; %s\n", a.ID, claimsKept(n))
	return nil
}

// claimsStay says what happens to the n claims of an article being deleted.
func claimsStay(n int) string {
	switch n {
	case 0:
		return "It has no claims."
	case 1:
		return "Its 1 claim stays, without article."
	}
	return fmt.Sprintf("Its %d claims stay, without article.", n)
}

// claimsKept says how many claims were kept after deleting an article.
func claimsKept(n int) string {
	if n == 1 {
		return "1 claim kept without article"
	}
	return fmt.Sprintf("%d claims kept without article", n)
}

// confirm asks question on stderr and reports whether the answer read from
// stdin is yes ("y" or "yes", any case).
func confirm(e *env, question string) bool {
	fmt.Fprint(e.stderr, question)
	line, _ := bufio.NewReader(e.stdin).ReadString('\n')
	a := strings.ToLower(strings.TrimSpace(line))
	if a != "y" && a != "yes" {
		fmt.Fprintln(e.stderr)
		return false
	}
	return true
}
