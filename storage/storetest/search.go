package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"claimdesk/claims"
)

// searchSet is a small corpus for search tests.
type searchSet struct {
	article                        *claims.Article
	many, once, size, wind, hyphen *claims.Claim
	source                         *claims.Source
	evidence                       *claims.Evidence
}

// newSearchSet stores the corpus of a searchSet in s.
func newSearchSet(t *testing.T, s claims.Services) *searchSet {
	t.Helper()
	f := &searchSet{article: mustArticle(t, s, "Wohnungsmarkt", "de", bodyDE)}
	f.many = mustClaim(t, s, &claims.Claim{Text: "Inflation, Inflation und nochmals Inflation treibt die Preise."})
	f.once = mustClaim(t, s, &claims.Claim{Text: "Die Inflation bremst die Preise nicht, sagt die Bank heute."})
	f.size = mustClaim(t, s, &claims.Claim{ArticleID: f.article.ID, Text: "Die Größe der Neubaufläche hat sich verdoppelt.",
		Claimant: "Bürgermeister Huber", Status: claims.StatusResearching, RatingID: "politifact:mostly-false", Tags: []string{"bau"}})
	f.wind = mustClaim(t, s, &claims.Claim{Text: "Windräder töten jährlich Millionen Vögel.", Rationale: "Studien der Vogelwarte zeigen geringe Zahlen."})
	f.hyphen = mustClaim(t, s, &claims.Claim{Text: "Die E-Auto-Quote liegt bei 20 Prozent."})
	f.source = &claims.Source{Title: "Vogelwarte Jahresbericht", URL: "https://example.org/vogelwarte", Kind: claims.KindExpert}
	noErr(t, s.Sources.CreateSource(ctxAs(actorAnna), f.source), "CreateSource")
	f.evidence = mustEvidence(t, s, f.wind.ID, f.source.ID, claims.StanceRefutes, "Kollisionen an Windkraftanlagen sind selten.")
	return f
}

// hitIDs returns the IDs of the hits of kind.
func hitIDs(hits []claims.SearchHit, kind string) []string {
	var ids []string
	for _, h := range hits {
		if h.Kind == kind {
			ids = append(ids, h.ID)
		}
	}
	return ids
}

