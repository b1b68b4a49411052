package storetest

import (
	"context"
	"testing"
	"time"

	"claimdesk/claims"
)

// testArticles checks CreateArticle, FindArticleByID, FindArticles,
// UpdateArticle and DeleteArticle, with their errors.
func testArticles(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("CreateArticle", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			pub := time.Date(2025, 3, 14, 23, 30, 0, 0, time.FixedZone("CET", 3600))
			a := &claims.Article{Title: "Mieten in der Stadt", Language: "de", Body: bodyDE,
				URL: "https://example.org/mieten", Publisher: "Tagesblatt", PublishedAt: pub}
			noErr(t, s.Articles.CreateArticle(ctxAs(actorAnna), a), "CreateArticle")
			if a.ID == "" {
				t.Fatal("ID not set")
			}
			if a.ImportedAt.IsZero() {
				t.Fatal("ImportedAt not set")
			}
			if got, want := a.BodySHA256, claims.BodyHash(bodyDE); got != want {
				t.Fatalf("BodySHA256 = %q, want %q", got, want)
			}
			got, err := s.Articles.FindArticleByID(ctx, a.ID)
			noErr(t, err, "FindArticleByID")
			if got.Title != a.Title || got.Body != a.Body || got.URL != a.URL || got.Publisher != a.Publisher || got.Language != "de" {
				t.Fatalf("stored article = %+v, want %+v", got, a)
			}
			if !got.PublishedAt.Equal(pub) {
				t.Fatalf("PublishedAt = %v, want %v", got.PublishedAt, pub)
			}
			if got, want := got.BodySHA256, claims.BodyHash(bodyDE); got != want {
				t.Fatalf("stored BodySHA256 = %q, want %q", got, want)
			}
			if got, want := got.CreatedBy, actorAnna; got != want {
				t.Fatalf("CreatedBy = %q, want %q", got, want)
			}
		})
		t.Run("ErrTitleRequired", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Articles.CreateArticle(ctx, &claims.Article{Body: bodyEN}), claims.EINVALID)
		})
		t.Run("ErrLanguageInvalid", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Articles.CreateArticle(ctx, &claims.Article{Title: "Le ministre", Language: "fr"}), claims.EINVALID)
		})
	})

	t.Run("FindArticleByID", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Arbeitslosigkeit", "en", bodyEN)
			got, err := s.Articles.FindArticleByID(ctx, a.ID)
			noErr(t, err, "FindArticleByID")
			if got, want := got.ID, a.ID; got != want {
				t.Fatalf("ID = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Articles.FindArticleByID(ctx, "no-such-article")
			wantCode(t, err, claims.ENOTFOUND)
		})
	})

	t.Run("FindArticles", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			var ids []string
			for _, title := range []string{"Erster", "Zweiter", "Dritter"} {
				ids = append(ids, mustArticle(t, s, title, "de", bodyDE).ID)
			}
			en := mustArticle(t, s, "Fourth", "en", bodyEN)

			all, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{})
			noErr(t, err, "FindArticles")
			if got, want := total, 4; got != want {
				t.Fatalf("total = %d, want %d", got, want)
			}
			if got, want := len(all), 4; got != want {
				t.Fatalf("len = %d, want %d", got, want)
			}
			if got, want := all[0].ID, en.ID; got != want {
				t.Fatalf("first = %q, want the newest import %q", got, want)
			}

			de, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{Language: ptr("de")})
			noErr(t, err, "FindArticles language")
			if got, want := total, 3; got != want {
				t.Fatalf("total de = %d, want %d", got, want)
			}
			var got []string
			for _, a := range de {
				got = append(got, a.ID)
			}
			if !sameIDs(got, ids) {
				t.Fatalf("de articles = %v, want %v", got, ids)
			}

			one, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{ID: ptr(ids[1])})
			noErr(t, err, "FindArticles ID")
			if len(one) != 1 || total != 1 || one[0].ID != ids[1] {
				t.Fatalf("by ID: %d articles, total %d, want just %q", len(one), total, ids[1])
			}
		})
		t.Run("OffsetLimit", func(t *testing.T) {
			s := open(t)
			for _, title := range []string{"A", "B", "C", "D", "E"} {
				mustArticle(t, s, title, "en", bodyEN)
			}
			page, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{Offset: 2, Limit: 2})
			noErr(t, err, "FindArticles")
			if got, want := total, 5; got != want {
				t.Fatalf("total = %d, want %d", got, want)
			}
			if got, want := len(page), 2; got != want {
				t.Fatalf("len = %d, want %d", got, want)
			}
			last, _, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{Offset: 4, Limit: 2})
			noErr(t, err, "FindArticles last page")
			if got, want := len(last), 1; got != want {
				t.Fatalf("last page len = %d, want %d", got, want)
			}
		})
		t.Run("ClaimCountAndWithoutBody", func(t *testing.T) {
			s := open(t)
			two := mustArticle(t, s, "Zwei", "de", bodyDE)
			none := mustArticle(t, s, "Keine", "en", bodyEN)
			mustAnchoredClaim(t, s, two, "Die Mieten sind seit 2020 um 40 Prozent gestiegen.")
			mustClaim(t, s, &claims.Claim{Text: "Ohne Anker.", ArticleID: two.ID})
			mustClaim(t, s, &claims.Claim{Text: "Ohne Artikel."})

			list, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{WithoutBody: true})
			noErr(t, err, "FindArticles WithoutBody")
			if total != 2 || len(list) != 2 || list[0].ID != none.ID || list[1].ID != two.ID {
				t.Fatalf("got %d of %d articles, want Keine then Zwei", len(list), total)
			}
			for _, a := range list {
				if a.Body != "" || a.BodySHA256 == "" || a.Title == "" {
					t.Fatalf("%s: Body %.20q, BodySHA256 %q; want no body, the rest kept", a.Title, a.Body, a.BodySHA256)
				}
			}
			if got := []int{list[0].ClaimCount, list[1].ClaimCount}; got[0] != 0 || got[1] != 2 {
				t.Fatalf("ClaimCount = %v, want [0 2]", got)
			}
			full, _, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{ID: &two.ID})
			noErr(t, err, "FindArticles with body")
			if full[0].Body != bodyDE || full[0].ClaimCount != 2 {
				t.Fatalf("with body: Body %.20q, ClaimCount %d", full[0].Body, full[0].ClaimCount)
			}
			one, err := s.Articles.FindArticleByID(ctx, two.ID)
			noErr(t, err, "FindArticleByID")
			if one.ClaimCount != 2 {
				t.Fatalf("FindArticleByID ClaimCount = %d, want 2", one.ClaimCount)
			}
			noErr(t, s.Articles.DeleteArticle(ctx, two.ID), "DeleteArticle")
			noErr(t, s.Articles.DeleteArticle(ctx, none.ID), "DeleteArticle")
			left, total, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{WithoutBody: true})
			noErr(t, err, "FindArticles after delete")
			if total != 0 || len(left) != 0 {
				t.Fatalf("after deleting both: %d of %d", len(left), total)
			}
		})
		t.Run("ErrInvalid", func(t *testing.T) {
			s := open(t)
			_, _, err := s.Articles.FindArticles(ctx, claims.ArticleFilter{Offset: -1})
			wantCode(t, err, claims.EINVALID)
			_, _, err = s.Articles.FindArticles(ctx, claims.ArticleFilter{Limit: -1})
			wantCode(t, err, claims.EINVALID)
		})
	})

	t.Run("UpdateArticle", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Alt", "de", bodyDE)
			pub := time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)
			got, err := s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{
				Title: ptr("Neu"), URL: ptr("https://example.org/neu"), Publisher: ptr("Abendpost"),
				Language: ptr("en"), PublishedAt: &pub, Body: ptr(bodyEN),
			})
			noErr(t, err, "UpdateArticle")
			if got.Title != "Neu" || got.URL != "https://example.org/neu" || got.Publisher != "Abendpost" || got.Language != "en" || got.Body != bodyEN {
				t.Fatalf("updated = %+v", got)
			}
			if !got.PublishedAt.Equal(pub) {
				t.Fatalf("PublishedAt = %v, want %v", got.PublishedAt, pub)
			}
			if got, want := got.BodySHA256, claims.BodyHash(bodyEN); got != want {
				t.Fatalf("BodySHA256 = %q, want %q", got, want)
			}
			stored, err := s.Articles.FindArticleByID(ctx, a.ID)
			noErr(t, err, "FindArticleByID")
			if got, want := stored.Title, "Neu"; got != want {
				t.Fatalf("stored Title = %q, want %q", got, want)
			}
			if got, want := stored.BodySHA256, claims.BodyHash(bodyEN); got != want {
				t.Fatalf("stored BodySHA256 = %q, want %q", got, want)
			}
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			_, err := s.Articles.UpdateArticle(ctx, "no-such-article", claims.ArticleUpdate{Title: ptr("x")})
			wantCode(t, err, claims.ENOTFOUND)
		})
		t.Run("ErrTitleRequired", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Titel", "de", bodyDE)
			_, err := s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Title: ptr("")})
			wantCode(t, err, claims.EINVALID)
			stored, err := s.Articles.FindArticleByID(ctx, a.ID)
			noErr(t, err, "FindArticleByID")
			if got, want := stored.Title, "Titel"; got != want {
				t.Fatalf("title after refused update = %q, want %q", got, want)
			}
		})
		t.Run("ErrLanguageInvalid", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Titel", "de", bodyDE)
			_, err := s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Language: ptr("xx")})
			wantCode(t, err, claims.EINVALID)
		})
	})

	t.Run("DeleteArticle", func(t *testing.T) {
		t.Run("OK", func(t *testing.T) {
			s := open(t)
			a := mustArticle(t, s, "Weg damit", "de", bodyDE)
			c := mustAnchoredClaim(t, s, a, "Die Mieten sind seit 2020 um 40 Prozent gestiegen.")
			noErr(t, s.Articles.DeleteArticle(ctx, a.ID), "DeleteArticle")
			_, err := s.Articles.FindArticleByID(ctx, a.ID)
			wantCode(t, err, claims.ENOTFOUND)
			kept, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "claim of a deleted article")
			if got, want := kept.ArticleID, ""; got != want {
				t.Fatalf("ArticleID = %q, want %q", got, want)
			}
			if got, want := kept.Text, c.Text; got != want {
				t.Fatalf("Text = %q, want %q", got, want)
			}
			_, err = s.Claims.UpdateClaim(ctx, c.ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching)})
			noErr(t, err, "UpdateClaim of a claim whose article was deleted")
		})
		t.Run("ErrNotFound", func(t *testing.T) {
			s := open(t)
			wantCode(t, s.Articles.DeleteArticle(ctx, "no-such-article"), claims.ENOTFOUND)
		})
	})
}
