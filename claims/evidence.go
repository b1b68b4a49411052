package claims

import (
	"context"
	"strings"
	"time"
)

// Stance is how a piece of evidence bears on a claim.
type Stance string

// The stances.
const (
	StanceSupports Stance = "supports"
	StanceRefutes  Stance = "refutes"
	StanceContext  Stance = "context"
)

// Stances lists every stance.
var Stances = []Stance{StanceSupports, StanceRefutes, StanceContext}

// Valid reports whether s is one of Stances.
func (s Stance) Valid() bool {
	return s == StanceSupports || s == StanceRefutes || s == StanceContext
}

// ParseStance accepts a stance as typed by a person, or returns EINVALID.
func ParseStance(s string) (Stance, error) {
	st := Stance(strings.ToLower(strings.TrimSpace(s)))
	if st.Valid() {
		return st, nil
	}
	return "", Errorf(EINVALID, "Unknown stance %q; use supports, refutes or context.", s)
}

// Evidence links a claim to a source with a stance.
type Evidence struct {
	ID        string    `json:"id"`
	ClaimID   string    `json:"claim_id"`
	SourceID  string    `json:"source_id"`
	Stance    Stance    `json:"stance"`
	Excerpt   string    `json:"excerpt,omitempty"`
	Note      string    `json:"note,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	CreatedBy string    `json:"created_by,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Validate reports an EINVALID error when the evidence breaks a rule.
func (e *Evidence) Validate() error {
	if e.ClaimID == "" || e.SourceID == "" {
		return Errorf(EINVALID, "Evidence needs a claim and a source.")
	}
	if !e.Stance.Valid() {
		return Errorf(EINVALID, "Unknown stance %q; use supports, refutes or context.", e.Stance)
	}
	return nil
}

// EvidenceFilter selects evidence. Nil fields do not filter.
type EvidenceFilter struct {
	ID       *string
	ClaimID  *string
	SourceID *string
	Stance   *Stance
}

// EvidenceUpdate holds the fields to change; nil fields are left alone.
type EvidenceUpdate struct {
	Stance  *Stance
	Excerpt *string
	Note    *string
}

// EvidenceService manages evidence links. Each change (create, update,
// delete) is recorded in the history of the claim it belongs to as a
// FieldEvidence event.
type EvidenceService interface {
	// CreateEvidence links a claim and a source.
	// Errors: EINVALID, ENOTFOUND (claim or source unknown).
	CreateEvidence(ctx context.Context, e *Evidence) error
	// FindEvidenceByID returns one link. Errors: ENOTFOUND.
	FindEvidenceByID(ctx context.Context, id string) (*Evidence, error)
	// FindEvidence returns matching links, oldest first.
	FindEvidence(ctx context.Context, f EvidenceFilter) ([]*Evidence, error)
	// UpdateEvidence changes a link. Errors: ENOTFOUND, EINVALID.
	UpdateEvidence(ctx context.Context, id string, upd EvidenceUpdate) (*Evidence, error)
	// DeleteEvidence removes a link. Errors: ENOTFOUND.
	DeleteEvidence(ctx context.Context, id string) error
}
