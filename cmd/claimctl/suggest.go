package main

import (
	"context"
	"fmt"
	"strconv"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/desk"
)

// init registers article suggest and article accept.
func init() {
	register(&command{name: "article suggest", summary: "list the suggested claims of an article, numbered best first", run: runArticleSuggestions})
	register(&command{name: "article accept", summary: "make suggested claims of an article claims (by their numbers); prints each ID", run: runArticleAccept})
}

// suggestionRow is one suggestion in "article suggest --format json".
type suggestionRow struct {
	N          int      `json:"n"`
	Score      float64  `json:"score"`
	Claimant   string   `json:"claimant"`
	Text       string   `json:"text"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Kinds      []string `json:"kinds"`
	AcceptedAs string   `json:"accepted_as"`
}

// articleSuggestions loads article id, its claims and its suggestions at
// threshold, numbered from 1 as the window lists them.
func articleSuggestions(ctx context.Context, svc *claims.Services, id string, threshold float64) (*claims.Article, []extract.Unit, []int, []*claims.Claim, error) {
	a, err := svc.Articles.FindArticleByID(ctx, id)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	cs, _, err := svc.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &a.ID})
	if err != nil {
		return nil, nil, nil, nil, err
	}
	units := desk.ArticleUnits(a, nil)
	return a, units, desk.Suggestions(units, threshold), cs, nil
}

// runArticleSuggestions runs "article suggest": it lists an article's
// suggested claims, numbered best first.
func runArticleSuggestions(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "article suggest", "ARTICLE_ID",
		"Lists the sentences of an article that score at least --threshold, best first and\n"+
			"numbered as in the window's reader; \"article accept\" takes these numbers.")
	threshold := fs.Float64("threshold", extract.DefaultThreshold, "lowest `score` suggested (0 to 1)")
	format := formatFlag(fs, "text", "text", "json")
	id, err := parseOneArg(fs, args, "article ID")
	if err != nil {
		return err
	}
	if err := checkSuggestThreshold(*threshold); err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	_, units, sug, cs, err := articleSuggestions(ctx, svc, id, *threshold)
	if err != nil {
		return err
	}
	rows := make([]suggestionRow, 0, len(sug))
	for n, i := range sug {
		u := units[i]
		start, end := desk.UnitSpan(u)
		rows = append(rows, suggestionRow{N: n + 1, Score: u.Score, Claimant: u.Claimant, Text: desk.UnitText(u),
			Start: start, End: end, Kinds: append([]string{}, u.Kinds...), AcceptedAs: desk.AcceptedAs(cs, u)})
	}
	if f == "json" {
		return writeJSON(e.stdout, rows)
	}
	t := &table{header: []string{"N", "SCORE", "CLAIMANT", "TEXT", "CLAIM"}}
	for _, r := range rows {
		t.add(strconv.Itoa(r.N), fmt.Sprintf("%.2f", r.Score), clip(r.Claimant, 24), clip(r.Text, 70), r.AcceptedAs)
	}
	return t.write(e.stdout, "No suggestions at this threshold; try a lower --threshold.")
}

// runArticleAccept runs "article accept": it makes the numbered suggestions
// of an article claims and prints each new claim's ID.
func runArticleAccept(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "article accept", "ARTICLE_ID N...",
		"Makes suggestions of an article claims, as Accept in the window does: the sentence\n"+
			"anchored where it stands, with claimant, score, kinds and reasons. N are the numbers\n"+
			"\"article suggest\" lists (with the same --threshold). Prints each new claim's ID;\n"+
			"a suggestion that is a claim already is reported and skipped.")
	threshold := fs.Float64("threshold", extract.DefaultThreshold, "lowest `score` suggested, as given to article suggest")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) < 2 {
		return usagef("give the article ID and at least one suggestion number")
	}
	if err := checkSuggestThreshold(*threshold); err != nil {
		return err
	}
	var nums []int
	for _, p := range pos[1:] {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			return usagef("%q is not a suggestion number (see claimctl article suggest)", p)
		}
		nums = append(nums, n)
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	a, units, sug, cs, err := articleSuggestions(ctx, svc, pos[0], *threshold)
	if err != nil {
		return err
	}
	for _, n := range nums {
		if n > len(sug) {
			return usagef("there is no suggestion %d; the article has %d at this threshold", n, len(sug))
		}
	}
	for _, n := range nums {
		u := units[sug[n-1]]
		if id := desk.AcceptedAs(cs, u); id != "" {
			fmt.Fprintf(e.stderr, "claimctl article accept: suggestion %d is claim %s already\n", n, id)
			continue
		}
		c, err := desk.AcceptSuggestion(ctx, *svc, a, u)
		if err != nil {
			return err
		}
		cs = append(cs, c)
		fmt.Fprintln(e.stdout, c.ID)
	}
	return nil
}

// checkSuggestThreshold refuses a --threshold of article suggest or accept
// outside 0 to 1, where no score can lie: "--threshold 50" meant 0.5, and
// would otherwise list no suggestion at all.
func checkSuggestThreshold(t float64) error {
	if !(t >= 0 && t <= 1) {
		return usagef("--threshold %g is out of range; use a score from 0 to 1", t)
	}
	return nil
}
