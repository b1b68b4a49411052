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
	// FieldMerged: a bundle import replaced a version or found an older one;
	// Old holds the version that is no longer current, as JSON.
	FieldMerged = "merged"
	// FieldConflict: a bundle brought a version changed on both sides; the
	// local one stayed, Old holds the incoming one as JSON.
	FieldConflict = "conflict"
)

// Event is one append-only entry in a record's history: who changed which
// field when, from what to what. Events are never edited or deleted.
type Event struct {
	ID string `json:"id"`
	// ClaimID is the record the event belongs to: a claim unless Kind says
	// otherwise (the name stays for the bundles written before).
	ClaimID string     `json:"claim_id"`
	Kind    RecordKind `json:"kind,omitempty"` // "" means RecordClaim
	At      time.Time  `json:"at"`
	Actor   string     `json:"actor"`
	Field   string     `json:"field"`
	Old     string     `json:"old"`
	New     string     `json:"new"`
	// Imported marks an event written in another database and brought by a
	// bundle; Actor is who made the change there.
	Imported bool `json:"imported,omitempty"`
}

// RecordKind returns the kind of record the event belongs to.
func (e *Event) RecordKind() RecordKind {
	if e.Kind == "" {
		return RecordClaim
	}
	return e.Kind
}

// ActorLabel returns Actor, with " (imported)" for an imported event.
func (e *Event) ActorLabel() string {
	if e.Imported {
		return e.Actor + " (imported)"
	}
	return e.Actor
}

// HistoryService reads history.
type HistoryService interface {
	// ClaimHistory returns the events of a claim, oldest first. It works for
	// deleted claims too. Errors: ENOTFOUND (no claim and no events).
	ClaimHistory(ctx context.Context, claimID string) ([]*Event, error)
	// RecordHistory returns the events of any record (claim, article,
	// source, evidence, scale) by ID, oldest first, with the kind of record
	// it is. Errors: ENOTFOUND (no such record and no events).
	RecordHistory(ctx context.Context, id string) (RecordKind, []*Event, error)
	// KnownVersions returns, for the records with the given IDs, the
	// versions that were current here when a merge met them (merged in,
	// found identical, or replaced by a merge); a bundle carries them as
	// Dataset.Versions. Versions only recorded as conflicts or as older are
	// not among them.
	KnownVersions(ctx context.Context, ids []string) ([]*VersionRef, error)
}
