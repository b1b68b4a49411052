package sqlite_test

import (
	"fmt"
	"strings"
	"testing"

	"claimdesk/claims"
)

// TestFindClaimsByWordEveryPlan: the claims list filtered by a word gives
// the same claims in the same order, and the same total, as the unfiltered
// list filtered in Go, for a common word (the first pages walk the sort's
// index) and a rare one (its hits are looked up and sorted), at every
// offset, for every sort with an index and one without.
func TestFindClaimsByWordEveryPlan(t *testing.T) {
	s := MustOpenDB(t).Services()
	var cs []*claims.Claim
	for i := 0; i < 300; i++ {
		text := fmt.Sprintf("Meldung %d über den Haushalt", i)
		switch {
		case i%3 != 0:
			text += " mit gemeinsamem Wort"
		case i%100 == 0:
			text += " mit seltenem Wort"
		}
		cs = append(cs, &claims.Claim{Text: text, Score: float64(i%7) / 7})
	}
	if err := s.Claims.CreateClaims(ctx, cs); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 300; i += 7 { // change some, so that "recently changed" differs from creation
		if _, err := s.Claims.UpdateClaim(ctx, cs[i].ID, claims.ClaimUpdate{Status: ptr(claims.StatusResearching)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, sort := range []claims.ClaimSort{claims.SortUpdated, claims.SortCreated, claims.SortScore} {
		all, _, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: sort})
		if err != nil {
			t.Fatal(err)
		}
		for _, word := range []string{"gemeinsamem", "seltenem"} {
			var want []string
			for _, c := range all {
				if strings.Contains(c.Text, word) {
					want = append(want, c.ID)
				}
			}
			for _, page := range [][2]int{{0, 10}, {0, 100}, {5, 3}, {150, 10}, {190, 20}, {0, 0}} {
				got, n, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Query: ptr(word), Sort: sort, Offset: page[0], Limit: page[1]})
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Errorf("%s %q %v: total %d, want %d", sort, word, page, n, len(want))
				}
				exp := want[min(page[0], len(want)):]
				if page[1] > 0 {
					exp = exp[:min(page[1], len(exp))]
				}
				ids := make([]string, len(got))
				for i, c := range got {
					ids[i] = c.ID
				}
				if strings.Join(ids, ",") != strings.Join(exp, ",") {
					t.Errorf("%s %q %v: got %d claims %v, want %d %v", sort, word, page, len(ids), ids, len(exp), exp)
				}
			}
		}
	}
}
