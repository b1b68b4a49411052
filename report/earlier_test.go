package report_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
	"claimdesk/report"
)

// TestEarlierChecksInDocuments: with EarlierChecks the HTML, Markdown and
// PDF reports show a claim's linked earlier checks (verdict, text, archive,
// publisher, date, URL) under a heading in the report's language; without
// it they do not, and an unsafe URL is shown as text, never as a link.
func TestEarlierChecksInDocuments(t *testing.T) {
	data := fixtureData()
	c := data.Claims[0]
	data.Earlier = map[string][]report.EarlierCheck{c.ID: {
		{Archive: "Checks 2023", Publisher: "Example Checkers", Verdict: "Pants on Fire",
			URL: "https://checks.example/42", Date: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC), Text: "An earlier claim about 42 bridges."},
		{Archive: "Checks 2023", Verdict: "Mostly True", URL: "javascript:alert(1)", Text: "Another earlier claim."},
	}}
	heading := map[string]string{"en": "Earlier checks of this claim", "de": "Frühere Prüfungen dieser Behauptung"}
	for _, f := range []report.Format{report.HTML, report.Markdown, report.PDF} {
		for _, lang := range []string{"en", "de"} {
			got := string(render(t, data, report.Options{Format: f, Lang: lang, EarlierChecks: true}))
			flat := strings.Join(strings.Fields(got), " ")
			for _, want := range []string{heading[lang], "Pants on Fire", "Mostly True", "earlier claim about 42",
				"Example Checkers", "Checks 2023", "checks.example/42", "2023"} {
				if !strings.Contains(strings.ToLower(flat), strings.ToLower(want)) { // PDF headings are upper-case
					t.Errorf("%s %s: no %q in the report", f, lang, want)
				}
			}
			if f == report.HTML && strings.Contains(got, `href="javascript:`) {
				t.Errorf("%s: the unsafe URL became a link", f)
			}
			plain := string(render(t, data, report.Options{Format: f, Lang: lang}))
			if strings.Contains(strings.ToLower(plain), strings.ToLower(heading[lang])) || strings.Contains(plain, "Pants on Fire") {
				t.Errorf("%s %s: earlier checks shown without the option", f, lang)
			}
		}
	}
}

// TestCollectEarlier: CollectEarlier reads the archive records a claim is
// linked to, with their archive's name, and nothing for unlinked claims.
func TestCollectEarlier(t *testing.T) {
	svc := fixtureDB(t)
	ctx := claims.WithActor(context.Background(), "test")
	imp := &claims.ArchiveImport{Name: "Checks 2023", SHA256: "x", Records: []*claims.ArchiveRecord{
		{Key: "k1", Text: "The bridge cost 42 million.", Verdict: "false", Publisher: "Example Checkers",
			URL: "https://checks.example/1", ClaimDate: time.Date(2023, 3, 1, 0, 0, 0, 0, time.UTC)},
	}}
	if _, err := svc.Archives.ImportArchive(ctx, imp); err != nil {
		t.Fatal(err)
	}
	ts, err := svc.Archives.MatchTargets(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rec string
	for _, tg := range ts {
		if tg.Kind == claims.TargetRecord {
			rec = tg.ID
		}
	}
	data := collect(t, svc, report.Scope{})
	linked := data.Claims[0].ID
	if err := svc.Archives.Link(ctx, claims.LinkRequest{ClaimID: linked, Kind: claims.TargetRecord, TargetID: rec}); err != nil {
		t.Fatal(err)
	}
	if err := data.CollectEarlier(ctx, svc.Archives); err != nil {
		t.Fatal(err)
	}
	got := data.Earlier[linked]
	if len(got) != 1 || got[0].Archive != "Checks 2023" || got[0].Verdict != "false" ||
		got[0].URL != "https://checks.example/1" || got[0].Publisher != "Example Checkers" || got[0].Date.Year() != 2023 {
		t.Fatalf("earlier checks of the linked claim = %+v", got)
	}
	for _, c := range data.Claims[1:] {
		if len(data.Earlier[c.ID]) != 0 {
			t.Fatalf("claim %s has earlier checks %+v", c.ID, data.Earlier[c.ID])
		}
	}
}
