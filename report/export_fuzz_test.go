package report_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// exportTexts are the texts a checker types, or a colleague's bundle
// carries, that every export shows: the claim, its rationale, the source's
// title and address, the evidence note and the article's title.
type exportTexts struct {
	Claim, Rationale, SourceTitle, SourceURL, Note, ArticleTitle string
}

// exportSeeds are invented hostile texts; each is a table row of
// TestExportHostileTexts and a seed of FuzzExportHostileTexts.
var exportSeeds = []exportTexts{
	{"Die Stadt spart 4,2 Mio. €.", "Der Haushalt nennt 3,9 Mio. €.", "Haushalt 2026", "https://stadt.example/haushalt", "Seite 4", "Rat streitet"},
	{`<script>alert(1)</script>`, "<img src=x onerror=alert(2)>\n\n<iframe src=//evil.example>", `"><svg onload=alert(3)>`,
		"javascript:alert(4)", `</blockquote><a href="javascript:alert(5)">x</a>`, "<title>x</title><style>*{}</style>"},
	{"=HYPERLINK(\"http://evil.example\",\"ok\")", "+49 30 1234", "-2+3", "@SUM(A1:A2)", "\t=cmd|' /C calc'!A0", "\r=1+1"},
	{"[klick](javascript:alert(1)) ![bild](http://evil.example/x.png)", "<http://evil.example> <javascript:alert(1)>",
		"*fett* _kursiv_ `code` ~~weg~~", "https://evil.example/a)b<c>d\\e\"f", "&lt;b&gt; &amp;amp; &#x3C;script&#x3E;", "# Überschrift\n===\n- Liste"},
	{"Abfrage", "", "Suche", `https://suche.example/?q=a\*b&r=\[x\]#\_`, "", "Titel"},
	{"Ohne Adresse", "", "Mail", "mailto:", "", "Titel"},
	{"1. Liste", "> Zitat\n\n---\n\n| a | b |\n|---|---|", "[ref]: http://evil.example", "mailto:a@b.example?subject=<x>", "line\r\nbreak\rcarriage", "2025) Jahr"},
	{"Platz eins #", "Trend ##", "C #", "https://host.example/#frag ment", "Note ###", "Titel #"},
	{"", "", "", "", "", ""},
	{"\x00nul\x00", "\u202eumgekehrt\u202c \u200b", "\ufeffBOM", "HTTPS://EXAMPLE.ORG/%zz", "\u2028sep\u2029", "👩‍👩‍👧‍👦 مرحبا 漢字"},
	{"Ungültig \xff\xfe UTF-8", "\xc3", "\xed\xa0\x80", "https://x.example/\xff", "\x80", "\xf4\x90\x80\x80"},
}

// hostileDataset puts x into a dataset of one article, two claims (one in
// the article rated on a scale whose labels and colour are texts of x, one
// with a free-text conclusion and no article), one source, one evidence
// link and a history that quotes the texts.
func hostileDataset(x exportTexts) *claims.Dataset {
	at := time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)
	a := &claims.Article{ID: "a1000000-0000-4000-8000-000000000001", Title: x.ArticleTitle, URL: x.SourceURL,
		Publisher: x.SourceTitle, Language: "de", PublishedAt: at, Body: x.Claim, BodySHA256: claims.BodyHash(x.Claim),
		ImportedAt: at, UpdatedAt: at}
	c1 := &claims.Claim{ID: "c1000000-0000-4000-8000-000000000001", ArticleID: a.ID, Text: x.Claim, Claimant: x.Note,
		Status: claims.StatusPublished, RatingID: "eigene:a", Rationale: x.Rationale, Tags: []string{x.Note},
		ClaimDate: at, CreatedAt: at, UpdatedAt: at}
	c2 := &claims.Claim{ID: "c2000000-0000-4000-8000-000000000002", Text: x.SourceTitle, Conclusion: x.Claim,
		Status: claims.StatusInReview, Rationale: x.Note, CreatedAt: at, UpdatedAt: at}
	s := &claims.Source{ID: "51000000-0000-4000-8000-000000000001", URL: x.SourceURL, Title: x.SourceTitle,
		Publisher: x.ArticleTitle, Kind: claims.KindOfficial, Notes: x.Note, CreatedAt: at, UpdatedAt: at}
	e := &claims.Evidence{ID: "e1000000-0000-4000-8000-000000000001", ClaimID: c1.ID, SourceID: s.ID,
		Stance: claims.StanceRefutes, Excerpt: x.Rationale, Note: x.Note, CreatedAt: at, UpdatedAt: at}
	ev := func(n, claim, field, old, new string) *claims.Event {
		return &claims.Event{ID: "f0000000-0000-4000-8000-0000000000" + n, ClaimID: claim, At: at, Actor: x.Note,
			Field: field, Old: old, New: new}
	}
	// A scale of the desk's own, as a bundle may carry it: labels and a
	// colour from the texts.
	scales := []*claims.RatingScale{{ID: "eigene", Name: x.ArticleTitle, Ratings: []claims.Rating{
		{ID: "eigene:a", ScaleID: "eigene", LabelEN: x.Note, LabelDE: x.Rationale, Color: x.SourceTitle, Ordinal: 2},
		{ID: "eigene:b", ScaleID: "eigene", LabelEN: "B", Color: "#000000", Ordinal: 1},
	}}}
	return &claims.Dataset{Version: claims.DatasetVersion, Articles: []*claims.Article{a},
		Claims: []*claims.Claim{c1, c2}, Sources: []*claims.Source{s}, Evidence: []*claims.Evidence{e},
		Events: []*claims.Event{
			ev("01", c1.ID, claims.FieldCreated, "", ""),
			ev("02", c1.ID, claims.FieldRationale, x.Claim, x.Rationale),
			ev("03", c1.ID, claims.FieldStatus, "in_review", "published"),
			ev("04", c2.ID, claims.FieldConclusion, "", x.Claim),
		}, Scales: scales}
}

