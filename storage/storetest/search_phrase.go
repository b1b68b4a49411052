package storetest

import (
	"context"
	"testing"

	"claimdesk/claims"
)

// testSearchPhrases checks that a number written with an inner separator
// finds its digit groups next to each other (with a comma, a point or a
// slash between them, whichever was typed) and that a quoted phrase finds
// its words next to each other and in order: in the ranked search, with a
// claim filter, and in the claims list's word filter.
func testSearchPhrases(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	texts := map[string]string{
		"de25":   "Die Steuer steigt um 2,5 Prozent.",
		"en25":   "The tax rises by 2.5 percent.",
		"apart":  "Es sind 4,5 Prozent, 25 Fälle und 5000 Euro im Jahr 2018.",
		"de1600": "Es kamen 1.600 Menschen.",
		"en1600": "About 1,600 people came.",
		"split":  "Die 600 Gäste und 1 Band feierten.",
		"phrase": "Die Deutsche Bahn fährt pünktlich.",
		"turned": "Die Bahn ist keine deutsche Erfindung.",
		"far":    "Deutsche Firmen bauen die Bahn.",
	}
	ids := map[string]string{}
	names := map[string]string{}
	for name, text := range texts {
		c := mustClaim(t, s, &claims.Claim{Text: text, Status: claims.StatusNew})
		ids[name], names[c.ID] = c.ID, name
	}
	named := func(got []string) map[string]bool {
		out := map[string]bool{}
		for _, id := range got {
			out[names[id]] = true
		}
		return out
	}
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"2,5", []string{"de25", "en25"}},
		{"2.5", []string{"de25", "en25"}},
		{"2,5 Prozent", []string{"de25"}},
		{"1.600", []string{"de1600", "en1600"}},
		{"1,600 people", []string{"en1600"}},
		{`"Deutsche Bahn"`, []string{"phrase"}},
		{`„deutsche bahn“ pünktlich`, []string{"phrase"}},
		{`"deutsche Erfindung"`, []string{"turned"}},
		{`"Bahn fährt pünktlich`, []string{"phrase"}},
		{"Deutsche Bahn", []string{"phrase", "turned", "far"}},
		{`"Gaeste und"`, []string{"split"}},
	} {
		t.Run(tc.q, func(t *testing.T) {
			check := func(what string, got []string, total int) {
				t.Helper()
				g := named(got)
				if len(got) != len(tc.want) || total != len(tc.want) {
					t.Fatalf("%s(%q) = %v (total %d), want %v", what, tc.q, g, total, tc.want)
				}
				for _, w := range tc.want {
					if !g[w] {
						t.Fatalf("%s(%q) = %v (total %d), want %v", what, tc.q, g, total, tc.want)
					}
				}
			}
			hits, total, err := s.Search.Search(ctx, claims.SearchQuery{Text: tc.q})
			noErr(t, err, "Search")
			check("Search", hitIDs(hits, claims.HitClaim), total)
			hits, total, err = s.Search.Search(ctx, claims.SearchQuery{Text: tc.q, Status: ptr(claims.StatusNew)})
			noErr(t, err, "Search with a status")
			check("Search with a status", hitIDs(hits, claims.HitClaim), total)
			cs, total, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr(tc.q)})
			noErr(t, err, "FindClaims")
			check("FindClaims", claimIDs(cs), total)
		})
	}
}
