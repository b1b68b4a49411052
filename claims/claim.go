package claims

import (
	"context"
	"strings"
	"time"
)

// Status is where a claim stands in the checking workflow:
// new → researching → in review → published, or discarded.
type Status string

// The statuses of a claim.
const (
	StatusNew         Status = "new"
	StatusResearching Status = "researching"
	StatusInReview    Status = "in_review"
	StatusPublished   Status = "published"
	StatusDiscarded   Status = "discarded"
)

// Statuses lists every status in workflow order.
var Statuses = []Status{StatusNew, StatusResearching, StatusInReview, StatusPublished, StatusDiscarded}

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool {
	for _, v := range Statuses {
		if s == v {
			return true
		}
	}
	return false
}

// ParseStatus accepts a status name as typed by a person ("in review",
// "In-Review", "in_review") and returns it, or an EINVALID error.
func ParseStatus(s string) (Status, error) {
	n := strings.ToLower(strings.TrimSpace(s))
	n = strings.NewReplacer(" ", "_", "-", "_").Replace(n)
	if st := Status(n); st.Valid() {
		return st, nil
	}
	return "", Errorf(EINVALID, "Unknown status %q; use new, researching, in_review, published or discarded.", s)
}

// Claim is a statement to be checked, usually quoted from an article.
type Claim struct {
	ID        string    `json:"id"`
	ArticleID string    `json:"article_id,omitempty"` // "" for a claim entered without an article
	Text      string    `json:"text"`
	Anchor    *Anchor   `json:"anchor,omitempty"` // where the claim sits in the article body
	Detached  bool      `json:"detached,omitempty"`
	Claimant  string    `json:"claimant,omitempty"`
	ClaimDate time.Time `json:"claim_date,omitzero"`
	Status    Status    `json:"status"`
	// RatingID is the verdict as a rating of a scale (see Rating.ID); "" when
	// there is none or when Conclusion is used instead.
	RatingID string `json:"rating_id,omitempty"`
	// Conclusion is a free-text verdict, one sentence instead of a label.
	Conclusion string   `json:"conclusion,omitempty"`
	Rationale  string   `json:"rationale,omitempty"`
	Tags       []string `json:"tags,omitempty"`
	// Score, Kinds and Reasons come from claim extraction.
	Score     float64   `json:"score,omitempty"`
	Kinds     []string  `json:"kinds,omitempty"`
	Reasons   []string  `json:"reasons,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
	UpdatedBy string    `json:"updated_by,omitempty"`
}

// HasVerdict reports whether the claim has a rating or a conclusion.
func (c *Claim) HasVerdict() bool { return c.RatingID != "" || c.Conclusion != "" }

// Validate reports an EINVALID error when the claim breaks a rule.
func (c *Claim) Validate() error {
	if strings.TrimSpace(c.Text) == "" {
		return Errorf(EINVALID, "A claim needs text.")
	}
	if c.Status != "" && !c.Status.Valid() {
		return Errorf(EINVALID, "Unknown status %q.", c.Status)
	}
	if c.RatingID != "" && c.Conclusion != "" {
		return Errorf(EINVALID, "A verdict is either a rating or a free-text conclusion, not both.")
	}
	if c.Score < 0 || c.Score > 1 {
		return Errorf(EINVALID, "A check-worthiness score lies between 0 and 1.")
	}
	if c.Anchor != nil && c.ArticleID == "" {
		return Errorf(EINVALID, "A claim can only be anchored in an article.")
	}
	return nil
}

// NormalizeTags trims, lower-cases and de-duplicates tags, keeping order.
func NormalizeTags(tags []string) []string {
	out := make([]string, 0, len(tags))
	seen := map[string]bool{}
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t), "#")))
		if t == "" || seen[t] {
			continue
		}
		seen[t] = true
		out = append(out, t)
	}
	return out
}

// ClaimSort orders claim lists.
type ClaimSort string

// The orders FindClaims understands.
const (
	SortUpdated  ClaimSort = "updated"  // most recently changed first (the default)
	SortCreated  ClaimSort = "created"  // oldest first
	SortScore    ClaimSort = "score"    // highest check-worthiness first
	SortText     ClaimSort = "text"     // alphabetical
	SortStatus   ClaimSort = "status"   // workflow order
	SortPosition ClaimSort = "position" // position in the article
)

// ClaimFilter selects claims. Nil fields do not filter.
type ClaimFilter struct {
	ID        *string
	ArticleID *string
	Status    *Status
	RatingID  *string // a rating ID; "" selects claims without a rating
	Tag       *string // normalised as by NormalizeTags: "#Wohnen" finds "wohnen"
	Claimant  *string // case-insensitive substring, umlauts included
	Query     *string // full-text query, same rules as Search
	Sort      ClaimSort
	Offset    int
	Limit     int // 0 means no limit

	// EarlierCheck true selects claims linked to an earlier check (an
	// archive record or another claim, see ArchiveService.Link); false
	// selects the others.
	EarlierCheck *bool
}

// ClaimUpdate holds the fields to change; nil fields are left alone.
type ClaimUpdate struct {
	Text       *string
	Anchor     *Anchor // anchors the claim by hand; clears Detached
	Claimant   *string
	ClaimDate  *time.Time
	Status     *Status
	RatingID   *string // setting it clears Conclusion
	Conclusion *string // setting it clears RatingID
	Rationale  *string
	Tags       *[]string
	// BasedOn is the version (ClaimVersion) of the claim the change was
	// made on; "" applies the change whatever the stored version. When the
	// stored claim is at another version, nothing is saved: two checkers
	// editing the same claim never lose an edit silently.
	BasedOn string
}

// ClaimService manages claims. Every change is recorded in history.
type ClaimService interface {
	// CreateClaim stores a new claim (status new unless set) and sets its ID
	// and timestamps; its history starts with a FieldCreated event.
	// Errors: EINVALID, ENOTFOUND (article or rating unknown).
	CreateClaim(ctx context.Context, c *Claim) error
	// CreateClaims stores many claims in one transaction: all or none.
	// Errors: as CreateClaim.
	CreateClaims(ctx context.Context, cs []*Claim) error
	// FindClaimByID returns one claim. Errors: ENOTFOUND.
	FindClaimByID(ctx context.Context, id string) (*Claim, error)
	// FindClaims returns matching claims and the total number of matches
	// ignoring Offset and Limit. Errors: EINVALID (negative Offset or Limit,
	// unknown Status or Sort, a set but blank Query).
	FindClaims(ctx context.Context, f ClaimFilter) ([]*Claim, int, error)
	// CountClaimsByStatus counts the claims matching f per status (f.Status,
	// Offset, Limit and Sort are ignored). Errors: EINVALID (a set but blank
	// Query).
	CountClaimsByStatus(ctx context.Context, f ClaimFilter) (map[Status]int, error)
	// UpdateClaim changes a claim and appends one history event per changed
	// field (none for a field set to its current value); Old and New hold the
	// values as stored (a Status, a rating ID). Clearing the conclusion by
	// setting a rating, or the reverse, records both fields.
	// Errors: ENOTFOUND (claim or rating unknown), EINVALID, ECONFLICT
	// (upd.BasedOn is set and the claim is at another version: the error
	// wraps an *EditConflict holding both versions; see NewEditConflict).
	UpdateClaim(ctx context.Context, id string, upd ClaimUpdate) (*Claim, error)
	// DeleteClaim removes a claim with its evidence; its history stays and
	// ends with a FieldDeleted event. Errors: ENOTFOUND.
	DeleteClaim(ctx context.Context, id string) error
}
