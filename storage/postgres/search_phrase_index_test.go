package postgres_test

import (
	"context"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// phraseTexts are invented claims with what phrases meet: numbers written
// with a comma, a point or a slash, a number's groups apart, repeated
// words, stop words inside a phrase, the words of a phrase apart or the
// other way round, and German spellings.
var phraseTexts = []string{
	"Die Regierung senkt die Steuer um 2,5 Prozent",
	"Steuer der Regierung: 2.5 percent more, not 25 percent",
	"Regierung Regierung Steuer, sagt die Regierung",
	"Die Steuer senkt die Regierung nicht",
	"the government and the house of taxes",
	"taxes of the house, the government said",
	"1.600 Menschen und 1,600 people, but not 1.600.000",
	"Seiten 2, 5 und 7 der Vorlage",
	"2/5 der Häuser, 3/4 der Straßen",
	"Haus und Rathaus, Haus Haus Haus",
	"Die Deutsche Bahn und die Bahn der Stadt",
	"Bahn Deutsche",
	"Müller Haus und Mueller Häuser",
	"Prozent 2,5 und 12.05.2024",
	"um 2.5 Prozent gestiegen",
	"erst 2,5 und dann 2.5 Prozent",
}

// TestSearchIndexPhrasesAsServer checks that the in-memory indexes find
// and rank quoted phrases and numbers (tsquery phrase operators) as the
// server does, and that they, not the server, answer them.
func TestSearchIndexPhrasesAsServer(t *testing.T) {
	db := openFresh(t)
	ctx := claims.WithActor(context.Background(), "anna")
	fillSearchData(t, ctx, db.Services(), 3, 400)
	var cs []*claims.Claim
	for _, text := range phraseTexts {
		cs = append(cs, &claims.Claim{Text: text, Status: claims.StatusNew})
	}
	if err := db.Services().Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatalf("CreateClaims: %v", err)
	}
	if why, err := db.WaitSearchIndex(ctx); why != "" || err != nil {
		t.Fatalf("WaitSearchIndex: %q, %v", why, err)
	}
	queries := []string{
		`"Regierung Steuer"`, `"Steuer Regierung"`, `"regierung regierung"`, `"haus haus"`,
		`"haus haus haus haus"`, `"die Regierung"`, `"the government"`, `"house of taxes"`,
		`"of the"`, `"und die"`, `"Deutsche Bahn"`, `"mueller haus"`, `"Häuser die"`,
		`2,5`, `2.5`, `"2,5 Prozent"`, `2.5 percent`, `"Prozent 2,5"`, `1.600`, `1,600 people`,
		`2/5`, `12.05.2024`, `regierung "tax house"`, `"steuer" "regierung senkt"`,
		`"Regierung Steuern Haus"`, `"government governments"`,
	}
	for _, text := range queries {
		for _, kinds := range [][]string{nil, {claims.HitClaim}} {
			before := postgres.SearchIndexAnswered(db, claims.HitClaim)
			searchBoth(t, ctx, db, claims.SearchQuery{Text: text, Kinds: kinds, Limit: 30})
			if postgres.SearchIndexAnswered(db, claims.HitClaim) == before {
				t.Fatalf("%s: the claims' index did not answer", text)
			}
		}
	}
}
