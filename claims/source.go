package claims

import (
	"context"
	"io"
	"strings"
	"time"
)

// SourceKind says what sort of source a Source is.
type SourceKind string

// The kinds of source.
const (
	KindOfficial   SourceKind = "official"   // official document
	KindStatistics SourceKind = "statistics" // statistics
	KindNews       SourceKind = "news"
	KindExpert     SourceKind = "expert"
	KindSocial     SourceKind = "social" // social media post
	KindOther      SourceKind = "other"
)

// SourceKinds lists every kind.
var SourceKinds = []SourceKind{KindOfficial, KindStatistics, KindNews, KindExpert, KindSocial, KindOther}

// Valid reports whether k is one of SourceKinds.
func (k SourceKind) Valid() bool {
	for _, v := range SourceKinds {
		if k == v {
			return true
		}
	}
	return false
}

// ParseSourceKind accepts a kind as typed by a person, or returns EINVALID.
func ParseSourceKind(s string) (SourceKind, error) {
	k := SourceKind(strings.ToLower(strings.TrimSpace(s)))
	if k.Valid() {
		return k, nil
	}
	return "", Errorf(EINVALID, "Unknown source kind %q; use official, statistics, news, expert, social or other.", s)
}

// Source is where evidence comes from: a web page, a document, a person.
type Source struct {
	ID          string     `json:"id"`
	URL         string     `json:"url,omitempty"`
	Title       string     `json:"title,omitempty"`
	Publisher   string     `json:"publisher,omitempty"`
	Author      string     `json:"author,omitempty"`
	PublishedAt time.Time  `json:"published_at,omitzero"`
	AccessedAt  time.Time  `json:"accessed_at,omitzero"`
	Kind        SourceKind `json:"kind"`
	Notes       string     `json:"notes,omitempty"`
	Snapshots   []Snapshot `json:"snapshots,omitempty"`
	CreatedAt   time.Time  `json:"created_at"`
	CreatedBy   string     `json:"created_by,omitempty"`
	UpdatedAt   time.Time  `json:"updated_at"`
}

// Validate reports an EINVALID error when the source breaks a rule.
func (s *Source) Validate() error {
	if strings.TrimSpace(s.URL) == "" && strings.TrimSpace(s.Title) == "" {
		return Errorf(EINVALID, "A source needs a URL or a title.")
	}
	if s.Kind != "" && !s.Kind.Valid() {
		return Errorf(EINVALID, "Unknown source kind %q.", s.Kind)
	}
	return nil
}

// Snapshot is a local copy of a source file (saved page, PDF, screenshot),
// stored once per content under its SHA-256.
type Snapshot struct {
	SHA256  string    `json:"sha256"`
	Name    string    `json:"name"` // the file name it was attached under
	Size    int64     `json:"size"`
	MIME    string    `json:"mime"`
	AddedAt time.Time `json:"added_at"`
}

// SourceFilter selects sources. Nil fields do not filter.
type SourceFilter struct {
	ID      *string
	ClaimID *string // sources linked to this claim through evidence
	URL     *string
	Offset  int
	Limit   int
}

// SourceUpdate holds the fields to change; nil fields are left alone.
type SourceUpdate struct {
	URL         *string
	Title       *string
	Publisher   *string
	Author      *string
	PublishedAt *time.Time
	AccessedAt  *time.Time
	Kind        *SourceKind
	Notes       *string
}

// SourceService manages sources and their snapshot files.
type SourceService interface {
	// CreateSource stores a new source (kind other unless set).
	// Errors: EINVALID.
	CreateSource(ctx context.Context, s *Source) error
	// FindSourceByID returns one source with its snapshots. Errors: ENOTFOUND.
	FindSourceByID(ctx context.Context, id string) (*Source, error)
	// FindSources returns matching sources and the total number of matches.
	// Errors: EINVALID (negative Offset or Limit).
	FindSources(ctx context.Context, f SourceFilter) ([]*Source, int, error)
	// UpdateSource changes a source and appends one history event per
	// changed field (FieldURL, FieldTitle, FieldPublisher, FieldAuthor,
	// FieldPublishedAt, FieldAccessedAt, FieldKind, FieldNotes) in the same
	// transaction; an update that changes nothing writes nothing.
	// Errors: ENOTFOUND, EINVALID.
	UpdateSource(ctx context.Context, id string, upd SourceUpdate) (*Source, error)
	// DeleteSource removes a source that no evidence uses. Its history stays
	// and ends with a FieldDeleted event holding the whole source as JSON,
	// with its snapshot list (the files stay stored).
	// Errors: ENOTFOUND, ECONFLICT (still used as evidence).
	DeleteSource(ctx context.Context, id string) error
	// AttachSnapshot stores the file read from r under its SHA-256 and links
	// it to the source; the same content is stored only once and attached at
	// most once per source; a new link is recorded in the source's history
	// (FieldSnapshot). There is no detaching: a link, once made, stays.
	// Errors: ENOTFOUND, EINVALID (empty file).
	AttachSnapshot(ctx context.Context, sourceID, name string, r io.Reader) (*Snapshot, error)
	// OpenSnapshot opens a stored snapshot file by its SHA-256.
	// Errors: ENOTFOUND.
	OpenSnapshot(ctx context.Context, sha256 string) (io.ReadCloser, error)
}
