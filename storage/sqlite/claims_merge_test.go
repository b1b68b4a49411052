package sqlite_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"claimdesk/claims"
)

// TestListByLastChangeMerged: the list sorted by last change, read as
// merged status runs, pages through exactly the order of the times (ties by
// storing order, newest first), with and without a tag filter.
func TestListByLastChangeMerged(t *testing.T) {
	s := MustOpenDB(t).Services()
	var all []*claims.Claim
	for i := range 23 {
		c := &claims.Claim{Text: fmt.Sprintf("Die Quote stieg %d um %d Prozent.", 2000+i, i), Status: claims.Statuses[i*3%5]}
		if i%4 == 0 {
			c.Tags = []string{"wahl"}
		}
		all = append(all, c)
	}
	if err := s.Claims.CreateClaims(ctx, all[:20]); err != nil { // one time for all twenty
		t.Fatal(err)
	}
	for _, c := range all[20:] {
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range []int{3, 11, 7} {
		time.Sleep(time.Millisecond)
		c, err := s.Claims.UpdateClaim(ctx, all[i].ID, claims.ClaimUpdate{Rationale: ptr("geprüft")})
		if err != nil {
			t.Fatal(err)
		}
		all[i] = c
	}
	for _, tag := range []*string{nil, ptr("wahl")} {
		var want []string
		for i := len(all) - 1; i >= 0; i-- { // newest stored first among equal times
			if tag == nil || slices.Contains(all[i].Tags, *tag) {
				want = append(want, all[i].ID)
			}
		}
		slices.SortStableFunc(want, func(a, b string) int {
			return updatedOf(all, b).Compare(updatedOf(all, a))
		})
		var got []string
		for off := 0; ; off += 4 {
			page, n, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{Sort: claims.SortUpdated, Tag: tag, Offset: off, Limit: 4})
			if err != nil {
				t.Fatal(err)
			}
			if n != len(want) {
				t.Fatalf("total %d, want %d", n, len(want))
			}
			if len(page) == 0 {
				break
			}
			for _, c := range page {
				got = append(got, c.ID)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("tag %v: order\n got %v\nwant %v", tag, got, want)
		}
	}
}

// TestListWithoutVerdict: the claims without a verdict are counted (in
// total and per status) and listed exactly, though the index on verdicts
// holds only the claims that have one.
func TestListWithoutVerdict(t *testing.T) {
	s := MustOpenDB(t).Services()
	var ids []string
	unrated := map[claims.Status]int{}
	for i := range 17 {
		c := &claims.Claim{Text: fmt.Sprintf("Die Miete stieg %d um %d Prozent.", 2000+i, i), Status: claims.Statuses[i%5]}
		if i%3 == 0 {
			c.RatingID = "politifact:false"
		} else {
			unrated[c.Status]++
		}
		if err := s.Claims.CreateClaim(ctx, c); err != nil {
			t.Fatal(err)
		}
		if c.RatingID == "" {
			ids = append([]string{c.ID}, ids...) // newest first
		}
	}
	none := ptr("")
	by, err := s.Claims.CountClaimsByStatus(ctx, claims.ClaimFilter{RatingID: none})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(by) != fmt.Sprint(unrated) {
		t.Errorf("counts without verdict %v, want %v", by, unrated)
	}
	page, n, err := s.Claims.FindClaims(ctx, claims.ClaimFilter{RatingID: none, Limit: 100})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range page {
		got = append(got, c.ID)
	}
	if n != len(ids) || !slices.Equal(got, ids) {
		t.Errorf("without verdict: %d %v, want %d %v", n, got, len(ids), ids)
	}
	_, n, err = s.Claims.FindClaims(ctx, claims.ClaimFilter{RatingID: none, Status: ptr(claims.StatusInReview)})
	if err != nil || n != unrated[claims.StatusInReview] {
		t.Errorf("in review without verdict: %d (%v), want %d", n, err, unrated[claims.StatusInReview])
	}
}

func updatedOf(cs []*claims.Claim, id string) time.Time {
	for _, c := range cs {
		if c.ID == id {
			return c.UpdatedAt
		}
	}
	return time.Time{}
}
