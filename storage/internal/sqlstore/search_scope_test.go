package sqlstore

import (
	"testing"

	"claimdesk/claims"
)

func TestCheckSearch(t *testing.T) {
	bad := claims.Status("maybe")
	ok := claims.StatusNew
	tag := "x"
	for _, tc := range []struct {
		name string
		q    claims.SearchQuery
		code string // "" when the query is fine
	}{
		{"negative offset", claims.SearchQuery{Offset: -1}, claims.EINVALID},
		{"negative limit", claims.SearchQuery{Limit: -1}, claims.EINVALID},
		{"unknown kind", claims.SearchQuery{Kinds: []string{claims.HitClaim, "people"}}, claims.EINVALID},
		{"unknown status", claims.SearchQuery{Status: &bad}, claims.EINVALID},
		{"plain", claims.SearchQuery{}, ""},
		{"status", claims.SearchQuery{Status: &ok}, ""},
		{"tag", claims.SearchQuery{Tag: &tag, Kinds: []string{claims.HitSource}}, ""},
	} {
		_, err := CheckSearch(tc.q)
		if got := claims.ErrorCode(err); err != nil && got != tc.code || err == nil && tc.code != "" {
			t.Errorf("%s: err %v (code %q), want code %q", tc.name, err, got, tc.code)
		}
	}
}

func TestSearchScope(t *testing.T) {
	all, _ := CheckSearch(claims.SearchQuery{})
	for _, k := range []string{claims.HitClaim, claims.HitArticle, claims.HitSource, claims.HitEvidence} {
		if !all.Want(k) {
			t.Errorf("no kinds asked: %s not wanted", k)
		}
	}
	if all.ClaimFilter {
		t.Error("a plain query filters claims")
	}
	some, _ := CheckSearch(claims.SearchQuery{Kinds: []string{claims.HitSource}})
	if some.Want(claims.HitClaim) || !some.Want(claims.HitSource) {
		t.Errorf("kinds [source]: claim %v, source %v", some.Want(claims.HitClaim), some.Want(claims.HitSource))
	}
	name := "Jane Doe"
	f, _ := CheckSearch(claims.SearchQuery{Claimant: &name})
	if !f.ClaimFilter {
		t.Error("a claimant does not filter claims")
	}
}
