package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"claimdesk/claims"
)

// testUpdateClaim checks UpdateClaim: the changes and the history it
// records, concurrent updates and its errors.
func testUpdateClaim(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Die Mieten stiegen um 40 Prozent.", Claimant: "Stadt", Tags: []string{"wohnen"}})
		day := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
		got, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{
			Text:       ptr("Die Mieten stiegen seit 2020 um 40 Prozent."),
			Claimant:   ptr("Stadtverwaltung"),
			ClaimDate:  &day,
			Status:     ptr(claims.StatusResearching),
			Conclusion: ptr("Der Anstieg betrug 25 Prozent."),
			Rationale:  ptr("Laut Mietspiegel 2020 und 2025."),
			Tags:       &[]string{"Wohnen", "#Mieten", "mieten"},
		})
		noErr(t, err, "UpdateClaim")
		stored, err := s.Claims.FindClaimByID(ctx, c.ID)
		noErr(t, err, "FindClaimByID")
		for _, g := range []*claims.Claim{got, stored} {
			if g.Text != "Die Mieten stiegen seit 2020 um 40 Prozent." || g.Claimant != "Stadtverwaltung" ||
				g.Status != claims.StatusResearching || g.Conclusion != "Der Anstieg betrug 25 Prozent." ||
				g.Rationale != "Laut Mietspiegel 2020 und 2025." || !g.ClaimDate.Equal(day) {
				t.Fatalf("updated claim = %+v", g)
			}
			if got, want := g.Tags, []string{"wohnen", "mieten"}; !slices.Equal(got, want) {
				t.Fatalf("Tags = %q, want %q", got, want)
			}
			if got, want := g.UpdatedBy, actorBen; got != want {
				t.Fatalf("UpdatedBy = %q, want %q", got, want)
			}
			if got, want := g.CreatedBy, actorAnna; got != want {
				t.Fatalf("CreatedBy = %q, want %q", got, want)
			}
		}
		if stored.UpdatedAt.Before(c.UpdatedAt) {
			t.Fatalf("UpdatedAt went back: %v before %v", stored.UpdatedAt, c.UpdatedAt)
		}
	})

	t.Run("History", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Alt.", Claimant: "Stadt", Tags: []string{"wohnen"}})
		_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{
			Text:       ptr("Neu."),
			Claimant:   ptr("Land"),
			ClaimDate:  ptr(time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)),
			Status:     ptr(claims.StatusInReview),
			Conclusion: ptr("Stimmt so nicht."),
			Rationale:  ptr("Begründung eins."),
			Tags:       &[]string{"wohnen", "bau"},
		})
		noErr(t, err, "UpdateClaim")
		evs := history(t, s, c.ID)
		for _, w := range []struct{ field, old, new string }{
			{claims.FieldText, "Alt.", "Neu."},
			{claims.FieldClaimant, "Stadt", "Land"},
			{claims.FieldStatus, string(claims.StatusNew), string(claims.StatusInReview)},
			{claims.FieldConclusion, "", "Stimmt so nicht."},
			{claims.FieldRationale, "", "Begründung eins."},
		} {
			es := eventsFor(evs, w.field)
			if got, want := len(es), 1; got != want {
				t.Fatalf("%d %s events, want %d", got, w.field, want)
			}
			if es[0].Old != w.old || es[0].New != w.new || es[0].Actor != actorBen {
				t.Fatalf("%s event = %q→%q by %q, want %q→%q by %q", w.field, es[0].Old, es[0].New, es[0].Actor, w.old, w.new, actorBen)
			}
		}
		tags := eventsFor(evs, claims.FieldTags)
		if got, want := len(tags), 1; got != want {
			t.Fatalf("%d tags events, want %d", got, want)
		}
		if strings.Contains(tags[0].Old, "bau") || !strings.Contains(tags[0].Old, "wohnen") || !strings.Contains(tags[0].New, "bau") {
			t.Fatalf("tags event = %q→%q, want the old and the new tags", tags[0].Old, tags[0].New)
		}
		dates := eventsFor(evs, claims.FieldClaimDate)
		if got, want := len(dates), 1; got != want {
			t.Fatalf("%d claim_date events, want %d", got, want)
		}
		if !strings.Contains(dates[0].New, "2025-02-03") {
			t.Fatalf("claim_date event New = %q, want it to name 2025-02-03", dates[0].New)
		}
		if got, want := len(eventsFor(evs, claims.FieldRating)), 0; got != want {
			t.Fatalf("%d rating events for an unchanged rating, want %d", got, want)
		}
	})

	t.Run("HistoryKeepsEveryValue", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Fassung eins."})
		for _, text := range []string{"Fassung zwei.", "Fassung drei."} {
			_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Text: ptr(text)})
			noErr(t, err, "UpdateClaim")
		}
		es := eventsFor(history(t, s, c.ID), claims.FieldText)
		if got, want := len(es), 2; got != want {
			t.Fatalf("%d text events, want %d", got, want)
		}
		if es[0].Old != "Fassung eins." || es[0].New != "Fassung zwei." || es[1].Old != "Fassung zwei." || es[1].New != "Fassung drei." {
			t.Fatalf("text events = %q→%q, %q→%q", es[0].Old, es[0].New, es[1].Old, es[1].New)
		}
	})

	t.Run("RatingClearsConclusion", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Die Arbeitslosigkeit sank.", Conclusion: "Stimmt nur halb."})
		got, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{RatingID: ptr("politifact:half-true")})
		noErr(t, err, "UpdateClaim rating")
		if got.RatingID != "politifact:half-true" || got.Conclusion != "" {
			t.Fatalf("RatingID, Conclusion = %q, %q, want %q, %q", got.RatingID, got.Conclusion, "politifact:half-true", "")
		}
		evs := history(t, s, c.ID)
		rating := eventsFor(evs, claims.FieldRating)
		if len(rating) != 1 || rating[0].Old != "" || rating[0].New != "politifact:half-true" {
			t.Fatalf("rating events = %s, want one \"\"→politifact:half-true", describe(rating))
		}
		concl := eventsFor(evs, claims.FieldConclusion)
		if len(concl) != 1 || concl[0].Old != "Stimmt nur halb." || concl[0].New != "" {
			t.Fatalf("conclusion events = %s, want one keeping the cleared conclusion", describe(concl))
		}

		got, err = s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Conclusion: ptr("Halb richtig.")})
		noErr(t, err, "UpdateClaim conclusion")
		if got.RatingID != "" || got.Conclusion != "Halb richtig." {
			t.Fatalf("RatingID, Conclusion = %q, %q, want %q, %q", got.RatingID, got.Conclusion, "", "Halb richtig.")
		}
		rating = eventsFor(history(t, s, c.ID), claims.FieldRating)
		if len(rating) != 2 || rating[1].Old != "politifact:half-true" || rating[1].New != "" {
			t.Fatalf("rating events = %s, want a second one keeping the cleared rating", describe(rating))
		}
	})

	t.Run("ClearTags", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Verschlagwortet.", Tags: []string{"klima", "energie"}})
		got, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Tags: &[]string{}})
		noErr(t, err, "UpdateClaim")
		if len(got.Tags) != 0 {
			t.Fatalf("Tags = %q, want none", got.Tags)
		}
		es := eventsFor(history(t, s, c.ID), claims.FieldTags)
		if len(es) != 1 || !strings.Contains(es[0].Old, "energie") {
			t.Fatalf("tags events = %s, want one keeping the removed tags", describe(es))
		}
	})

	t.Run("NoChangeNoEvent", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Unverändert.", Status: claims.StatusResearching})
		before := len(history(t, s, c.ID))
		_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{Text: ptr("Unverändert."), Status: ptr(claims.StatusResearching)})
		noErr(t, err, "UpdateClaim")
		_, err = s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, claims.ClaimUpdate{})
		noErr(t, err, "UpdateClaim empty")
		if got, want := len(history(t, s, c.ID)), before; got != want {
			t.Fatalf("%d events after updates that change nothing, want %d", got, want)
		}
	})

	t.Run("Concurrent", func(t *testing.T) {
		s := open(t)
		c := mustClaim(t, s, &claims.Claim{Text: "Viele Hände am selben Faktencheck."})
		const workers, edits = 4, 5
		var wg sync.WaitGroup
		errs := make(chan error, workers*edits)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range edits {
					_, err := s.Claims.UpdateClaim(ctxAs(fmt.Sprintf("person%d", w)), c.ID,
						claims.ClaimUpdate{Rationale: ptr(fmt.Sprintf("Begründung %d.%d", w, i))})
					errs <- err
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			noErr(t, err, "concurrent UpdateClaim")
		}
		es := eventsFor(history(t, s, c.ID), claims.FieldRationale)
		if got, want := len(es), workers*edits; got != want {
			t.Fatalf("%d rationale events, want %d", got, want)
		}
		for i := 1; i < len(es); i++ {
			if es[i].Old != es[i-1].New {
				t.Fatalf("event %d Old = %q, but event %d New = %q: an edit was lost", i, es[i].Old, i-1, es[i-1].New)
			}
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s := open(t)
		_, err := s.Claims.UpdateClaim(ctx, "no-such-claim", claims.ClaimUpdate{Text: ptr("x")})
		wantCode(t, err, claims.ENOTFOUND)
	})

	refused := []struct {
		name string
		upd  claims.ClaimUpdate
		code string
	}{
		{"ErrTextRequired", claims.ClaimUpdate{Text: ptr(" ")}, claims.EINVALID},
		{"ErrStatusInvalid", claims.ClaimUpdate{Status: ptr(claims.Status("fertig"))}, claims.EINVALID},
		{"ErrRatingAndConclusion", claims.ClaimUpdate{RatingID: ptr("politifact:true"), Conclusion: ptr("Stimmt.")}, claims.EINVALID},
		{"ErrAnchorWithoutArticle", claims.ClaimUpdate{Anchor: &claims.Anchor{Start: 0, End: 4, Exact: "Alte"}}, claims.EINVALID},
		{"ErrRatingNotFound", claims.ClaimUpdate{RatingID: ptr("politifact:no-such")}, claims.ENOTFOUND},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			c := mustClaim(t, s, &claims.Claim{Text: "Alte Fassung.", Status: claims.StatusNew})
			before := len(history(t, s, c.ID))
			_, err := s.Claims.UpdateClaim(ctxAs(actorBen), c.ID, tc.upd)
			wantCode(t, err, tc.code)
			got, err := s.Claims.FindClaimByID(ctx, c.ID)
			noErr(t, err, "FindClaimByID")
			if got.Text != "Alte Fassung." || got.Status != claims.StatusNew || got.RatingID != "" || got.Conclusion != "" || got.Anchor != nil {
				t.Fatalf("claim changed by a refused update: %+v", got)
			}
			if got, want := len(history(t, s, c.ID)), before; got != want {
				t.Fatalf("%d events after a refused update, want %d", got, want)
			}
		})
	}
}
