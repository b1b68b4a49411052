package postgres_test

import (
	"context"
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"claimdesk/claims"
	"claimdesk/storage/postgres"
)

// indexWords are the words the test records are made of: German and
// English inflections (the configurations stem them alike), spellings
// with ß and umlauts, stop words, and prefixes of one another.
var indexWords = []string{
	"Regierung", "Regierungen", "regiert", "regieren", "government", "governments", "governing",
	"Straße", "Strassen", "Müller", "Mueller", "Haus", "Häuser", "Rathaus", "house", "houses",
	"Steuer", "Steuern", "tax", "taxes", "taxed", "die", "und", "the", "and", "of",
	"Zeppelin", "Luftschiff", "airship", "Prozent", "percent", "2024", "Haushalt", "budget",
}

// sentence returns n random words of indexWords.
func sentence(rng *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = indexWords[rng.Intn(len(indexWords))]
	}
	return strings.Join(w, " ")
}

// fillSearchData creates German and English articles, claims (text,
// claimant, rationale, some with a conclusion), sources and evidence from
// random sentences of indexWords; it returns the claims.
func fillSearchData(t *testing.T, ctx context.Context, svc claims.Services, seed int64, nClaims int) []*claims.Claim {
	t.Helper()
	rng := rand.New(rand.NewSource(seed))
	var arts []*claims.Article
	for i := 0; i < 6; i++ {
		a := &claims.Article{Title: sentence(rng, 4), Body: sentence(rng, 40+rng.Intn(200)), Language: []string{"de", "en"}[i%2]}
		if err := svc.Articles.CreateArticle(ctx, a); err != nil {
			t.Fatalf("CreateArticle: %v", err)
		}
		arts = append(arts, a)
	}
	var cs []*claims.Claim
	for i := 0; i < nClaims; i++ {
		c := &claims.Claim{Text: sentence(rng, 3+rng.Intn(12)), Claimant: sentence(rng, 1+rng.Intn(2)),
			Rationale: sentence(rng, rng.Intn(8)), Status: claims.Statuses[rng.Intn(len(claims.Statuses))]}
		if rng.Intn(4) > 0 {
			c.ArticleID = arts[rng.Intn(len(arts))].ID
		}
		if rng.Intn(5) == 0 {
			c.Conclusion = sentence(rng, 3)
		}
		cs = append(cs, c)
	}
	if err := svc.Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatalf("CreateClaims: %v", err)
	}
	for i := 0; i < 20; i++ {
		src := &claims.Source{URL: fmt.Sprintf("https://example.org/%d", i), Title: sentence(rng, 3), Notes: sentence(rng, 5), Kind: claims.KindNews}
		if err := svc.Sources.CreateSource(ctx, src); err != nil {
			t.Fatalf("CreateSource: %v", err)
		}
		e := &claims.Evidence{ClaimID: cs[rng.Intn(len(cs))].ID, SourceID: src.ID, Stance: claims.StanceContext, Excerpt: sentence(rng, 6)}
		if err := svc.Evidence.CreateEvidence(ctx, e); err != nil {
			t.Fatalf("CreateEvidence: %v", err)
		}
	}
	return cs
}

// searchBoth runs q once answered by the server and once by the indexes
// where they can, and fails the test unless both give the same hits
// (ranks and snippets included) and totals.
func searchBoth(t *testing.T, ctx context.Context, db *postgres.DB, q claims.SearchQuery) []claims.SearchHit {
	t.Helper()
	svc := db.Services()
	postgres.SetSearchIndexBypass(db, true)
	want, wantTotal, err := svc.Search.Search(ctx, q)
	postgres.SetSearchIndexBypass(db, false)
	if err != nil {
		t.Fatalf("%+v by the server: %v", q, err)
	}
	got, total, err := svc.Search.Search(ctx, q)
	if err != nil {
		t.Fatalf("%+v by the index: %v", q, err)
	}
	if total != wantTotal || !reflect.DeepEqual(got, want) {
		t.Fatalf("%+v: the index gives %d hits\n%v\nthe server %d\n%v", q, total, got, wantTotal, want)
	}
	return got
}

