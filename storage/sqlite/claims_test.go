package sqlite_test

import (
	"testing"

	"claimdesk/claims"
)

func TestClaimCRUD(t *testing.T) {
	s := MustOpenDB(t).Services()
	a := &claims.Article{Title: "Der Bericht", Body: "Die Inflation lag 2023 bei 5,9 Prozent. Das sagte der Minister.", Language: "de"}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	anchor, err := claims.MakeAnchor(a.Body, 4, 39)
	if err != nil {
		t.Fatal(err)
	}
	c := &claims.Claim{ArticleID: a.ID, Text: anchor.Exact, Anchor: anchor, Claimant: "Minister", Tags: []string{"#Inflation", "wirtschaft"}}
	if err := s.Claims.CreateClaim(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claims.FindClaimByID(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Status != claims.StatusNew || got.CreatedBy != "tester" || len(got.Tags) != 2 || got.Tags[0] != "inflation" {
		t.Fatalf("got %+v", got)
	}
	if got.Anchor == nil || got.Anchor.Exact != anchor.Exact {
		t.Fatalf("anchor = %+v", got.Anchor)
	}
	upd, err := s.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching), RatingID: ptr("politifact:false")})
	if err != nil {
		t.Fatal(err)
	}
	if upd.RatingID != "politifact:false" || upd.Status != claims.StatusResearching {
		t.Fatalf("got %+v", upd)
	}
	evs, err := s.History.ClaimHistory(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(evs), 3; got != want {
		t.Fatalf("%d events, want %d: %+v", got, want, evs)
	}
	cs, n, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Tag: ptr("Inflation")})
	if err != nil || n != 1 || len(cs) != 1 {
		t.Fatalf("FindClaims by tag: %v, %d, %v", cs, n, err)
	}
	cs, n, err = s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr("inflat")})
	if err != nil || n != 1 || len(cs) != 1 {
		t.Fatalf("FindClaims by query: %v, %d, %v", cs, n, err)
	}
	if err := s.Claims.DeleteClaim(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Claims.FindClaimByID(ctx, c.ID); code(err) != claims.ENOTFOUND {
		t.Fatalf("after delete: %v", err)
	}
}
