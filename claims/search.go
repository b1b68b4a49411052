package claims

import "context"

// The kinds of record a search hit can be.
const (
	HitClaim    = "claim"
	HitArticle  = "article"
	HitSource   = "source"
	HitEvidence = "evidence"
)

// SearchQuery is a full-text search over claims (text and rationale),
// articles, sources and evidence excerpts. Text is taken as a person typed
// it: quotes, hyphens, umlauts, AND, * or unbalanced parentheses never cause
// a syntax error. Words are matched as prefixes; all words must occur.
// Words in quotes must stand next to each other, in order; a number written
// with an inner point, comma or slash (2,5, 1.600, 3/4) matches its digit
// groups next to each other, whichever of these separators stands between.
type SearchQuery struct {
	Text      string
	Kinds     []string // limit to these hit kinds; empty means all
	Status    *Status  // claim filters; other kinds are skipped when one is set
	RatingID  *string
	Tag       *string
	ArticleID *string
	Claimant  *string
	Offset    int
	Limit     int // 0 means 50
}

// SearchHit is one ranked result.
type SearchHit struct {
	Kind      string  `json:"kind"` // HitClaim, HitArticle, HitSource or HitEvidence
	ID        string  `json:"id"`   // the ID of the record of that kind
	ClaimID   string  `json:"claim_id,omitempty"`
	ArticleID string  `json:"article_id,omitempty"`
	SourceID  string  `json:"source_id,omitempty"`
	Title     string  `json:"title"`   // a line to show: claim text, article or source title
	Snippet   string  `json:"snippet"` // matching text with the hits between [ and ]
	Rank      float64 `json:"rank"`    // higher is better
}

// SearchService runs full-text searches.
type SearchService interface {
	// Search returns hits best first and the total number of hits.
	// An empty query is EINVALID with a message saying what to type; so may
	// be one without any letter or digit. Any other text never causes an
	// error.
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, int, error)
}
