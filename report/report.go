package report

import (
	"context"
	"io"
	"strings"
	"time"
	"unicode"

	"claimdesk/claims"
)

// Format names an output format of Write.
type Format string

// The formats Write understands. Bundles are written by WriteBundle.
const (
	HTML        Format = "html"
	PDF         Format = "pdf"
	Markdown    Format = "md"
	CSV         Format = "csv"
	JSON        Format = "json"
	ClaimReview Format = "claimreview"
)

// Formats lists the formats of Write in the order a user is offered them.
var Formats = []Format{HTML, PDF, Markdown, CSV, JSON, ClaimReview}

// Ext returns the usual file name extension of the format, with the dot.
func (f Format) Ext() string {
	switch f {
	case Markdown:
		return ".md"
	case ClaimReview:
		return ".jsonld"
	}
	return "." + string(f)
}

// ParseFormat accepts a format name as typed ("HTML", "markdown", "md").
// Errors: EINVALID.
func ParseFormat(s string) (Format, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	if n == "markdown" {
		n = "md"
	}
	for _, f := range Formats {
		if string(f) == n {
			return f, nil
		}
	}
	return "", claims.Errorf(claims.EINVALID, "Unknown report format %q; use html, pdf, md, csv, json or claimreview.", s)
}

// Options controls how Write renders a report.
type Options struct {
	Format Format
	// Lang is the language of labels and dates: "de" or "en" (the default).
	Lang string
	// Title replaces the default report title when set.
	Title string
	// Org is the reviewing organisation: the ClaimReview author, and named
	// on the title page of HTML and PDF reports.
	Org string
	// OrgURL is the organisation's web site (ClaimReview author url).
	OrgURL string
	// ReviewURL is where the fact-checks are published, for ClaimReview
	// "url". "{id}" is replaced by the claim ID; without it "#claim-ID" is
	// appended. Empty: every claim lacks a URL and is skipped with a warning.
	ReviewURL string
	// Evidence makes CSV write one row per evidence link instead of one
	// per claim (claims without evidence still get one row).
	Evidence bool
	// History adds each claim's latest changes (who, when, what) to the
	// HTML, PDF and Markdown reports; without it they show the current state
	// only, as a report for readers outside the desk should.
	History bool
	// EarlierChecks adds to the HTML, PDF and Markdown reports, per claim,
	// the earlier fact-checks it was linked to (archive, publisher, verdict,
	// URL, date); Data.CollectEarlier must have read them.
	EarlierChecks bool
	// Location is the time zone dates are shown in; nil means UTC.
	Location *time.Location
	// Warn receives one message per claim that an export leaves out (a
	// ClaimReview export, for a missing required field) or cannot show
	// exactly (a PDF, for characters its font cannot draw). Nil drops them.
	Warn func(Warning)
}

// WarningKind says what a Warning is about.
type WarningKind int

// The kinds of Warning.
const (
	// WarnMissing: the claim was left out of a ClaimReview export.
	WarnMissing WarningKind = iota
	// WarnGlyphs: the PDF shows some characters of the claim (or of the
	// article, when ClaimID is empty) as the marker "[?]".
	WarnGlyphs
)

// Warning says why an export left a claim out or shows it changed.
type Warning struct {
	Kind      WarningKind
	ClaimID   string
	ArticleID string   // WarnGlyphs in an article's title or details
	Text      string   // the claim text (or article title), shortened
	Missing   []string // WarnMissing: the missing fields, e.g. "url", "author"
}

// String formats the warning as one line for a person.
func (w Warning) String() string {
	what := "the report's title or organisation"
	switch {
	case w.ClaimID != "":
		what = "claim " + w.ClaimID
	case w.ArticleID != "":
		what = "article " + w.ArticleID
	}
	what += " (" + strings.Map(printable, w.Text) + ")"
	if w.Kind == WarnGlyphs {
		return what + ": characters the PDF font cannot draw (emoji, Chinese, Japanese, Korean, Arabic, Hebrew …) are shown as " + pdfMarker
	}
	return what + " left out: missing " + strings.Join(w.Missing, ", ")
}

// printable replaces control characters, so a warning printed on a terminal
// cannot steer it.
func printable(r rune) rune {
	if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) {
		return '?'
	}
	return r
}

// Write renders data in opts.Format to w. It checks ctx between claims and
// returns ctx.Err() when cancelled; progress, if not nil, is called with the
// number of claims done and the total, at most about 200 times.
// Errors: EINVALID (unknown format or language), or the writer's error.
func Write(ctx context.Context, w io.Writer, data *Data, opts Options, progress func(done, total int)) error {
	if data == nil {
		return claims.Errorf(claims.EINVALID, "There is nothing to export.")
	}
	if opts.Lang == "" {
		opts.Lang = "en"
	}
	if opts.Lang != "en" && opts.Lang != "de" {
		return claims.Errorf(claims.EINVALID, "Report language %q is not supported; use en or de.", opts.Lang)
	}
	if opts.Location == nil {
		opts.Location = time.UTC
	}
	p := newProgress(progress, len(data.Claims))
	switch opts.Format {
	case HTML:
		return writeHTML(ctx, w, data, opts, p)
	case PDF:
		return writePDF(ctx, w, data, opts, p)
	case Markdown:
		return writeMarkdown(ctx, w, data, opts, p)
	case CSV:
		return writeCSV(ctx, w, data, opts, p)
	case JSON:
		return writeJSON(ctx, w, data, p)
	case ClaimReview:
		return writeClaimReview(ctx, w, data, opts, p)
	}
	return claims.Errorf(claims.EINVALID, "Unknown report format %q; use html, pdf, md, csv, json or claimreview.", opts.Format)
}

// progress throttles a progress callback to about 200 calls.
type progress struct {
	fn    func(done, total int)
	total int
	step  int
}

// newProgress returns the progress of total claims: tick calls fn (when
// not nil) every total/200 claims, at least every claim, and at the last.
func newProgress(fn func(done, total int), total int) *progress {
	step := total / 200
	if step < 1 {
		step = 1
	}
	return &progress{fn: fn, total: total, step: step}
}

// tick reports done claims of the total and returns ctx's error, if any.
func (p *progress) tick(ctx context.Context, done int) error {
	if p.fn != nil && (done%p.step == 0 || done == p.total) {
		p.fn(done, p.total)
	}
	return ctx.Err()
}
