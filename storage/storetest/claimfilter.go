package storetest

import (
	"context"
	"slices"
	"testing"

	"claimdesk/claims"
)

// claimSet is a small set of claims with known statuses, ratings, tags,
// articles, claimants and scores, stored in the order c2, c1, c3, c4, c5.
type claimSet struct {
	de, en             *claims.Article
	c1, c2, c3, c4, c5 *claims.Claim
}

// newClaimSet stores the claims of a claimSet, with two articles, in s.
func newClaimSet(t *testing.T, s claims.Services) *claimSet {
	t.Helper()
	f := &claimSet{de: mustArticle(t, s, "Mieten", "de", bodyDE), en: mustArticle(t, s, "Jobs", "en", bodyEN)}
	f.c2 = mustClaim(t, s, &claims.Claim{ArticleID: f.de.ID, Text: "Die Größe der Neubaufläche hat sich verdoppelt.",
		Anchor: anchorOf(t, f.de.Body, "die Größe der Neubaufläche habe sich verdoppelt"), Claimant: "Bürgermeister Huber",
		Tags: []string{"wohnen", "bau"}, Score: 0.5})
	f.c1 = mustClaim(t, s, &claims.Claim{ArticleID: f.de.ID, Text: "Die Mieten sind seit 2020 um 40 Prozent gestiegen.",
		Anchor: anchorOf(t, f.de.Body, "Die Mieten sind seit 2020 um 40 Prozent gestiegen."), Claimant: "Stadtverwaltung",
		Status: claims.StatusResearching, RatingID: "politifact:false", Tags: []string{"wohnen"}, Score: 0.9})
	f.c3 = mustClaim(t, s, &claims.Claim{ArticleID: f.en.ID, Text: "Unemployment fell to 3 percent last year.",
		Claimant: "The Minister", Status: claims.StatusPublished, RatingID: "politifact:true", Tags: []string{"arbeit"}, Score: 0.7})
	f.c4 = mustClaim(t, s, &claims.Claim{Text: "Windräder töten jährlich Millionen Vögel.", Claimant: "Social-Media-Post",
		Status: claims.StatusDiscarded, Conclusion: "Stark übertrieben.", Score: 0.2})
	f.c5 = mustClaim(t, s, &claims.Claim{Text: "Critics say the figure ignores part-time work."})
	return f
}

