package sqlstore

import "claimdesk/claims"

// SearchScope is what a search asks for besides its text: which kinds of hit
// it wants and whether it filters claims. Both back ends read it the same way.
type SearchScope struct {
	kinds map[string]bool // empty: every kind
	// ClaimFilter is true when the query filters claims (status, rating,
	// tag, article, claimant): then only claims can be hits.
	ClaimFilter bool
}

// CheckSearch checks the parts of q that do not need the database (offset,
// limit, kinds, status) and returns the scope they ask for.
func CheckSearch(q claims.SearchQuery) (SearchScope, error) {
	if q.Offset < 0 || q.Limit < 0 {
		return SearchScope{}, claims.Errorf(claims.EINVALID, "Offset and limit cannot be negative.")
	}
	sc := SearchScope{kinds: map[string]bool{}}
	for _, k := range q.Kinds {
		switch k {
		case claims.HitClaim, claims.HitArticle, claims.HitSource, claims.HitEvidence:
			sc.kinds[k] = true
		default:
			return SearchScope{}, claims.Errorf(claims.EINVALID, "Unknown kind of search hit %q; use claim, article, source or evidence.", k)
		}
	}
	if q.Status != nil && !q.Status.Valid() {
		return SearchScope{}, claims.Errorf(claims.EINVALID, "Unknown status %q.", *q.Status)
	}
	sc.ClaimFilter = q.Status != nil || q.RatingID != nil || q.Tag != nil || q.ArticleID != nil || q.Claimant != nil
	return sc, nil
}

// Want reports whether hits of kind k are asked for.
func (sc SearchScope) Want(k string) bool { return len(sc.kinds) == 0 || sc.kinds[k] }
