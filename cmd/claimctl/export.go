package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"claimdesk/claims"
	"claimdesk/desk"
	"claimdesk/outfile"
	rpt "claimdesk/report"
)

// init registers export.
func init() {
	register(&command{name: "export", summary: "write a report (html, pdf, md, csv, json, claimreview) or a bundle", run: runExport})
}

// exportFormats are the choices of export --format.
var exportFormats = []string{"html", "pdf", "md", "csv", "json", "claimreview", "bundle"}

// runExport runs "export": it writes the claims of one article, a filtered
// set or all of them as a report or as a bundle.
func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "--out FILE",
		"Writes the claims of one article, a filtered set of claims, or all of them as a report,\n"+
			"or as a bundle for \"claimctl import-bundle\" on another computer.")
	format := formatFlag(fs, "html", exportFormats...)
	x := addExportFlags(fs)
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	f, err := format()
	if err != nil {
		return err
	}
	if err := x.check(f); err != nil {
		return err
	}
	scope, err := x.scope()
	if err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	if v := strings.TrimSpace(*x.verdict); v != "" {
		id, err := resolveVerdict(ctx, svc, v)
		if err != nil {
			return err
		}
		if scope.Verdict = id; id == "" {
			scope.Verdict = "none"
		}
	}
	opts := x.options(f, e.stderr)
	warned, warn := 0, opts.Warn
	opts.Warn = func(w rpt.Warning) { warned++; warn(w) }
	var data *rpt.Data
	write := func(w io.Writer) (err error) {
		data, err = desk.Export(ctx, *svc, scope, opts, w, nil)
		return err
	}
	if *x.out == "-" { // the file itself, not text for the terminal
		return write(rawWriter(e.stdout))
	}
	if err := outfile.Write(*x.out, write); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "Wrote %s to %s (%s)%s.\n", exportCount(f, data, warned), *x.out, f, exportLeftOut(f, data))
	if n := unpublishedReviews(f, data); n > 0 {
		fmt.Fprintf(e.stderr, "claimctl export: warning: %s with a verdict but not published yet in the file; --status published leaves such claims out\n", plural(n, "claim", "claims"))
	}
	return nil
}

// unpublishedReviews counts, for claimreview, the claims in the file whose
// verdict is not published yet (status other than published): markup
// meant for the web site would publish a draft's verdict.
func unpublishedReviews(f string, data *rpt.Data) int {
	if f != "claimreview" {
		return 0
	}
	n := 0
	for _, c := range data.Claims {
		if c.HasVerdict() && c.Status != claims.StatusPublished {
			n++
		}
	}
	return n
}

// exportCount says what an export of format f wrote: its claims, or for
// claimreview the reviews, one per claim with a verdict but those a
// warning left out (warned).
func exportCount(f string, data *rpt.Data, warned int) string {
	if f != "claimreview" {
		return plural(len(data.Claims), "claim", "claims")
	}
	return plural(withVerdict(data)-warned, "ClaimReview", "ClaimReviews")
}

// exportLeftOut names, for claimreview, the claims left out for want of
// a verdict (a ClaimReview needs one); "" otherwise.
func exportLeftOut(f string, data *rpt.Data) string {
	n := len(data.Claims) - withVerdict(data)
	if f != "claimreview" || n == 0 {
		return ""
	}
	return "; " + plural(n, "claim", "claims") + " without a verdict left out"
}

// withVerdict counts the exported claims that have a verdict.
func withVerdict(data *rpt.Data) int {
	n := 0
	for _, c := range data.Claims {
		if c.HasVerdict() {
			n++
		}
	}
	return n
}

// plural is n with the singular or plural noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// exportFlags are the flags of export but --format.
type exportFlags struct {
	article, status, verdict, tag *string // the scope
	lang, title, org, orgURL      *string
	reviewURL, out                *string
	evidence, history, earlier    *bool
}

// addExportFlags defines the flags of export but --format on fs.
func addExportFlags(fs *flag.FlagSet) *exportFlags {
	return &exportFlags{
		article:   fs.String("article", "", "only the article with this `ID` and its claims"),
		status:    fs.String("status", "", "only claims with this `status`: "+statusNames()),
		verdict:   fs.String("verdict", "", "only claims with this `verdict`: a rating ID, a label of the active scale, or none"),
		tag:       fs.String("tag", "", "only claims with this `tag`"),
		lang:      fs.String("lang", labelLang(), "`language` of labels and dates: en or de"),
		title:     fs.String("title", "", "report `title` instead of the default"),
		org:       fs.String("org", "", "reviewing `organisation`: ClaimReview author, named in HTML and PDF"),
		orgURL:    fs.String("org-url", "", "web site `URL` of the organisation (ClaimReview)"),
		reviewURL: fs.String("review-url", "", "`URL` where the checks are published (ClaimReview url); {id} is replaced by the claim ID"),
		evidence:  fs.Bool("evidence", false, "csv: one row per evidence link instead of one per claim"),
		history:   fs.Bool("history", false, "html, pdf, md: add each claim's latest changes (who changed what, when)"),
		earlier:   fs.Bool("earlier-checks", false, "html, pdf, md: add per claim the earlier fact-checks it was linked to (archive, publisher, verdict, URL, date)"),
		out:       fs.String("out", "", "output `FILE`; - writes to standard output"),
	}
}

// check refuses flags missing or given in vain for format f.
func (x *exportFlags) check(f string) error {
	if err := required("out", *x.out); err != nil {
		return err
	}
	if *x.lang != "en" && *x.lang != "de" {
		return usagef("unknown --lang %q; use en or de", *x.lang)
	}
	if f == "claimreview" && (strings.TrimSpace(*x.org) == "" || strings.TrimSpace(*x.reviewURL) == "") {
		return usagef("--format claimreview needs --org (the reviewing organisation) and --review-url (where the checks are published)")
	}
	if *x.evidence && f != "csv" {
		return usagef("--evidence applies to --format csv only")
	}
	if *x.history && f != "html" && f != "pdf" && f != "md" {
		return usagef("--history applies to --format html, pdf and md only (json and bundle always hold the full history)")
	}
	if *x.earlier && f != "html" && f != "pdf" && f != "md" {
		return usagef("--earlier-checks applies to --format html, pdf and md only")
	}
	return nil
}

// scope is the scope the flags name, but for the verdict (a label is
// resolved against the database, resolveVerdict).
func (x *exportFlags) scope() (rpt.Scope, error) {
	scope := rpt.Scope{ArticleID: strings.TrimSpace(*x.article), Tag: strings.TrimSpace(*x.tag)}
	if scope.Tag != "" {
		if n := claims.NormalizeTags([]string{scope.Tag}); len(n) == 1 {
			scope.Tag = n[0]
		}
	}
	if s := strings.TrimSpace(*x.status); s != "" {
		var err error
		if scope.Status, err = parseStatus(s); err != nil {
			return scope, err
		}
	}
	return scope, nil
}

// options are the report options of format f the flags ask for; warnings
// go to stderr.
func (x *exportFlags) options(f string, stderr io.Writer) rpt.Options {
	return rpt.Options{Format: rpt.Format(f), Lang: *x.lang, Title: *x.title, Org: *x.org, OrgURL: *x.orgURL,
		ReviewURL: *x.reviewURL, Evidence: *x.evidence, History: *x.history, EarlierChecks: *x.earlier, Location: time.Local,
		Warn: func(w rpt.Warning) { fmt.Fprintf(stderr, "claimctl export: warning: %s\n", w) }}
}