// testClaimFilters checks FindClaims' filters, orders and paging, a nasty
// query, and CountClaimsByStatus.
func testClaimFilters(t *testing.T, open Opener) {
	ctx := context.Background()

	t.Run("FindClaims", func(t *testing.T) {
		s := open(t)
		f := newClaimSet(t, s)
		for _, tc := range []struct {
			name string
			f    claims.ClaimFilter
			want []*claims.Claim
		}{
			{"All", claims.ClaimFilter{}, []*claims.Claim{f.c1, f.c2, f.c3, f.c4, f.c5}},
			{"ID", claims.ClaimFilter{ID: ptr(f.c3.ID)}, []*claims.Claim{f.c3}},
			{"Article", claims.ClaimFilter{ArticleID: ptr(f.de.ID)}, []*claims.Claim{f.c1, f.c2}},
			{"Status", claims.ClaimFilter{Status: ptr(claims.StatusNew)}, []*claims.Claim{f.c2, f.c5}},
			{"StatusNone", claims.ClaimFilter{Status: ptr(claims.StatusInReview)}, nil},
			{"Rating", claims.ClaimFilter{RatingID: ptr("politifact:false")}, []*claims.Claim{f.c1}},
			{"RatingNone", claims.ClaimFilter{RatingID: ptr("")}, []*claims.Claim{f.c2, f.c4, f.c5}},
			{"Tag", claims.ClaimFilter{Tag: ptr("wohnen")}, []*claims.Claim{f.c1, f.c2}},
			{"TagOther", claims.ClaimFilter{Tag: ptr("bau")}, []*claims.Claim{f.c2}},
			{"TagWhole", claims.ClaimFilter{Tag: ptr("wohn")}, nil},
			{"Claimant", claims.ClaimFilter{Claimant: ptr("huber")}, []*claims.Claim{f.c2}},
			{"ClaimantCase", claims.ClaimFilter{Claimant: ptr("MINISTER")}, []*claims.Claim{f.c3}},
			{"ClaimantUmlautCase", claims.ClaimFilter{Claimant: ptr("BÜRGERMEISTER")}, []*claims.Claim{f.c2}},
			{"ClaimantPercentLiteral", claims.ClaimFilter{Claimant: ptr("%")}, nil},
			{"ClaimantUnderscoreLiteral", claims.ClaimFilter{Claimant: ptr("_")}, nil},
			{"TagNormalised", claims.ClaimFilter{Tag: ptr("#Wohnen")}, []*claims.Claim{f.c1, f.c2}},
			{"Query", claims.ClaimFilter{Query: ptr("Mieten")}, []*claims.Claim{f.c1}},
			{"QueryUmlaut", claims.ClaimFilter{Query: ptr("Vögel")}, []*claims.Claim{f.c4}},
			{"QueryPrefix", claims.ClaimFilter{Query: ptr("unemploy")}, []*claims.Claim{f.c3}},
			{"Combined", claims.ClaimFilter{ArticleID: ptr(f.de.ID), Status: ptr(claims.StatusNew)}, []*claims.Claim{f.c2}},
			{"CombinedQuery", claims.ClaimFilter{Tag: ptr("wohnen"), Query: ptr("Größe")}, []*claims.Claim{f.c2}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, total, err := s.Claims.FindClaims(ctx, tc.f)
				noErr(t, err, "FindClaims")
				want := claimIDs(tc.want)
				if !sameIDs(claimIDs(got), want) {
					t.Fatalf("claims = %q, want %q", claimIDs(got), want)
				}
				if got, want := total, len(want); got != want {
					t.Fatalf("total = %d, want %d", got, want)
				}
			})
		}
	})

	t.Run("QueryNasty", func(t *testing.T) {
		s := open(t)
		f := newClaimSet(t, s)
		for _, tc := range nastyQueries {
			got, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr(tc.q)})
			if err != nil {
				if hasWord(tc.q) || claims.ErrorCode(err) != claims.EINVALID {
					t.Fatalf("FindClaims(Query %q): error %q: %v", tc.q, claims.ErrorCode(err), err)
				}
				continue
			}
			if tc.want == "size" && !slices.Contains(claimIDs(got), f.c2.ID) {
				t.Fatalf("FindClaims(Query %q) = %q, want %q among them", tc.q, claimIDs(got), f.c2.ID)
			}
		}
	})

	t.Run("Sort", func(t *testing.T) {
		s := open(t)
		f := newClaimSet(t, s)
		_, err := s.Claims.UpdateClaim(ctx, f.c3.ID, claims.ClaimUpdate{Rationale: ptr("Statistikamt: 3,1 Prozent.")})
		noErr(t, err, "UpdateClaim")
		for _, tc := range []struct {
			name string
			f    claims.ClaimFilter
			want []*claims.Claim
		}{
			{"Score", claims.ClaimFilter{Sort: claims.SortScore}, []*claims.Claim{f.c1, f.c3, f.c2, f.c4, f.c5}},
			{"Created", claims.ClaimFilter{Sort: claims.SortCreated}, []*claims.Claim{f.c2, f.c1, f.c3, f.c4, f.c5}},
			{"Text", claims.ClaimFilter{Sort: claims.SortText}, []*claims.Claim{f.c5, f.c2, f.c1, f.c3, f.c4}},
			{"Position", claims.ClaimFilter{ArticleID: ptr(f.de.ID), Sort: claims.SortPosition}, []*claims.Claim{f.c1, f.c2}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				got, _, err := s.Claims.FindClaims(ctx, tc.f)
				noErr(t, err, "FindClaims")
				if got, want := claimIDs(got), claimIDs(tc.want); !slices.Equal(got, want) {
					t.Fatalf("order = %q, want %q", got, want)
				}
			})
		}
		t.Run("Updated", func(t *testing.T) {
			got, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{})
			noErr(t, err, "FindClaims")
			if got, want := got[0].ID, f.c3.ID; got != want {
				t.Fatalf("first = %q, want the last changed claim %q", got, want)
			}
		})
		t.Run("Status", func(t *testing.T) {
			got, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortStatus})
			noErr(t, err, "FindClaims")
			var order []int
			for _, c := range got {
				order = append(order, slices.Index(claims.Statuses, c.Status))
			}
			if !slices.IsSorted(order) {
				t.Fatalf("status order = %v, want workflow order", order)
			}
		})
	})

	t.Run("OffsetLimit", func(t *testing.T) {
		s := open(t)
		f := newClaimSet(t, s)
		got, total, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortScore, Offset: 1, Limit: 2})
		noErr(t, err, "FindClaims")
		if got, want := total, 5; got != want {
			t.Fatalf("total = %d, want %d", got, want)
		}
		if got, want := claimIDs(got), claimIDs([]*claims.Claim{f.c3, f.c2}); !slices.Equal(got, want) {
			t.Fatalf("page = %q, want %q", got, want)
		}
		got, total, err = s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortScore, Offset: 4, Limit: 2})
		noErr(t, err, "FindClaims last page")
		if got, want := claimIDs(got), []string{f.c5.ID}; !slices.Equal(got, want) || total != 5 {
			t.Fatalf("last page = %q (total %d), want %q (total 5)", got, total, want)
		}
		got, total, err = s.Claims.FindClaims(ctx, claims.ClaimFilter{Offset: 10})
		noErr(t, err, "FindClaims beyond the end")
		if len(got) != 0 || total != 5 {
			t.Fatalf("beyond the end: %d claims, total %d, want 0 and 5", len(got), total)
		}
	})

	t.Run("FindClaimsErrInvalid", func(t *testing.T) {
		s := open(t)
		newClaimSet(t, s)
		for _, tc := range []struct {
			name string
			f    claims.ClaimFilter
		}{
			{"ErrOffsetNegative", claims.ClaimFilter{Offset: -1}},
			{"ErrLimitNegative", claims.ClaimFilter{Limit: -5}},
			{"ErrStatusInvalid", claims.ClaimFilter{Status: ptr(claims.Status("fertig"))}},
			{"ErrSortInvalid", claims.ClaimFilter{Sort: "colour"}},
			{"ErrQueryEmpty", claims.ClaimFilter{Query: ptr("   ")}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, _, err := s.Claims.FindClaims(ctx, tc.f)
				wantCode(t, err, claims.EINVALID)
			})
		}
	})

	t.Run("CountClaimsByStatus", func(t *testing.T) {
		s := open(t)
		f := newClaimSet(t, s)
		t.Run("OK", func(t *testing.T) {
			// f.Status, Offset, Limit and Sort are ignored.
			for _, flt := range []claims.ClaimFilter{{}, {Status: ptr(claims.StatusPublished), Offset: 3, Limit: 1, Sort: claims.SortText}} {
				n, err := s.Claims.CountClaimsByStatus(ctx, flt)
				noErr(t, err, "CountClaimsByStatus")
				want := map[claims.Status]int{claims.StatusNew: 2, claims.StatusResearching: 1, claims.StatusPublished: 1, claims.StatusDiscarded: 1}
				for _, st := range claims.Statuses {
					if got, want := n[st], want[st]; got != want {
						t.Fatalf("count[%s] = %d, want %d", st, got, want)
					}
				}
			}
		})
		t.Run("Filtered", func(t *testing.T) {
			n, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{ArticleID: ptr(f.de.ID)})
			noErr(t, err, "CountClaimsByStatus")
			want := map[claims.Status]int{claims.StatusNew: 1, claims.StatusResearching: 1}
			for _, st := range claims.Statuses {
				if got, want := n[st], want[st]; got != want {
					t.Fatalf("count[%s] = %d, want %d", st, got, want)
				}
			}
			n, err = s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{Query: ptr("Prozent")})
			noErr(t, err, "CountClaimsByStatus query")
			sum := 0
			for _, k := range n {
				sum += k
			}
			if n[claims.StatusResearching] != 1 || sum != 1 {
				t.Fatalf("counts for query = %v, want just researching 1", n)
			}
		})
		t.Run("ErrQueryEmpty", func(t *testing.T) {
			_, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{Query: ptr(" ")})
			wantCode(t, err, claims.EINVALID)
		})
	})
}
