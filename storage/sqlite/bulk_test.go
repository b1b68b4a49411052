package sqlite_test

import (
	"fmt"
	"sync"
	"testing"

	"claimdesk/claims"
)

func TestCreateClaimsBulk(t *testing.T) {
	s := MustOpenDB(t).Services()
	if err := s.Claims.CreateClaim(ctx, &claims.Claim{Text: "Vorher angelegt: Windkraft."}); err != nil {
		t.Fatal(err)
	}
	cs := make([]*claims.Claim, 100) // above the bulk-indexing threshold
	for i := range cs {
		cs[i] = &claims.Claim{Text: fmt.Sprintf("Behauptung %d über Windkraft und Solarstrom.", i), Tags: []string{"energie"}}
	}
	if err := s.Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.ID == "" || c.CreatedBy != "tester" {
			t.Fatalf("claim not filled in: %+v", c)
		}
	}
	if _, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "windkraft"}); err != nil || n != 101 {
		t.Fatalf("search after bulk insert: %d hits, %v", n, err)
	}
	if _, n, err := s.Search.Search(ctx, claims.SearchQuery{Text: "Behauptung 42"}); err != nil || n != 1 {
		t.Fatalf("search for one bulk claim: %d hits, %v", n, err)
	}
	// The trigger works again after a bulk insert.
	if err := s.Claims.CreateClaim(ctx, &claims.Claim{Text: "Danach: Windkraft."}); err != nil {
		t.Fatal(err)
	}
	if _, n, _ := s.Search.Search(ctx, claims.SearchQuery{Text: "windkraft"}); n != 102 {
		t.Fatalf("search after a single insert: %d hits", n)
	}
	if err := s.Maintenance.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestCreateClaimsAllOrNone(t *testing.T) {
	s := MustOpenDB(t).Services()
	for _, size := range []int{3, 50} { // the plain and the bulk path
		cs := make([]*claims.Claim, size)
		for i := range cs {
			cs[i] = &claims.Claim{Text: fmt.Sprintf("Satz %d", i)}
		}
		cs[size-1].RatingID = "no-such-rating"
		if err := s.Claims.CreateClaims(ctx, cs); code(err) != claims.ENOTFOUND {
			t.Fatalf("size %d: CreateClaims = %v, want not found", size, err)
		}
		if cs[0].ID != "" {
			t.Errorf("size %d: a refused claim kept the ID %s", size, cs[0].ID)
		}
		if _, n, _ := s.Claims.FindClaims(ctx, claims.ClaimFilter{}); n != 0 {
			t.Fatalf("size %d: %d claims stored after a refused batch", size, n)
		}
		if _, n, _ := s.Search.Search(ctx, claims.SearchQuery{Text: "Satz"}); n != 0 {
			t.Fatalf("size %d: %d search hits after a refused batch", size, n)
		}
	}
}

// TestConcurrentWriters writes from several goroutines at once: BEGIN
// IMMEDIATE and the busy timeout must serialise them without errors.
func TestConcurrentWriters(t *testing.T) {
	s := MustOpenDB(t).Services()
	const writers, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*each*2)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				c := &claims.Claim{Text: fmt.Sprintf("Schreiber %d, Satz %d", w, i)}
				if err := s.Claims.CreateClaim(ctx, c); err != nil {
					errs <- err
					continue
				}
				if _, err := s.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching)}); err != nil {
					errs <- err
				}
				if _, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Limit: 10}); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	m, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{})
	if err != nil || m[claims.StatusResearching] != writers*each {
		t.Fatalf("counts = %v, %v", m, err)
	}
}

func TestFindClaimsFilters(t *testing.T) {
	s := MustOpenDB(t).Services()
	a := &claims.Article{Title: "Artikel", Body: "Text."}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	mk := func(c *claims.Claim) *claims.Claim {
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	c1 := mk(&claims.Claim{Text: "Alpha Mieten", ArticleID: a.ID, Claimant: "Dr. Müller_Lüdenscheidt", RatingID: "politifact:true", Tags: []string{"wohnen"}, Score: 0.9})
	c2 := mk(&claims.Claim{Text: "Beta Mieten", Claimant: "100% Fakten", Status: claims.StatusPublished, Score: 0.2})
	c3 := mk(&claims.Claim{Text: "Gamma Renten", ArticleID: a.ID, Claimant: "müller", Tags: []string{"rente"}, Score: 0.5})
	ids := func(cs []*claims.Claim) string {
		out := ""
		for _, c := range cs {
			switch c.ID {
			case c1.ID:
				out += "1"
			case c2.ID:
				out += "2"
			case c3.ID:
				out += "3"
			}
		}
		return out
	}
	for _, tc := range []struct {
		name string
		f    claims.ClaimFilter
		want string
	}{
		{"Article", claims.ClaimFilter{ArticleID: &a.ID, Sort: claims.SortCreated}, "13"},
		{"NoArticle", claims.ClaimFilter{ArticleID: ptr("")}, "2"},
		{"Status", claims.ClaimFilter{Status: ptr(claims.StatusPublished)}, "2"},
		{"Rating", claims.ClaimFilter{RatingID: ptr("politifact:true")}, "1"},
		{"NoRating", claims.ClaimFilter{RatingID: ptr(""), Sort: claims.SortCreated}, "23"},
		{"Tag", claims.ClaimFilter{Tag: ptr("#Rente")}, "3"},
		{"ClaimantCase", claims.ClaimFilter{Claimant: ptr("MÜLLER"), Sort: claims.SortCreated}, "13"},
		{"ClaimantSubstring", claims.ClaimFilter{Claimant: ptr("Lüden"), Sort: claims.SortCreated}, "1"},
		{"ClaimantWildcards", claims.ClaimFilter{Claimant: ptr("100%")}, "2"},
		{"ClaimantUnderscore", claims.ClaimFilter{Claimant: ptr("r_L")}, "1"},
		{"Query", claims.ClaimFilter{Query: ptr("mieten"), Sort: claims.SortCreated}, "12"},
		{"QueryAndStatus", claims.ClaimFilter{Query: ptr("mieten"), Status: ptr(claims.StatusNew)}, "1"},
		{"SortScore", claims.ClaimFilter{Sort: claims.SortScore}, "132"},
		{"SortText", claims.ClaimFilter{Sort: claims.SortText}, "123"},
		{"SortStatus", claims.ClaimFilter{Sort: claims.SortStatus, Status: nil}, "312"},
		{"SortUpdated", claims.ClaimFilter{}, "321"},
		{"Page", claims.ClaimFilter{Sort: claims.SortCreated, Offset: 1, Limit: 1}, "2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs, _, err := s.Claims.FindClaims(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(cs); got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
		})
	}
	if _, n, _ := s.Claims.FindClaims(ctx, claims.ClaimFilter{Offset: 1, Limit: 1}); n != 3 {
		t.Errorf("total with a page = %d, want 3", n)
	}
	if _, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: "colour"}); code(err) != claims.EINVALID {
		t.Errorf("unknown sort: %v", err)
	}
	if _, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr("  ")}); code(err) != claims.EINVALID {
		t.Errorf("empty query: %v", err)
	}
}
