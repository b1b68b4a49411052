package report_test

import (
	"bytes"
	"context"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// write renders data and returns the raw bytes.
func write(t *testing.T, data *report.Data, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(context.Background(), &buf, data, opts, nil); err != nil {
		t.Fatalf("Write %s: %v", opts.Format, err)
	}
	return buf.Bytes()
}

// TestHistoryOnlyWhenAsked: documents show the change history only with
// Options.History.
func TestHistoryOnlyWhenAsked(t *testing.T) {
	for _, f := range []report.Format{report.HTML, report.Markdown, report.PDF} {
		for _, history := range []bool{false, true} {
			got := render(t, fixtureData(), report.Options{Format: f, Lang: "de", History: history})
			has := bytes.Contains(got, []byte("Verlauf")) || bytes.Contains(bytes.ToUpper(got), []byte("VERLAUF"))
			if has != history || bytes.Contains(got, []byte("kai")) != history {
				t.Errorf("%s with History %v: history shown %v", f, history, has)
			}
		}
	}
}

// fewClaims returns the fixture cut down to its first n claims.
func fewClaims(n int) *report.Data {
	d := fixtureData()
	d.Claims = d.Claims[:n]
	return d
}

// TestFewClaimsFitOnePage: up to three claims have no contents and start on
// the first page; five short claims get their contents on the first page.
func TestFewClaimsFitOnePage(t *testing.T) {
	for _, n := range []int{1, 2, 3} {
		text := string(render(t, fewClaims(n), report.Options{Format: report.PDF, Lang: "en"}))
		first, _, _ := strings.Cut(text, "\f")
		if strings.Contains(text, "Contents") || !strings.Contains(first, "Die Schulden steigen 2026") {
			t.Errorf("%d claims: contents shown, or the first claim is not on page 1:\n%s", n, first)
		}
	}
	text := string(render(t, fixtureData(), report.Options{Format: report.PDF, Lang: "en"}))
	pages := strings.Split(strings.TrimRight(text, "\f"), "\f")
	if !strings.Contains(pages[0], "Contents") || strings.Contains(pages[0], "Rationale") || len(pages) > 4 {
		t.Errorf("5 claims: want the contents on page 1 and the claims from page 2 on, %d pages:\n%s", len(pages), pages[0])
	}
	for _, f := range []report.Format{report.HTML, report.Markdown} {
		if got := string(write(t, fewClaims(3), report.Options{Format: f, Lang: "en"})); strings.Contains(got, "Contents") {
			t.Errorf("%s of 3 claims has a table of contents", f)
		}
	}
}

// englishWords are labels of an English report that a German one must not
// show; none occurs in the fixture's own (partly English) text.
var englishWords = []string{"Generated", "Summary", "Contents", "Scope", "Claimant", "Verdict", "Rationale",
	"Evidence", "History", "Published", "Publisher", "Language", "Supports", "supports", "Refutes", "refutes",
	"context:", "excerpt", "Note:", "Snapshot", "accessed", "official", "statistics", "Page ", "created",
	"January", "February", "March", "Mostly", "False", "True", "Missing context", "New", "In review",
	"Researching", "No verdict", "without article", " of ", "German", "English", "UTC"}

// tags matches HTML tags and the style sheet, which a reader does not see.
var tags = regexp.MustCompile(`(?s)<style>.*</style>|<[^>]*>`)

// TestGermanReportInGerman: every label, date, status and verdict name of a
// German report is German, in every document format.
func TestGermanReportInGerman(t *testing.T) {
	ds := fixtureDataset()
	for _, c := range ds.Claims { // the fixture's English user text, in German
		if strings.Contains(c.Rationale, "statistics") {
			c.Rationale = "Das Amt meldet einen Rückgang um 1,2 %."
		}
	}
	for _, e := range ds.Evidence {
		e.Excerpt = strings.ReplaceAll(e.Excerpt, "excerpt", "Auszug")
	}
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	data := report.FromDataset(ds, report.Scope{}, generatedAt)
	for _, f := range []report.Format{report.HTML, report.Markdown, report.PDF} {
		got := string(render(t, data, report.Options{Format: f, Lang: "de", History: true, Location: berlin}))
		if f == report.HTML {
			got = html.UnescapeString(tags.ReplaceAllString(got, " "))
		}
		for _, w := range englishWords {
			if strings.Contains(got, w) {
				i := strings.Index(got, w)
				t.Errorf("%s: English %q in a German report: …%s…", f, w, got[max(0, i-60):min(len(got), i+60)])
			}
		}
	}
}

// TestPDFUndrawableCharacters: emoji and scripts the font lacks become a
// visible marker with a note, and a warning names each claim; the export
// never fails.
func TestPDFUndrawableCharacters(t *testing.T) {
	ds := fixtureDataset()
	ds.Claims[0].Text = "Der Minister 😀 sagte: 中文 und 日本語" // c5
	ds.Claims[1].Text = "한국어 שלום مرحبا"                   // c4
	ds.Articles[0].Title = "Jobs 👍 report"                 // a2
	data := report.FromDataset(ds, report.Scope{}, generatedAt)
	var warns []report.Warning
	opts := report.Options{Format: report.PDF, Lang: "de", Org: "Faktenfuchs 🦊", Warn: func(w report.Warning) { warns = append(warns, w) }}
	text := string(pdfText(t, write(t, data, opts)))
	if !strings.Contains(text, "Der Minister [?] sagte: [?] und [?]") || !strings.Contains(text, "[?] [?] [?]") ||
		!strings.Contains(text, "Jobs [?] report") {
		t.Errorf("markers missing:\n%s", text)
	}
	if n := strings.Count(text, "steht für Zeichen, die die PDF-Schrift nicht darstellen kann"); n != 4 {
		t.Errorf("%d notes on the marker, want 4 (title page, two claims, an article)", n)
	}
	got := map[string]bool{}
	for _, w := range warns {
		if w.Kind != report.WarnGlyphs {
			t.Errorf("warning of kind %v: %s", w.Kind, w)
		}
		got[w.ClaimID+w.ArticleID] = true
	}
	want := []string{ds.Claims[0].ID, ds.Claims[1].ID, ds.Articles[0].ID, ""} // "": the organisation
	if len(warns) != len(want) {
		t.Errorf("%d warnings, want one each for %v: %v", len(warns), want, warns)
	}
	for _, id := range want {
		if !got[id] {
			t.Errorf("no warning names %s: %v", id, warns)
		}
	}
	for _, w := range warns {
		if s := w.String(); w.ClaimID != "" && (!strings.Contains(s, "claim "+w.ClaimID) || !strings.Contains(s, "[?]")) {
			t.Errorf("warning text %q", s)
		}
	}
}

// TestPDFLongURL: a source URL of 60,000 characters is stored in the PDF
// once (the link) and shown shortened, not once per wrapped line.
func TestPDFLongURL(t *testing.T) {
	ds := fixtureDataset()
	long := "https://example.org/tracking?id=" + strings.Repeat("abcdefghij", 6000)
	for _, s := range ds.Sources {
		s.URL, s.Title = long, ""
	}
	pdf := write(t, report.FromDataset(ds, report.Scope{}, generatedAt), report.Options{Format: report.PDF, Lang: "en"})
	// The link annotations are not compressed, so the URL shows in the raw
	// file once per link: three sources, four evidence links.
	if n := bytes.Count(pdf, []byte(strings.Repeat("abcdefghij", 6000))); n != 4 {
		t.Errorf("the URL is stored %d times, want once per evidence link (4)", n)
	}
	if len(pdf) > 400<<10 {
		t.Errorf("PDF of %d KiB", len(pdf)>>10)
	}
	text := strings.Join(strings.Fields(string(pdfText(t, pdf))), "")
	if !strings.Contains(text, "abcdefgh…") || strings.Count(text, "abcdefghij") > 4*30 {
		i := strings.Index(text, "…")
		t.Errorf("the shown URL is not shortened: %d copies of its pattern; %q", strings.Count(text, "abcdefghij"), text[max(0, i-20):max(0, i+20)])
	}
}

// TestWarningString covers the two kinds of warning.
func TestWarningString(t *testing.T) {
	w := report.Warning{Kind: report.WarnMissing, ClaimID: "c1", Text: "Zitat", Missing: []string{"url"}}
	if got := w.String(); got != "claim c1 (Zitat) left out: missing url" {
		t.Errorf("%q", got)
	}
	w = report.Warning{Kind: report.WarnGlyphs, ArticleID: "a1", Text: "Titel"}
	if got := w.String(); !strings.HasPrefix(got, "article a1 (Titel): characters the PDF font cannot draw") {
		t.Errorf("%q", got)
	}
	_ = claims.StatusNew
}
