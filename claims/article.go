package claims

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is a news text imported for checking. Claims may point into its Body.
type Article struct {
	ID          string    `json:"id"`
	Title       string    `json:"title"`
	URL         string    `json:"url,omitempty"`
	Publisher   string    `json:"publisher,omitempty"`
	Language    string    `json:"language,omitempty"` // "de", "en" or ""
	PublishedAt time.Time `json:"published_at,omitzero"`
	Body        string    `json:"body"`
	BodySHA256  string    `json:"body_sha256"` // hex SHA-256 of Body, set by the backend
	ImportedAt  time.Time `json:"imported_at"`
	CreatedBy   string    `json:"created_by,omitempty"`
	UpdatedAt   time.Time `json:"updated_at"`
	// ClaimCount is how many claims were made from the article. The backend
	// fills it on every find; it is not stored and not exchanged.
	ClaimCount int `json:"-"`
}

// BodyHash returns the hex SHA-256 of an article body.
func BodyHash(body string) string {
	sum := sha256.Sum256([]byte(body))
	return hex.EncodeToString(sum[:])
}

// Validate reports an EINVALID error when a required field is missing.
func (a *Article) Validate() error {
	if a.Title == "" {
		return Errorf(EINVALID, "An article needs a title.")
	}
	if a.Language != "" && a.Language != "de" && a.Language != "en" {
		return Errorf(EINVALID, "Language %q is not supported; use de or en.", a.Language)
	}
	return nil
}

// ArticleFilter selects articles. Nil fields do not filter.
type ArticleFilter struct {
	ID       *string
	Language *string
	// BodySHA256 keeps the articles whose body has this SHA-256 (BodyHash):
	// the same text stored before.
	BodySHA256 *string
	// WithoutBody leaves Body empty in the results (BodySHA256 stays set),
	// for lists that show titles and counts but no text.
	WithoutBody bool
	Offset      int
	Limit       int // 0 means no limit
}

// ArticleUpdate holds the fields to change; nil fields are left alone.
type ArticleUpdate struct {
	Title       *string
	URL         *string
	Publisher   *string
	Language    *string
	PublishedAt *time.Time
	Body        *string // re-anchors the article's claims; unanchorable ones become detached
}

// ArticleService manages articles.
type ArticleService interface {
	// CreateArticle stores a new article and sets its ID, ImportedAt and
	// BodySHA256. Errors: EINVALID.
	CreateArticle(ctx context.Context, a *Article) error
	// FindArticleByID returns one article with its ClaimCount. Errors: ENOTFOUND.
	FindArticleByID(ctx context.Context, id string) (*Article, error)
	// FindArticles returns matching articles, newest import first, each with
	// its ClaimCount, and the total number of matches ignoring Offset and
	// Limit. It takes one query however many articles match. Errors:
	// EINVALID (negative Offset or Limit).
	FindArticles(ctx context.Context, f ArticleFilter) ([]*Article, int, error)
	// UpdateArticle changes an article and appends one history event per
	// changed field (FieldTitle, FieldURL, FieldPublisher, FieldLanguage,
	// FieldPublishedAt, FieldBody; the previous text is kept whole in the
	// FieldBody event) in the same transaction; an update that changes
	// nothing writes nothing. When the body changes, every claim of
	// the article is re-anchored; a claim whose quote is no longer found is
	// marked detached, never moved silently, and the detachment is recorded
	// in its history (FieldAnchor, Old holding the lost anchor).
	// Errors: ENOTFOUND, EINVALID.
	UpdateArticle(ctx context.Context, id string, upd ArticleUpdate) (*Article, error)
	// DeleteArticle removes an article; its claims stay, without article.
	// The article's history stays and ends with a FieldDeleted event holding
	// the whole article as JSON. Errors: ENOTFOUND.
	DeleteArticle(ctx context.Context, id string) error
}
