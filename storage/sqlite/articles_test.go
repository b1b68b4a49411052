package sqlite_test

import (
	"strings"
	"testing"

	"claimdesk/claims"
)

func TestUpdateArticleReanchors(t *testing.T) {
	s := MustOpenDB(t).Services()
	body := "Erstens: Die Mieten stiegen um 40 Prozent. Zweitens: Der Senat baute 5000 Wohnungen."
	a := &claims.Article{Title: "Wohnen", Body: body}
	if err := s.Articles.CreateArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	mk := func(quote string) *claims.Claim {
		i := strings.Index(body, quote)
		an, err := claims.MakeAnchor(body, i, i+len(quote))
		if err != nil {
			t.Fatal(err)
		}
		c := &claims.Claim{ArticleID: a.ID, Text: quote, Anchor: an}
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	moved := mk("Die Mieten stiegen um 40 Prozent.")
	gone := mk("Der Senat baute 5000 Wohnungen.")
	same := &claims.Claim{ArticleID: a.ID, Text: "Ohne Anker."}
	if err := s.Claims.CreateClaim(ctx, same); err != nil {
		t.Fatal(err)
	}

	newBody := "Vorweg ein Satz. Erstens: Die Mieten stiegen um 40 Prozent. Zweitens: Der Senat plante Wohnungen."
	got, err := s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Body: &newBody})
	if err != nil {
		t.Fatal(err)
	}
	if got.BodySHA256 != claims.BodyHash(newBody) || got.Body != newBody {
		t.Fatalf("article = %+v", got)
	}
	m, err := s.Claims.FindClaimByID(ctx, moved.ID)
	if err != nil {
		t.Fatal(err)
	}
	if m.Detached || newBody[m.Anchor.Start:m.Anchor.End] != moved.Text {
		t.Fatalf("moved claim = %+v (anchor %+v)", m, m.Anchor)
	}
	g, err := s.Claims.FindClaimByID(ctx, gone.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !g.Detached || g.Anchor == nil || *g.Anchor != *gone.Anchor {
		t.Fatalf("vanished quote: detached=%v anchor=%+v, want detached with the old anchor", g.Detached, g.Anchor)
	}
	for _, id := range []string{moved.ID, gone.ID} {
		evs, err := s.History.ClaimHistory(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if last := evs[len(evs)-1]; last.Field != claims.FieldAnchor {
			t.Errorf("claim %s: last event %+v, want an anchor event", id, *last)
		}
	}
	if evs, _ := s.History.ClaimHistory(ctx, same.ID); len(evs) != 1 {
		t.Errorf("unanchored claim got %d events", len(evs))
	}

	t.Run("DeleteArticleKeepsClaims", func(t *testing.T) {
		if err := s.Articles.DeleteArticle(ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		c, err := s.Claims.FindClaimByID(ctx, moved.ID)
		if err != nil {
			t.Fatal(err)
		}
		if c.ArticleID != "" || c.Anchor != nil {
			t.Fatalf("claim after its article was deleted = %+v", c)
		}
		if err := c.Validate(); err != nil {
			t.Fatal(err)
		}
		if err := s.Articles.DeleteArticle(ctx, a.ID); code(err) != claims.ENOTFOUND {
			t.Fatalf("second delete: %v", err)
		}
	})
	t.Run("ErrAnchorNotInArticle", func(t *testing.T) {
		b := &claims.Article{Title: "Kurz", Body: "Ein kurzer Text."}
		if err := s.Articles.CreateArticle(ctx, b); err != nil {
			t.Fatal(err)
		}
		c := &claims.Claim{ArticleID: b.ID, Text: "x", Anchor: &claims.Anchor{Start: 0, End: 3, Exact: "Nie gesagt"}}
		if err := s.Claims.CreateClaim(ctx, c); code(err) != claims.EINVALID {
			t.Fatalf("CreateClaim = %v", err)
		}
	})
}
