package desk_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/claims/extract"
	"claimdesk/desk"
	"claimdesk/importer"
	"claimdesk/report"
	"claimdesk/storage/sqlite"
)

// article is a made-up German news text with a headline.
const article = `Stadtrat beschließt neues Radwegenetz

Der Stadtrat hat am Montag 40 Kilometer neue Radwege beschlossen. Die Kosten liegen nach Angaben der Verwaltung bei 12 Millionen Euro.

„Wir haben seit 2019 nur 6 Kilometer gebaut“, sagte Baudezernentin Petra Kühn.
`

// noLanguage is a short text in which the importer's word count finds no
// language; the extractor still tells it sentence by sentence.
const noLanguage = "Bundestag beschließt Haushalt 2026 mit 480 Milliarden Euro.\n"

// open returns the services of a new database in a temporary directory.
func open(t *testing.T) claims.Services {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	return db.Services()
}

// writeFile writes a test file and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

var ctx = claims.WithActor(context.Background(), "anna")

func TestLanguageFromExtractorWhenImporterCannotTell(t *testing.T) {
	raw, err := importer.ReadArticle("kurz.txt", []byte(noLanguage))
	if err != nil {
		t.Fatal(err)
	}
	if raw.Language != "" {
		t.Fatalf("the importer found %q; the test needs a text it cannot tell", raw.Language)
	}
	a, units, err := desk.ReadArticle("kurz.txt", []byte(noLanguage), desk.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := desk.MajorityLanguage(extract.Extract(raw.Body, extract.Options{}))
	if want == "" || a.Language != want || len(units) == 0 {
		t.Fatalf("language %q, want the extractor's majority %q (%d units)", a.Language, want, len(units))
	}
	// a language the person chose wins
	a, _, err = desk.ReadArticle("kurz.txt", []byte(noLanguage), desk.ImportOptions{Language: "en"})
	if err != nil || a.Language != "en" {
		t.Fatalf("with Language en: %q, %v", a.Language, err)
	}
}

func TestMajorityLanguage(t *testing.T) {
	for _, tc := range []struct {
		units []extract.Unit
		want  string
	}{
		{nil, ""},
		{[]extract.Unit{{Lang: "fr", Text: "Bonjour"}}, ""},
		{[]extract.Unit{{Lang: "en", Text: "short"}, {Lang: "de", Text: "ein längerer Satz"}}, "de"},
		{[]extract.Unit{{Lang: "en", Text: "a longer sentence"}, {Lang: "de", Text: "kurz"}}, "en"},
		{[]extract.Unit{{Lang: "en", Text: "gleich"}, {Lang: "de", Text: "gleich"}}, "de"},
	} {
		if got := desk.MajorityLanguage(tc.units); got != tc.want {
			t.Errorf("MajorityLanguage(%v) = %q, want %q", tc.units, got, tc.want)
		}
	}
}

// TestImportSameEveryWay imports one text as a file, as file content and as
// pasted text, and checks that all three articles are the same. Stored
// once, the text is not stored again unless Again says so.
func TestImportSameEveryWay(t *testing.T) {
	svc := open(t)
	path := writeFile(t, "rad.txt", strings.ReplaceAll(article, "\n", "\r\n"))
	fromFile, _, err := desk.ImportFile(ctx, svc, path, "rad.txt", desk.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var same *desk.AlreadyImported
	if _, _, err := desk.ImportData(ctx, svc, "kopie.txt", []byte(article), desk.ImportOptions{}); !errors.As(err, &same) || same.Existing.ID != fromFile.ID {
		t.Fatalf("the same text again: %v; want AlreadyImported naming %s", err, fromFile.ID)
	}
	fromData, _, err := desk.ImportData(ctx, svc, "rad.txt", []byte(article), desk.ImportOptions{Again: true})
	if err != nil {
		t.Fatal(err)
	}
	pasted := &claims.Article{Body: "  " + article}
	if _, err := desk.ImportArticle(ctx, svc, pasted, desk.ImportOptions{Again: true}); err != nil {
		t.Fatal(err)
	}
	for _, a := range []*claims.Article{fromData, pasted} {
		if a.Title != fromFile.Title || a.Body != fromFile.Body || a.Language != fromFile.Language {
			t.Errorf("got %q %q %.30q, want %q %q %.30q", a.Title, a.Language, a.Body, fromFile.Title, fromFile.Language, fromFile.Body)
		}
	}
	if fromFile.Title != "Stadtrat beschließt neues Radwegenetz" || fromFile.Language != "de" || strings.Contains(fromFile.Body, "\r") {
		t.Fatalf("imported %q %q", fromFile.Title, fromFile.Language)
	}
	if _, _, err := desk.ImportFile(ctx, svc, filepath.Join(t.TempDir(), "weg.txt"), "weg.txt", desk.ImportOptions{}); claims.ErrorCode(err) != claims.EINVALID ||
		!strings.Contains(claims.ErrorMessage(err), "weg.txt was not found") {
		t.Fatalf("missing file: %v", err)
	}
}

func TestAcceptSuggestion(t *testing.T) {
	svc := open(t)
	a, units, err := desk.ImportData(ctx, svc, "rad.txt", []byte(article), desk.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sug := desk.Suggestions(units, 0)
	for i := 1; i < len(sug); i++ {
		if units[sug[i]].Score > units[sug[i-1]].Score {
			t.Fatalf("suggestions not best first: %v", sug)
		}
	}
	var quote extract.Unit
	for _, i := range sug {
		if strings.Contains(units[i].Text, "6 Kilometer") {
			quote = units[i]
		}
	}
	c, err := desk.AcceptSuggestion(ctx, svc, a, quote)
	if err != nil {
		t.Fatal(err)
	}
	got, err := svc.Claims.FindClaimByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	start, end := desk.UnitSpan(quote)
	if got.ArticleID != a.ID || got.Anchor == nil || got.Anchor.Start != start || got.Anchor.End != end ||
		got.Text != desk.UnitText(quote) || got.Claimant != quote.Claimant || got.Score != quote.Score {
		t.Fatalf("stored claim = %+v, anchor %+v; want the unit's text, place and details", got, got.Anchor)
	}
	if a.Body[start:end] != strings.TrimSpace(quote.Text) {
		t.Fatalf("span %q", a.Body[start:end])
	}
}

func TestExportAndMergeBundle(t *testing.T) {
	from, to := open(t), open(t)
	a, units, err := desk.ImportData(ctx, from, "rad.txt", []byte(article), desk.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := desk.AcceptSuggestion(ctx, from, a, units[desk.Suggestions(units, 0)[0]]); err != nil {
		t.Fatal(err)
	}
	var md bytes.Buffer
	data, err := desk.Export(ctx, from, report.Scope{ArticleID: a.ID}, report.Options{Format: report.Markdown, Lang: "de"}, &md, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(data.Claims) != 1 || !strings.Contains(md.String(), "Stadtrat beschließt neues Radwegenetz") {
		t.Fatalf("%d claims; report:\n%s", len(data.Claims), md.String())
	}
	var zip bytes.Buffer
	if _, err := desk.Export(ctx, from, report.Scope{}, report.Options{Format: desk.FormatBundle}, &zip, nil); err != nil {
		t.Fatal(err)
	}
	path := writeFile(t, "b.zip", zip.String())
	res, err := desk.MergeBundleFile(ctx, to, path, "b.zip")
	if err != nil {
		t.Fatal(err)
	}
	if res.Created == 0 {
		t.Fatalf("merge created nothing: %+v", res)
	}
	cs, n, err := to.Claims.FindClaims(ctx, claims.ClaimFilter{ArticleID: &a.ID})
	if err != nil || n != 1 || cs[0].Text != data.Claims[0].Text {
		t.Fatalf("merged claims: %d, %v", n, err)
	}
	if _, err := desk.MergeBundleFile(ctx, to, filepath.Join(t.TempDir(), "weg.zip"), "weg.zip"); claims.ErrorCode(err) != claims.EINVALID {
		t.Fatalf("missing bundle: %v", err)
	}
}
