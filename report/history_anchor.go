package report

import (
	"encoding/json"

	"claimdesk/claims"
)

// anchorText shows one side of a change of a claim's place in its article
// in the report's language: the quote it was anchored to (stored as the
// anchor's JSON), or what storage writes when the article is deleted or
// the quote leaves it (storage/internal/sqlstore).
func anchorText(v string, l *labels) string {
	switch v {
	case "article deleted":
		return l.ArticleDeleted
	case "detached: the quote no longer occurs in the article":
		return l.QuoteGone
	}
	var a claims.Anchor
	if json.Unmarshal([]byte(v), &a) == nil && a.Exact != "" {
		return quote(shorten(a.Exact, 60), l.Lang)
	}
	return shorten(v, 60)
}
