package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"claimdesk/claims"
)

// init registers claims, claim add and claim show.
func init() {
	register(&command{name: "claims", summary: "list claims; filter by article, status, verdict, tag, claimant, words", run: runClaims})
	register(&command{name: "claim add", summary: "add a claim; prints its ID", run: runClaimAdd})
	register(&command{name: "claim show", summary: "show one claim with its evidence", run: runClaimShow})
}

// claimFilterFlags are the filters shared by "claims" (and usable by other
// listing commands).
type claimFilterFlags struct {
	article, status, verdict, tag, claimant, query *string
	seenBefore                                     *bool // only with the query flag (claims, not search)
}

// addClaimFilterFlags adds the claim filter flags to fs; withQuery adds
// --query and --seen-before too.
func addClaimFilterFlags(fs *flag.FlagSet, withQuery bool) *claimFilterFlags {
	f := &claimFilterFlags{
		article:  fs.String("article", "", "only claims of the article with this `ID`"),
		status:   fs.String("status", "", "only claims with this `status`: "+statusNames()),
		verdict:  fs.String("verdict", "", "only claims with this `verdict`: a rating ID, a label of the active scale, or none"),
		tag:      fs.String("tag", "", "only claims with this `tag`"),
		claimant: fs.String("claimant", "", "only claims whose claimant contains this `text`"),
		query:    new(string),
	}
	f.seenBefore = new(bool)
	if withQuery {
		f.query = fs.String("query", "", "only claims matching these `words` (full-text search)")
		f.seenBefore = fs.Bool("seen-before", false, "only claims linked to an earlier check (see claimctl link)")
	}
	return f
}

// filter builds the claims filter; it may look up the verdict.
func (f *claimFilterFlags) filter(ctx context.Context, svc *claims.Services) (claims.ClaimFilter, error) {
	var cf claims.ClaimFilter
	set := func(v *string) *string {
		if s := strings.TrimSpace(*v); s != "" {
			return &s
		}
		return nil
	}
	cf.ArticleID, cf.Claimant, cf.Query = set(f.article), set(f.claimant), set(f.query)
	if cf.ArticleID != nil { // a mistyped ID is an error, not an empty list
		if _, err := svc.Articles.FindArticleByID(ctx, *cf.ArticleID); err != nil {
			return cf, err
		}
	}
	if *f.seenBefore {
		cf.EarlierCheck = f.seenBefore
	}
	if t := set(f.tag); t != nil {
		if n := claims.NormalizeTags([]string{*t}); len(n) == 1 {
			cf.Tag = &n[0]
		}
	}
	if s := set(f.status); s != nil {
		st, err := parseStatus(*s)
		if err != nil {
			return cf, err
		}
		cf.Status = &st
	}
	if v := set(f.verdict); v != nil {
		id, err := resolveVerdict(ctx, svc, *v)
		if err != nil {
			return cf, err
		}
		cf.RatingID = &id
	}
	return cf, nil
}

// statusNames returns the claim statuses, comma-separated.
func statusNames() string {
	names := make([]string, len(claims.Statuses))
	for i, s := range claims.Statuses {
		names[i] = string(s)
	}
	return strings.Join(names, ", ")
}

// parseStatus parses a status as typed, as a usage error when unknown.
func parseStatus(s string) (claims.Status, error) {
	st, err := claims.ParseStatus(s)
	if err != nil {
		return "", usagef("unknown status %q; use %s", s, statusNames())
	}
	return st, nil
}

// runClaims runs "claims": it lists the claims the filters keep, most
// recently changed first.
func runClaims(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "claims", "", "Lists claims, most recently changed first.")
	format := formatFlag(fs, "text", "text", "json")
	ff := addClaimFilterFlags(fs, true)
	limit := fs.Int("limit", 0, "at most `N` claims (0: all)")
	f, err := listArgs(fs, args, format, limit)
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
	cf.Limit = *limit
	list, total, err := svc.Claims.FindClaims(ctx, cf)
	if err != nil {
		return err
	}
	if f == "json" {
		return writeJSONList(e.stdout, list)
	}
	labels, err := ratingLabels(ctx, svc)
	if err != nil {
		return err
	}
	t := &table{header: []string{"ID", "STATUS", "VERDICT", "CLAIMANT", "TEXT"}}
	for _, c := range list {
		t.add(c.ID, string(c.Status), clip(verdictText(c, labels), 24), clip(c.Claimant, 20), clip(c.Text, 70))
	}
	return t.writePage(e.stdout, "No claims match.", total)
}

