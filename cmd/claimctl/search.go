package main

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"claimdesk/claims"
)

// init registers search and history.
func init() {
	register(&command{name: "search", summary: "full-text search across claims, articles, sources and evidence", run: runSearch})
	register(&command{name: "history", summary: "show the history of a claim, article, source or scale, oldest first", run: runHistory})
}

// hitKinds are the choices of search --kind.
var hitKinds = []string{claims.HitClaim, claims.HitArticle, claims.HitSource, claims.HitEvidence}

// runSearch runs "search": it searches claims, articles, sources and
// evidence and prints the best hits first.
func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "search", "QUERY...",
		"Searches claims (text and rationale), articles, sources and evidence excerpts,\nbest hits first. Words match as prefixes; all words must occur. Words in\nquotes must stand together, in order; a number such as 2,5 or 1.600 finds its\ndigits side by side (2,5 and 2.5 alike). The claim filters (--status,\n--verdict, --tag, --article, --claimant) return claims only.")
	format := formatFlag(fs, "text", "text", "json")
	var kinds stringList
	fs.Var(&kinds, "kind", "only hits of this `kind`: "+strings.Join(hitKinds, ", ")+" (repeatable)")
	ff := addClaimFilterFlags(fs, false)
	limit := fs.Int("limit", 20, "at most `N` hits")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	text, err := searchArgs(pos, kinds, *limit)
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	cf, err := ff.filter(ctx, svc)
	if err != nil {
		return err
	}
	q := claims.SearchQuery{
		Text: text, Kinds: kinds, Status: cf.Status, RatingID: cf.RatingID, Tag: cf.Tag,
		ArticleID: cf.ArticleID, Claimant: cf.Claimant, Limit: *limit,
	}
	hits, total, err := svc.Search.Search(ctx, q)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSONList(e.stdout, hits)
	}
	t := &table{header: []string{"KIND", "ID", "TITLE", "MATCH"}}
	for _, h := range hits {
		t.add(h.Kind, h.ID, clip(h.Title, 40), clip(h.Snippet, 70))
	}
	if err := t.write(e.stdout, fmt.Sprintf("No hits for %q.", text)); err != nil {
		return err
	}
	if total > len(hits) {
		fmt.Fprintf(e.stdout, "(%d of %d hits shown; use --limit for more)\n", len(hits), total)
	}
	return nil
}

// searchArgs checks the words of a search (pos), its --kind and --limit,
// and returns the words as one text.
func searchArgs(pos, kinds []string, limit int) (string, error) {
	text := strings.TrimSpace(strings.Join(pos, " "))
	if !utf8.ValidString(text) {
		return "", usagef("the search text is not valid UTF-8; set the terminal to UTF-8 and try again")
	}
	if text == "" {
		return "", usagef("give words to search for, e.g. claimctl search Pompeo")
	}
	if limit <= 0 {
		return "", usagef("--limit must be positive")
	}
	for _, k := range kinds {
		if !contains(hitKinds, k) {
			return "", usagef("unknown --kind %q; use %s", k, strings.Join(hitKinds, ", "))
		}
	}
	return text, nil
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// runHistory runs "history": it shows the recorded changes of a claim,
// article, source or rating scale, oldest first.
func runHistory(ctx context.Context, e *env, args []string) error {
	id, f, svc, err := showArgs(e, args, "history", "claim ID", "Shows every recorded change of a claim, oldest first: when, who, which field, from what to what.\n"+
		"Also takes the ID of an article, source or rating scale, also after it was deleted. Versions\n"+
		"replaced or not taken by a bundle import (fields merged and conflict), deleted records and an\n"+
		"article's earlier texts (field body) are summarised; --format json shows them whole.")
	if err != nil {
		return err
	}
	kind, events, err := svc.History.RecordHistory(ctx, id)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSONList(e.stdout, events)
	}
	labels, err := ratingLabels(ctx, svc)
	if err != nil {
		return err
	}
	if kind != claims.RecordClaim {
		fmt.Fprintf(e.stdout, "History of %s %s:\n", kind, oneLine(id))
	}
	if kind == claims.RecordEvidence {
		fmt.Fprintln(e.stdout, "Changes of evidence are recorded in the history of its claim (claimctl history CLAIM_ID).")
	}
	current := currentRecord(ctx, svc, kind, id)
	t := &table{header: []string{"WHEN", "WHO", "FIELD", "OLD", "NEW"}}
	for _, ev := range events {
		old, nw := ev.Old, ev.New
		switch ev.Field {
		case claims.FieldRating:
			old, nw = ratingText(old, labels), ratingText(nw, labels)
		case claims.FieldMerged, claims.FieldConflict:
			old = versionSummary(old, current)
		case claims.FieldDeleted:
			if kind != claims.RecordClaim {
				old = versionSummary(old, nil)
			}
		case claims.FieldBody:
			old = fmt.Sprintf("(%d characters) %s", utf8.RuneCountInString(old), old)
			nw = "SHA-256 " + nw
		}
		t.add(ev.At.Local().Format("2006-01-02 15:04:05"), ev.ActorLabel(), ev.Field, clip(old, 50), clip(nw, 50))
	}
	return t.write(e.stdout, "No history recorded.")
}

// ratingText shows a rating ID as its label, keeping unknown IDs as they are.
func ratingText(id string, labels map[string]string) string {
	if l, ok := labels[id]; ok {
		return l
	}
	return id
}
