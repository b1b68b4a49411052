package claims

import (
	"context"
	"time"
)

// Fields named in history events.
const (
	FieldCreated    = "created"
	FieldText       = "text"
	FieldStatus     = "status"
	FieldRating     = "rating"
	FieldConclusion = "conclusion"
	FieldRationale  = "rationale"
	FieldClaimant   = "claimant"
	FieldClaimDate  = "claim_date"
	FieldTags       = "tags"
	FieldAnchor     = "anchor"
	FieldEvidence   = "evidence" // New/Old hold a summary of the link
	FieldDeleted    = "deleted"
	FieldMerged     = "merged" // a bundle import kept another version; Old holds it as JSON
)

// Event is one append-only entry in a claim's history: who changed which
// field when, from what to what. Events are never edited or deleted.
type Event struct {
	ID      string    `json:"id"`
	ClaimID string    `json:"claim_id"`
	At      time.Time `json:"at"`
	Actor   string    `json:"actor"`
	Field   string    `json:"field"`
	Old     string    `json:"old"`
	New     string    `json:"new"`
}

// HistoryService reads history.
type HistoryService interface {
	// ClaimHistory returns the events of a claim, oldest first. It works for
	// deleted claims too. Errors: ENOTFOUND (no claim and no events).
	ClaimHistory(ctx context.Context, claimID string) ([]*Event, error)
}