// runClaimAdd runs "claim add": it adds a claim and prints its ID.
func runClaimAdd(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "claim add", "",
		"Adds a claim and prints its ID. With --article, a text quoted word for word\nfrom the article is anchored to its place in the article (line breaks and\nspaces count alike, and so do straight and curly quotation marks).")
	text := fs.String("text", "", "the claim `text` (required)")
	article := fs.String("article", "", "`ID` of the article the claim comes from")
	claimant := fs.String("claimant", "", "`name` of who made the claim")
	var tags stringList
	fs.Var(&tags, "tag", "a tag (repeatable)")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	if err := required("text", *text); err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	ctx = e.withActor(ctx)
	c := &claims.Claim{
		Text:     strings.TrimSpace(*text),
		Claimant: strings.TrimSpace(*claimant),
		Tags:     claims.NormalizeTags(tags),
	}
	if id := strings.TrimSpace(*article); id != "" {
		a, err := svc.Articles.FindArticleByID(ctx, id)
		if err != nil {
			return err
		}
		c.ArticleID = a.ID
		start, end, n := findQuote(a.Body, c.Text)
		if n > 0 {
			if anchor, err := claims.MakeAnchor(a.Body, start, end); err == nil {
				c.Anchor = anchor
			}
		}
		if n > 1 {
			fmt.Fprintln(e.stderr, "claimctl claim add: note: the text stands more than once in the article; the claim is anchored to its first place")
		}
	}
	if err := svc.Claims.CreateClaim(ctx, c); err != nil {
		return err
	}
	if c.ArticleID != "" && c.Anchor == nil {
		fmt.Fprintln(e.stderr, "claimctl claim add: note: the text is not quoted word for word from the article, so the claim is not anchored to a place in it")
	}
	fmt.Fprintln(e.stdout, c.ID)
	return nil
}

// claimDetail is "claim show --format json": the claim, its verdict label
// and its evidence.
type claimDetail struct {
	*claims.Claim
	VerdictLabel string `json:"verdict_label,omitempty"`
	// Version is the claim's version hash, which claim set --if-version
	// takes, so that a script can save only what it read.
	Version  string             `json:"version"`
	Evidence []*claims.Evidence `json:"evidence"`
}

// runClaimShow runs "claim show": it shows one claim with its verdict and
// evidence.
func runClaimShow(ctx context.Context, e *env, args []string) error {
	id, f, svc, err := showArgs(e, args, "claim show", "claim ID", "Shows one claim with its verdict and evidence.")
	if err != nil {
		return err
	}
	c, err := svc.Claims.FindClaimByID(ctx, id)
	if err != nil {
		return err
	}
	ev, err := svc.Evidence.FindEvidence(ctx, claims.EvidenceFilter{ClaimID: &c.ID})
	if err != nil {
		return err
	}
	if ev == nil {
		ev = []*claims.Evidence{}
	}
	labels, err := ratingLabels(ctx, svc)
	if err != nil {
		return err
	}
	d := claimDetail{Claim: c, Version: claims.ClaimVersion(c), Evidence: ev}
	if c.RatingID != "" {
		d.VerdictLabel = labels[c.RatingID]
	}
	if f == "json" {
		return writeJSON(e.stdout, d)
	}
	return writeClaimText(ctx, e, svc, d, labels)
}

// writeClaimText prints a claim as labelled lines followed by its evidence.
func writeClaimText(ctx context.Context, e *env, svc *claims.Services, d claimDetail, labels map[string]string) error {
	c := d.Claim
	w := e.stdout
	line := func(k, v string) {
		if strings.TrimSpace(v) != "" {
			fmt.Fprintf(w, "%-11s %s\n", k+":", v)
		}
	}
	line("ID", c.ID)
	line("Text", c.Text)
	line("Claimant", c.Claimant)
	if !c.ClaimDate.IsZero() {
		line("Date", day(c.ClaimDate))
	}
	line("Status", string(c.Status))
	v := verdictText(c, labels)
	if c.RatingID != "" {
		v += " (" + c.RatingID + ")"
	}
	line("Verdict", v)
	line("Rationale", c.Rationale)
	line("Tags", strings.Join(c.Tags, ", "))
	if c.ArticleID != "" {
		title := c.ArticleID
		if a, err := svc.Articles.FindArticleByID(ctx, c.ArticleID); err == nil {
			title = fmt.Sprintf("%s (%s)", a.Title, a.ID)
		}
		line("Article", title)
		switch {
		case c.Detached:
			line("Anchor", "detached: the quote is no longer in the article")
		case c.Anchor != nil:
			line("Anchor", fmt.Sprintf("bytes %d–%d", c.Anchor.Start, c.Anchor.End))
		}
	}
	line("Created", when(c.CreatedAt)+" by "+c.CreatedBy)
	line("Updated", when(c.UpdatedAt)+" by "+c.UpdatedBy)
	line("Version", claims.ClaimVersion(c)[:12])
	fmt.Fprintln(w)
	if len(d.Evidence) == 0 {
		fmt.Fprintln(w, "No evidence yet; add some with: claimctl evidence add --claim "+c.ID+" --source ID --stance supports|refutes|context")
		return nil
	}
	fmt.Fprintln(w, "Evidence:")
	t := &table{header: []string{"ID", "STANCE", "SOURCE", "EXCERPT"}}
	for _, ev := range d.Evidence {
		src := ev.SourceID
		if s, err := svc.Sources.FindSourceByID(ctx, ev.SourceID); err == nil {
			src = clip(firstOf(s.Title, s.URL), 40)
		}
		t.add(ev.ID, string(ev.Stance), src, clip(firstOf(ev.Excerpt, ev.Note), 60))
	}
	return t.write(w, "")
}

// firstOf returns the first non-blank string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}
