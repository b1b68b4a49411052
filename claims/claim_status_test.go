package claims_test

import (
	"testing"

	"claimdesk/claims"
)

// TestStatusOnVerdict is the rule's table: a verdict recorded on a new
// claim moves it to researching; nothing else moves it.
func TestStatusOnVerdict(t *testing.T) {
	s := func(v string) *string { return &v }
	st := func(v claims.Status) *claims.Status { return &v }
	for _, tc := range []struct {
		name string
		c    claims.Claim
		upd  claims.ClaimUpdate
		want claims.Status // "" : the save sets no status
	}{
		{"rating on new", claims.Claim{Status: claims.StatusNew}, claims.ClaimUpdate{RatingID: s("politifact:false")}, claims.StatusResearching},
		{"conclusion on new", claims.Claim{Status: claims.StatusNew}, claims.ClaimUpdate{Conclusion: s("Stimmt nicht.")}, claims.StatusResearching},
		{"rating on unset status", claims.Claim{}, claims.ClaimUpdate{RatingID: s("politifact:true")}, claims.StatusResearching},
		{"other rating on new", claims.Claim{Status: claims.StatusNew, RatingID: "politifact:true"}, claims.ClaimUpdate{RatingID: s("politifact:false")}, claims.StatusResearching},
		{"same rating again", claims.Claim{Status: claims.StatusNew, RatingID: "politifact:true"}, claims.ClaimUpdate{RatingID: s("politifact:true")}, ""},
		{"verdict cleared", claims.Claim{Status: claims.StatusNew, RatingID: "politifact:true"}, claims.ClaimUpdate{RatingID: s("")}, ""},
		{"rationale only", claims.Claim{Status: claims.StatusNew}, claims.ClaimUpdate{Rationale: s("Quelle: Amt")}, ""},
		{"status chosen in the same save", claims.Claim{Status: claims.StatusNew}, claims.ClaimUpdate{Status: st(claims.StatusNew), RatingID: s("politifact:false")}, claims.StatusNew},
		{"published chosen in the same save", claims.Claim{Status: claims.StatusNew}, claims.ClaimUpdate{Status: st(claims.StatusPublished), Conclusion: s("Falsch.")}, claims.StatusPublished},
		{"researching stays", claims.Claim{Status: claims.StatusResearching}, claims.ClaimUpdate{RatingID: s("politifact:false")}, ""},
		{"in review stays", claims.Claim{Status: claims.StatusInReview}, claims.ClaimUpdate{RatingID: s("politifact:false")}, ""},
		{"published stays", claims.Claim{Status: claims.StatusPublished}, claims.ClaimUpdate{RatingID: s("politifact:false")}, ""},
		{"discarded stays", claims.Claim{Status: claims.StatusDiscarded}, claims.ClaimUpdate{Conclusion: s("Falsch.")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := claims.StatusOnVerdict(&tc.c, tc.upd)
			var status claims.Status
			if got.Status != nil {
				status = *got.Status
			}
			if status != tc.want {
				t.Errorf("status %q, want %q", status, tc.want)
			}
		})
	}
}

// TestNewClaimStatus: a new claim saved with a verdict starts researching
// unless the checker chose another status than new.
func TestNewClaimStatus(t *testing.T) {
	for _, tc := range []struct {
		c    claims.Claim
		want claims.Status
	}{
		{claims.Claim{Status: claims.StatusNew, Conclusion: "Falsch."}, claims.StatusResearching},
		{claims.Claim{RatingID: "politifact:false"}, claims.StatusResearching},
		{claims.Claim{Status: claims.StatusNew}, claims.StatusNew},
		{claims.Claim{Status: claims.StatusInReview, Conclusion: "Falsch."}, claims.StatusInReview},
	} {
		if got := claims.NewClaimStatus(&tc.c); got != tc.want {
			t.Errorf("NewClaimStatus(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}