// TestSearchIndexAsServer checks that the in-memory indexes give what the
// server's exhaustive ts_rank ranking gives, on a sample of queries.
func TestSearchIndexAsServer(t *testing.T) {
	db := openFresh(t)
	ctx := claims.WithActor(context.Background(), "anna")
	fillSearchData(t, ctx, db.Services(), 1, 600)
	if why, err := db.WaitSearchIndex(ctx); why != "" || err != nil {
		t.Fatalf("WaitSearchIndex: %q, %v", why, err)
	}
	published := claims.StatusPublished
	queries := []claims.SearchQuery{
		{Text: "Regierung", Limit: 20}, {Text: "regierungen"}, {Text: "government"}, {Text: "govern", Limit: 5},
		{Text: "reg"}, {Text: "strasse"}, {Text: "Straße"}, {Text: "mueller haus"}, {Text: "Häuser"},
		{Text: "tax house", Limit: 10}, {Text: "steuer", Offset: 15, Limit: 10}, {Text: "zeppelin"},
		{Text: "2024 prozent"}, {Text: "haushalt budget"}, {Text: "the"}, {Text: "die regierung"},
		{Text: "luftschiff", Kinds: []string{claims.HitClaim}}, {Text: "rathaus", Kinds: []string{claims.HitArticle, claims.HitSource}},
		{Text: "taxes", Kinds: []string{claims.HitEvidence}}, {Text: "nothingsuch"},
		{Text: "regierung", Status: &published}, // a claim filter: the server answers
		{Text: "haus", Offset: 1000, Limit: 10},
	}
	for _, q := range queries {
		searchBoth(t, ctx, db, q)
	}
	// Not vacuous: the indexes answered most of them.
	if n := postgres.SearchIndexAnswered(db, claims.HitClaim); n < len(queries)/2 {
		t.Fatalf("the claims' index answered %d of %d searches", n, len(queries))
	}
	if n := postgres.SearchIndexAnswered(db, claims.HitArticle); n == 0 {
		t.Fatal("the articles' index answered no search")
	}
}

// TestSearchIndexFollowsOthers checks that the next search of one checker
// finds what another checker (a second connection) added, changed and
// deleted, answered by the index.
func TestSearchIndexFollowsOthers(t *testing.T) {
	dsn := freshDSN(t)
	anna, ben := openAt(t, dsn), openAt(t, dsn)
	ctx := claims.WithActor(context.Background(), "anna")
	cs := fillSearchData(t, ctx, anna.Services(), 2, 200)
	if why, err := anna.WaitSearchIndex(ctx); why != "" || err != nil {
		t.Fatalf("WaitSearchIndex: %q, %v", why, err)
	}
	find := func(word string) []claims.SearchHit {
		t.Helper()
		before := postgres.SearchIndexAnswered(anna, claims.HitClaim)
		hits := searchBoth(t, ctx, anna, claims.SearchQuery{Text: word, Kinds: []string{claims.HitClaim}})
		if postgres.SearchIndexAnswered(anna, claims.HitClaim) == before {
			t.Fatalf("%q: the index did not answer", word)
		}
		return hits
	}
	if hits := find("Dampfschiff"); len(hits) != 0 {
		t.Fatalf("found %v before anyone wrote it", hits)
	}
	bctx := claims.WithActor(context.Background(), "ben")
	text := "Das Dampfschiff der Regierung"
	if _, err := ben.Services().Claims.UpdateClaim(bctx, cs[3].ID, claims.ClaimUpdate{Text: &text}); err != nil {
		t.Fatalf("UpdateClaim: %v", err)
	}
	added := &claims.Claim{Text: "Dampfschiffe fahren wieder", Status: claims.StatusNew}
	if err := ben.Services().Claims.CreateClaim(bctx, added); err != nil {
		t.Fatalf("CreateClaim: %v", err)
	}
	hits := find("Dampfschiff")
	if len(hits) != 2 || hits[0].ID != cs[3].ID && hits[1].ID != cs[3].ID {
		t.Fatalf("after Ben's edit and new claim: %v", hits)
	}
	if err := ben.Services().Claims.DeleteClaim(bctx, cs[3].ID); err != nil {
		t.Fatalf("DeleteClaim: %v", err)
	}
	if hits := find("Dampfschiff"); len(hits) != 1 || hits[0].ID != added.ID {
		t.Fatalf("after Ben's deletion: %v", hits)
	}
	// Changing an article's language changes its claims' vectors (a
	// trigger updates them): German stems no longer, English does.
	var art string
	for _, c := range cs {
		if c.ArticleID != "" && c.ID != cs[3].ID {
			art = c.ArticleID
			break
		}
	}
	a, err := anna.Services().Articles.FindArticleByID(ctx, art)
	if err != nil {
		t.Fatalf("FindArticleByID: %v", err)
	}
	lang := map[string]string{"de": "en", "en": "de"}[a.Language]
	if _, err := ben.Services().Articles.UpdateArticle(bctx, art, claims.ArticleUpdate{Language: &lang}); err != nil {
		t.Fatalf("UpdateArticle: %v", err)
	}
	for _, w := range []string{"regierungen", "governments", "häuser", "taxes"} {
		find(w)
	}
}
