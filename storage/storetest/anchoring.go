package storetest

import (
	"context"
	"strings"
	"testing"

	"claimdesk/claims"
)

// testAnchoring checks that editing an article body re-anchors its claims and
// detaches the ones whose quote is gone, never moving them silently.
func testAnchoring(t *testing.T, open Opener) {
	ctx := context.Background()
	const (
		qMoved = "Die Mieten sind seit 2020 um 40 Prozent gestiegen."
		qGone  = "die Größe der Neubaufläche habe sich verdoppelt"
		qKept  = "Kritiker halten die Zahlen für übertrieben."
	)
	edited := "Eilmeldung aus dem Rathaus. " + strings.Replace(bodyDE, "verdoppelt", "verdreifacht", 1)

	t.Run("UpdateArticleBody", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Mieten", "de", bodyDE)
		other := mustArticle(t, s, "Jobs", "en", bodyEN)
		moved := mustAnchoredClaim(t, s, a, qMoved)
		gone := mustAnchoredClaim(t, s, a, qGone)
		kept := mustAnchoredClaim(t, s, a, qKept)
		elsewhere := mustAnchoredClaim(t, s, other, "unemployment fell to 3 percent")

		_, err := s.Articles.UpdateArticle(ctxAs(actorBen), a.ID, claims.ArticleUpdate{Body: ptr(edited)})
		noErr(t, err, "UpdateArticle")

		for _, c := range []*claims.Claim{moved, kept} {
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got.Detached {
				t.Fatalf("claim %q detached, want it re-anchored", c.Text)
			}
			if got.Anchor == nil {
				t.Fatalf("claim %q lost its anchor", c.Text)
			}
			if got, want := got.Anchor.Start, strings.Index(edited, c.Anchor.Exact); got != want {
				t.Fatalf("claim %q: Start = %d, want %d", c.Text, got, want)
			}
			if got, want := edited[got.Anchor.Start:got.Anchor.End], c.Anchor.Exact; got != want {
				t.Fatalf("anchored text = %q, want %q", got, want)
			}
		}

		got, err := s.Claims.FindClaimByID(ctx, gone.ID)
		noErr(t, err, "FindClaimByID")
		if !got.Detached {
			t.Fatalf("claim whose quote is gone: Detached = false, want true (anchor %+v)", got.Anchor)
		}
		if got.Anchor == nil || got.Anchor.Exact != qGone {
			t.Fatalf("detached claim anchor = %+v, want the old quote %q kept", got.Anchor, qGone)
		}
		if got, want := got.ArticleID, a.ID; got != want {
			t.Fatalf("detached claim ArticleID = %q, want %q", got, want)
		}
		if got, want := got.Text, gone.Text; got != want {
			t.Fatalf("detached claim Text = %q, want %q", got, want)
		}
		detach := eventsFor(history(t, s, gone.ID), claims.FieldAnchor)
		if len(detach) != 1 || detach[0].Actor != actorBen || !strings.Contains(detach[0].Old, qGone) {
			t.Fatalf("anchor events = %s, want the detachment recorded by %q with the old quote", describe(detach), actorBen)
		}

		got, err = s.Claims.FindClaimByID(ctx, elsewhere.ID)
		noErr(t, err, "FindClaimByID")
		if got.Detached || got.Anchor == nil || *got.Anchor != *elsewhere.Anchor {
			t.Fatalf("claim of another article changed: %+v", got)
		}

		// The fact-checker anchors the detached claim again by hand.
		re := anchorOf(t, edited, "die Größe der Neubaufläche habe sich verdreifacht")
		got, err = s.Claims.UpdateClaim(ctxAs(actorBen), gone.ID, claims.ClaimUpdate{Anchor: re})
		noErr(t, err, "UpdateClaim anchor")
		if got.Detached || got.Anchor == nil || *got.Anchor != *re {
			t.Fatalf("re-anchored claim = %+v (detached %v), want anchor %+v", got.Anchor, got.Detached, re)
		}
		stored, err := s.Claims.FindClaimByID(ctx, gone.ID)
		noErr(t, err, "FindClaimByID")
		if stored.Detached || stored.Anchor == nil || *stored.Anchor != *re {
			t.Fatalf("stored re-anchored claim = %+v (detached %v), want anchor %+v", stored.Anchor, stored.Detached, re)
		}
		evs := eventsFor(history(t, s, gone.ID), claims.FieldAnchor)
		if len(evs) == 0 || evs[len(evs)-1].Actor != actorBen || !strings.Contains(evs[len(evs)-1].New, "verdreifacht") {
			t.Fatalf("anchor events = %s, want the hand-made anchor recorded by %q", describe(evs), actorBen)
		}
	})

	t.Run("AmbiguousQuoteByContext", func(t *testing.T) {
		s := open(t)
		body := "Im Januar: Der Preis stieg deutlich. Im Februar: Der Preis stieg kaum."
		a := mustArticle(t, s, "Preise", "de", body)
		second := strings.LastIndex(body, "Der Preis stieg")
		an, err := claims.MakeAnchor(body, second, second+len("Der Preis stieg"))
		noErr(t, err, "MakeAnchor")
		c := mustClaim(t, s, &claims.Claim{ArticleID: a.ID, Text: "Der Preis stieg im Februar.", Anchor: an})

		newBody := "Kurz gemeldet. " + body
		_, err = s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Body: &newBody})
		noErr(t, err, "UpdateArticle")
		got, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		if got.Detached || got.Anchor == nil {
			t.Fatalf("claim detached or without anchor: %+v", got)
		}
		if got, want := got.Anchor.Start, strings.LastIndex(newBody, "Der Preis stieg"); got != want {
			t.Fatalf("Start = %d, want %d (the February occurrence)", got, want)
		}
	})

	t.Run("TitleOnlyKeepsAnchors", func(t *testing.T) {
		s := open(t)
		a := mustArticle(t, s, "Mieten", "de", bodyDE)
		c := mustAnchoredClaim(t, s, a, qKept)
		_, err := s.Articles.UpdateArticle(ctx, a.ID, claims.ArticleUpdate{Title: ptr("Mieten 2025")})
		noErr(t, err, "UpdateArticle")
		got, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		if got.Detached || got.Anchor == nil || *got.Anchor != *c.Anchor {
			t.Fatalf("anchor after a title edit = %+v (detached %v), want %+v", got.Anchor, got.Detached, c.Anchor)
		}
	})
}