// nastyQueries are things people type that full-text engines choke on. want
// names a claim (by searchSet field) that must be among the hits, or "".
var nastyQueries = []struct{ q, want string }{
	{`"Inflation"`, "many"}, {`"Inflation`, "many"}, {`Inflation"`, "many"}, {`"unbalanced`, ""},
	{`E-Auto-Quote`, "hyphen"}, {`E-Auto`, "hyphen"}, {`-Inflation`, ""}, {`Inflation -Bank`, ""},
	{`Größe`, "size"}, {`größe`, "size"}, {`GRÖSSE`, ""}, {`Vögel`, "wind"},
	{`AND`, ""}, {`OR`, ""}, {`NOT`, ""}, {`Inflation AND`, ""}, {`AND Inflation`, ""}, {`Inflation OR Preise`, ""},
	{`*`, ""}, {`***`, ""}, {`Infl*`, "many"}, {`*Inflation`, ""},
	{`(`, ""}, {`)`, ""}, {`()`, ""}, {`(Inflation`, "many"}, {`Inflation)`, "many"},
	{`NEAR(`, ""}, {`NEAR(Inflation Preise, 3)`, ""}, {`NEAR`, ""},
	{`:`, ""}, {`text:Inflation`, ""}, {`Inflation:`, "many"},
	{`^`, ""}, {`^Inflation`, ""}, {`+`, ""}, {`-`, ""}, {`"`, ""}, {`""`, ""}, {`''`, ""},
	{`O'Reilly`, ""}, {`Inflation; DROP TABLE claims; --`, ""}, {`%_\`, ""}, {`{Inflation}`, ""},
	{`[`, ""}, {`🙂`, ""}, {`20 %`, ""}, {`20,5`, ""}, {strings.Repeat("Inflation ", 100), "many"},
	{`"die der"`, ""}, {`"die"`, ""}, {`„“`, ""}, {`"1.600`, ""}, {`2,,5`, ""}, {`3/`, ""}, {`"*"`, ""},
	{`"Inflation treibt"`, "many"}, {`"E-Auto-Quote liegt"`, "hyphen"}, {`"` + strings.Repeat("Inflation ", 40) + `"`, ""},
}

// testSearch checks Search: its errors, nasty input, umlauts, ranking,
// prefixes, kinds, filters, paging, and the index following changes.
func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("ErrEmpty", func(t *testing.T) {
		s := open(t)
		newSearchSet(t, s)
		for _, q := range []string{"", "   ", "\t\n"} {
			_, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: q})
			wantCode(t, err, claims.EINVALID)
		}
	})

	t.Run("NastyInput", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		byName := map[string]string{"many": f.many.ID, "hyphen": f.hyphen.ID, "size": f.size.ID, "wind": f.wind.ID}
		for _, tc := range nastyQueries {
			hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: tc.q})
			if err != nil {
				// Only a query without any word may be refused, and only as EINVALID.
				if hasWord(tc.q) || claims.ErrorCode(err) != claims.EINVALID {
					t.Fatalf("Search(%q): error %q: %v", tc.q, claims.ErrorCode(err), err)
				}
				continue
			}
			if tc.want != "" && !slices.Contains(hitIDs(hits, claims.HitClaim), byName[tc.want]) {
				t.Fatalf("Search(%q): claim hits %q, want %s (%s) among them", tc.q, hitIDs(hits, claims.HitClaim), tc.want, byName[tc.want])
			}
		}
		noErr(t, s.Maintenance.Check(ctx), "Check after nasty searches")
	})

	t.Run("Umlaut", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Größe", Kinds: []string{claims.HitClaim}})
		noErr(t, err, "Search")
		if got, want := hitIDs(hits, claims.HitClaim), []string{f.size.ID}; !sameIDs(got, want) {
			t.Fatalf("hits = %q, want %q", got, want)
		}
		if got := hits[0].Snippet; !strings.Contains(got, "[Größe") {
			t.Fatalf("Snippet = %q, want the match marked as [Größe]", got)
		}
		if got, want := hits[0].Title, f.size.Text; got != want {
			t.Fatalf("Title = %q, want the claim text %q", got, want)
		}
	})

	t.Run("Ranking", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		hits, total, err := s.Search.Search(ctx, claims.SearchQuery{Text: "inflation"})
		noErr(t, err, "Search")
		if got, want := hitIDs(hits, claims.HitClaim), []string{f.many.ID, f.once.ID}; !sameIDs(got, want) || total != 2 {
			t.Fatalf("hits = %q (total %d), want %q", got, total, want)
		}
		if got, want := hits[0].ID, f.many.ID; got != want {
			t.Fatalf("first hit = %q (%s), want the claim naming inflation three times", hits[0].ID, hits[0].Title)
		}
		if hits[0].Rank < hits[1].Rank {
			t.Fatalf("Rank %v before Rank %v, want higher first", hits[0].Rank, hits[1].Rank)
		}
	})

	t.Run("PrefixAndAllWords", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Infla"})
		noErr(t, err, "Search prefix")
		if got, want := hitIDs(hits, claims.HitClaim), []string{f.many.ID, f.once.ID}; !sameIDs(got, want) {
			t.Fatalf("prefix hits = %q, want %q", got, want)
		}
		hits, _, err = s.Search.Search(ctx, claims.SearchQuery{Text: "Inflation Bank"})
		noErr(t, err, "Search two words")
		if got, want := hitIDs(hits, claims.HitClaim), []string{f.once.ID}; !sameIDs(got, want) {
			t.Fatalf("two-word hits = %q, want %q", got, want)
		}
	})

	t.Run("Kinds", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		for _, tc := range []struct {
			name, q, kind, want, title string
		}{
			{"Article", "Bürgermeister", claims.HitArticle, f.article.ID, f.article.Title},
			{"Source", "Jahresbericht", claims.HitSource, f.source.ID, f.source.Title},
			{"Evidence", "Windkraftanlagen", claims.HitEvidence, f.evidence.ID, ""},
			{"Rationale", "Studien", claims.HitClaim, f.wind.ID, f.wind.Text},
		} {
			t.Run(tc.name, func(t *testing.T) {
				hits, total, err := s.Search.Search(ctx, claims.SearchQuery{Text: tc.q, Kinds: []string{tc.kind}})
				noErr(t, err, "Search")
				if len(hits) != 1 || total != 1 || hits[0].Kind != tc.kind || hits[0].ID != tc.want {
					t.Fatalf("hits = %+v (total %d), want one %s hit %q", hits, total, tc.kind, tc.want)
				}
				if tc.title != "" && hits[0].Title != tc.title {
					t.Fatalf("Title = %q, want %q", hits[0].Title, tc.title)
				}
			})
		}
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Windkraftanlagen", Kinds: []string{claims.HitEvidence}})
		noErr(t, err, "Search evidence")
		if h := hits[0]; h.ClaimID != f.wind.ID || h.SourceID != f.source.ID {
			t.Fatalf("evidence hit ClaimID, SourceID = %q, %q, want %q, %q", h.ClaimID, h.SourceID, f.wind.ID, f.source.ID)
		}
		hits, _, err = s.Search.Search(ctx, claims.SearchQuery{Text: "Vogelwarte"})
		noErr(t, err, "Search all kinds")
		if !slices.Contains(hitIDs(hits, claims.HitClaim), f.wind.ID) || !slices.Contains(hitIDs(hits, claims.HitSource), f.source.ID) {
			t.Fatalf("hits = %+v, want the claim (rationale) and the source", hits)
		}
	})

	t.Run("Filters", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		hits, _, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Größe"})
		noErr(t, err, "Search")
		if !slices.Contains(hitIDs(hits, claims.HitArticle), f.article.ID) {
			t.Fatalf("hits = %+v, want the article too", hits)
		}
		for _, tc := range []struct {
			name string
			q    claims.SearchQuery
			want []string
		}{
			{"Status", claims.SearchQuery{Status: ptr(claims.StatusResearching)}, []string{f.size.ID}},
			{"StatusOther", claims.SearchQuery{Status: ptr(claims.StatusNew)}, nil},
			{"Rating", claims.SearchQuery{RatingID: ptr("politifact:mostly-false")}, []string{f.size.ID}},
			{"Tag", claims.SearchQuery{Tag: ptr("bau")}, []string{f.size.ID}},
			{"Article", claims.SearchQuery{ArticleID: ptr(f.article.ID)}, []string{f.size.ID}},
			{"Claimant", claims.SearchQuery{Claimant: ptr("huber")}, []string{f.size.ID}},
			{"ClaimantUmlautCase", claims.SearchQuery{Claimant: ptr("BÜRGERMEISTER")}, []string{f.size.ID}},
			{"ClaimantOther", claims.SearchQuery{Claimant: ptr("Ministerin")}, nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				tc.q.Text = "Größe"
				hits, total, err := s.Search.Search(ctx, tc.q)
				noErr(t, err, "Search")
				if got := hitIDs(hits, claims.HitClaim); !sameIDs(got, tc.want) || len(hits) != len(tc.want) || total != len(tc.want) {
					t.Fatalf("hits = %+v (total %d), want only claims %q", hits, total, tc.want)
				}
			})
		}
	})

	t.Run("OffsetLimit", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		q := claims.SearchQuery{Text: "Inflation", Kinds: []string{claims.HitClaim}, Limit: 1}
		first, total, err := s.Search.Search(ctx, q)
		noErr(t, err, "Search")
		if len(first) != 1 || total != 2 || first[0].ID != f.many.ID {
			t.Fatalf("first page = %+v (total %d), want %q of 2", first, total, f.many.ID)
		}
		q.Offset = 1
		second, total, err := s.Search.Search(ctx, q)
		noErr(t, err, "Search")
		if len(second) != 1 || total != 2 || second[0].ID != f.once.ID {
			t.Fatalf("second page = %+v (total %d), want %q of 2", second, total, f.once.ID)
		}
	})

	t.Run("IndexFollowsChanges", func(t *testing.T) {
		s := open(t)
		f := newSearchSet(t, s)
		noErr(t, s.Claims.DeleteClaim(ctx, f.many.ID), "DeleteClaim")
		_, err := s.Claims.UpdateClaim(ctx, f.once.ID, claims.ClaimUpdate{Text: ptr("Die Teuerung bremst die Preise nicht.")})
		noErr(t, err, "UpdateClaim")
		_, err = s.Sources.UpdateSource(ctx, f.source.ID, claims.SourceUpdate{Title: ptr("Ornithologischer Bericht")})
		noErr(t, err, "UpdateSource")
		noErr(t, s.Evidence.DeleteEvidence(ctx, f.evidence.ID), "DeleteEvidence")
		noErr(t, s.Articles.DeleteArticle(ctx, f.article.ID), "DeleteArticle")
		for _, tc := range []struct {
			q    string
			want int
		}{{"Inflation", 0}, {"Teuerung", 1}, {"Jahresbericht", 0}, {"Ornithologischer", 1}, {"Windkraftanlagen", 0}, {"Kritiker", 0}} {
			hits, total, err := s.Search.Search(ctx, claims.SearchQuery{Text: tc.q})
			noErr(t, err, "Search")
			if len(hits) != tc.want || total != tc.want {
				t.Fatalf("Search(%q) = %+v (total %d), want %d hits", tc.q, hits, total, tc.want)
			}
		}
	})

	t.Run("DefaultLimit", func(t *testing.T) {
		s := open(t)
		var cs []*claims.Claim
		for i := range 55 {
			cs = append(cs, &claims.Claim{Text: fmt.Sprintf("Der Haushalt %d ist ausgeglichen.", 2000+i)})
		}
		noErr(t, s.Claims.CreateClaims(ctx, cs), "CreateClaims")
		hits, total, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Haushalt"})
		noErr(t, err, "Search")
		if len(hits) != 50 || total != 55 {
			t.Fatalf("%d hits of %d, want 50 of 55", len(hits), total)
		}
	})
}

// hasWord reports whether q holds a letter or digit.
func hasWord(q string) bool {
	return strings.IndexFunc(q, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