// exportOptions are the options of every export of the hostile texts: with
// history (which quotes old and new texts), an organisation and a review
// address so that ClaimReview writes its reviews.
func exportOptions(f report.Format, lang string, evidence bool) report.Options {
	return report.Options{Format: f, Lang: lang, History: true, Evidence: evidence,
		Org: "Faktendesk", ReviewURL: "https://desk.example/checks/{id}", Warn: func(report.Warning) {}}
}

// exportChecks check one format's output of x.
var exportChecks = map[report.Format]func(t *testing.T, out []byte, x exportTexts){
	report.HTML:        checkHTMLExport,
	report.Markdown:    checkMarkdownExport,
	report.CSV:         checkCSVExport,
	report.JSON:        checkJSONExport,
	report.ClaimReview: checkClaimReviewExport,
	report.PDF:         checkPDFExport,
}

// pdfTimeLimit bounds the time of one PDF of the few records of x.
const pdfTimeLimit = 10 * time.Second

// textFormats are the formats other than PDF, which takes ten times as
// long as all of them together and is fuzzed on its own.
var textFormats = []report.Format{report.HTML, report.Markdown, report.CSV, report.JSON, report.ClaimReview}

// checkExports writes x in the formats and languages given (CSV also one
// row per evidence link) and checks each output, and that the HTML and
// Markdown reports link to the same addresses.
func checkExports(t *testing.T, x exportTexts, formats []report.Format, langs ...string) {
	t.Helper()
	data := report.FromDataset(hostileDataset(x), report.Scope{}, time.Date(2026, 3, 20, 9, 30, 0, 0, time.UTC))
	for _, lang := range langs {
		outs := map[report.Format][]byte{}
		for _, f := range formats {
			evs := []bool{false}
			if f == report.CSV {
				evs = append(evs, true)
			}
			for _, ev := range evs {
				var buf bytes.Buffer
				start := time.Now()
				if err := report.Write(context.Background(), &buf, data, exportOptions(f, lang, ev), nil); err != nil {
					t.Fatalf("%s %s: %v for %+q", f, lang, err, x)
				}
				if f == report.PDF && time.Since(start) > pdfTimeLimit {
					t.Fatalf("the PDF took %v for %+q", time.Since(start), x)
				}
				exportChecks[f](t, buf.Bytes(), x)
				outs[f] = buf.Bytes()
			}
		}
		if outs[report.HTML] != nil && outs[report.Markdown] != nil {
			wantSameLinks(t, outs[report.HTML], commonMark(t, outs[report.Markdown]), x)
		}
	}
}

// TestExportHostileTexts runs the checks of FuzzExportHostileTexts and
// FuzzExportPDF on their seeds, in both languages.
func TestExportHostileTexts(t *testing.T) {
	for _, x := range exportSeeds {
		checkExports(t, x, report.Formats, "en", "de")
	}
}

// fuzzExports runs check on six texts from the fuzzer, seeded with
// exportSeeds.
func fuzzExports(f *testing.F, check func(t *testing.T, x exportTexts)) {
	for _, x := range exportSeeds {
		f.Add(x.Claim, x.Rationale, x.SourceTitle, x.SourceURL, x.Note, x.ArticleTitle)
	}
	f.Fuzz(func(t *testing.T, claim, rationale, title, url, note, article string) {
		check(t, exportTexts{claim, rationale, title, url, note, article})
	})
}

// FuzzExportHostileTexts puts six texts from the fuzzer into every export
// but PDF and checks that each shows them as text: HTML and Markdown gain
// no element, attribute, link or raw HTML from them, CSV reads back to the
// same cells with no formula, JSON and ClaimReview parse and give the
// texts back. The language of the labels alternates with the claim's
// length.
func FuzzExportHostileTexts(f *testing.F) {
	fuzzExports(f, func(t *testing.T, x exportTexts) {
		checkExports(t, x, textFormats, []string{"en", "de"}[len(x.Claim)%2])
	})
}

// FuzzExportPDF puts six texts from the fuzzer into the PDF report and
// checks that it is made within pdfTimeLimit, parses, has a bounded number
// of pages and only http(s) and mailto links, and shows a plain claim.
func FuzzExportPDF(f *testing.F) {
	fuzzExports(f, func(t *testing.T, x exportTexts) {
		checkExports(t, x, []report.Format{report.PDF}, []string{"en", "de"}[len(x.Claim)%2])
	})
}
