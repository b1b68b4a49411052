package claims

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Fields named in history events written by the "seen before" work.
const (
	FieldLinked        = "linked"         // New names the claim or archive record linked
	FieldVerdictCopied = "verdict_copied" // New names where the copied verdict came from
	FieldDismissed     = "dismissed"      // New names the claim or archive record dismissed as not the same
	FieldUndismissed   = "undismissed"    // a dismissal taken back: Old says whose it was, New names the target
	FieldUnlinked      = "unlinked"       // a link taken back: Old says whose it was, New names the target
)

// Archive is an imported collection of earlier fact-checks by others (or a
// desk's published bundle). Its records are kept apart from the desk's own
// claims: they never appear in claim lists or reports unless linked.
type Archive struct {
	ID         string    `json:"id"`
	Name       string    `json:"name"`
	Publisher  string    `json:"publisher,omitempty"`
	Source     string    `json:"source,omitempty"` // file name or URL it was imported from
	SHA256     string    `json:"sha256"`           // of the imported file, to recognise it again
	Records    int       `json:"records"`
	ImportedAt time.Time `json:"imported_at"`
	ImportedBy string    `json:"imported_by,omitempty"`
}

// ArchiveRecord is one earlier fact-check with its provenance.
type ArchiveRecord struct {
	ID        string    `json:"id"`
	ArchiveID string    `json:"archive_id"`
	Key       string    `json:"key"` // the record's own identity in its archive (URL or ID); unique per archive
	Text      string    `json:"text"`
	Title     string    `json:"title,omitempty"`
	Verdict   string    `json:"verdict,omitempty"` // as the publisher wrote it ("Pants on Fire", "falsch")
	Claimant  string    `json:"claimant,omitempty"`
	ClaimDate time.Time `json:"claim_date,omitzero"`
	URL       string    `json:"url,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Language  string    `json:"language,omitempty"`
}

// Validate reports an EINVALID error when the record cannot be stored.
func (r *ArchiveRecord) Validate() error {
	if strings.TrimSpace(r.Text) == "" {
		return Errorf(EINVALID, "An archive record needs the text of the claim it checked.")
	}
	if strings.TrimSpace(r.Key) == "" {
		return Errorf(EINVALID, "An archive record needs a key (its URL or ID).")
	}
	return nil
}

// Malformed names one record of a file that could not be read. Where and
// Why are English; Place and Reason keep them as formats with arguments,
// so that the window can show them in its language (NewMalformed).
type Malformed struct {
	Where  string `json:"where"` // "line 12", "record 3", "script block 2, record 1"
	Why    string `json:"why"`
	Place  Phrase `json:"-"`
	Reason Phrase `json:"-"`
}

// NewMalformed names the record at where that was not read, and why.
func NewMalformed(where, why Phrase) Malformed {
	return Malformed{Where: where.String(), Why: why.String(), Place: where, Reason: why}
}

// Phrase is an English text kept as its format and arguments; the format
// is a message key of the translations (errors.*.json), an argument may be
// a Phrase itself. The zero Phrase is no text.
type Phrase struct {
	Format string
	Args   []any
}

// Phrasef returns the phrase of format and its arguments.
func Phrasef(format string, args ...any) Phrase { return Phrase{Format: format, Args: args} }

// String returns the English text.
func (p Phrase) String() string {
	if len(p.Args) == 0 {
		return p.Format
	}
	return fmt.Sprintf(p.Format, p.Args...)
}

// ArchiveImport is a parsed archive file ready to store.
type ArchiveImport struct {
	Name      string
	Publisher string
	Source    string
	SHA256    string
	Records   []*ArchiveRecord
	Malformed []Malformed // counted and named, never stored
}

// ArchiveImportResult says what an import did.
type ArchiveImportResult struct {
	Archive   *Archive    `json:"archive"`
	Added     int         `json:"added"`
	Updated   int         `json:"updated"`   // already there under the same key, content changed
	Unchanged int         `json:"unchanged"` // already there, identical
	Malformed []Malformed `json:"malformed,omitempty"`
}

// Candidate kinds: what a match points at.
const (
	TargetRecord = "record" // an archive record
	TargetClaim  = "claim"  // one of the desk's own claims
)

// MatchTarget is something a claim can be matched against: an archive record
// or one of the desk's claims with a verdict, in one shape for retrieval.
type MatchTarget struct {
	Kind      string    `json:"kind"` // TargetRecord or TargetClaim
	ID        string    `json:"id"`
	Text      string    `json:"text"`
	Title     string    `json:"title,omitempty"`
	Verdict   string    `json:"verdict,omitempty"`   // a record's verdict, or a claim's conclusion or rating ID
	RatingID  string    `json:"rating_id,omitempty"` // for desk claims with a rating
	Claimant  string    `json:"claimant,omitempty"`
	ClaimDate time.Time `json:"claim_date,omitzero"`
	URL       string    `json:"url,omitempty"`
	Publisher string    `json:"publisher,omitempty"`
	Archive   string    `json:"archive,omitempty"` // the archive's name; "" for desk claims
	ArchiveID string    `json:"archive_id,omitempty"`
}

// Group is what a claim has been linked to.
type Group struct {
	ClaimIDs  []string `json:"claim_ids"`  // other desk claims in the same group
	RecordIDs []string `json:"record_ids"` // archive records linked to the group
}

// LinkRequest links a claim to a match.
type LinkRequest struct {
	ClaimID     string
	Kind        string // TargetRecord or TargetClaim
	TargetID    string
	CopyVerdict bool // copy the target's verdict into the claim, with its source
}

// ArchiveService keeps archives of earlier fact-checks and the checker's
// decisions about matches.
type ArchiveService interface {
	// ImportArchive stores imp's records as one archive in one transaction.
	// A file already imported (same SHA256) or records already present (same
	// archive name and key, same content) change nothing. Malformed records
	// are only reported. Errors: EINVALID (no name, no valid record, an
	// invalid record).
	ImportArchive(ctx context.Context, imp *ArchiveImport) (*ArchiveImportResult, error)
	// Archives lists the archives, oldest import first.
	Archives(ctx context.Context) ([]*Archive, error)
	// RemoveArchive deletes an archive and its records; links to them go
	// too. Errors: ENOTFOUND.
	RemoveArchive(ctx context.Context, id string) error
	// ArchiveRecord returns one record. Errors: ENOTFOUND.
	ArchiveRecord(ctx context.Context, id string) (*ArchiveRecord, error)
	// MatchTargets returns everything a claim can be matched against: every
	// archive record and every desk claim with a verdict. Candidate
	// retrieval indexes these (see package claims/match).
	MatchTargets(ctx context.Context) ([]*MatchTarget, error)
	// Link puts a claim and a target in one group and records it in the
	// claim's history; with CopyVerdict the target's verdict is copied into
	// the claim, its URL becomes a source, and the history says where the
	// verdict came from. Linking twice changes nothing. A dismissal of the
	// pair (Dismiss) is removed, and the "linked" event's Old says whose it
	// was. Errors: ENOTFOUND, EINVALID (a claim linked to itself, an
	// unknown kind).
	Link(ctx context.Context, req LinkRequest) error
	// Group returns what claimID is linked to. Errors: ENOTFOUND.
	Group(ctx context.Context, claimID string) (*Group, error)
	// Dismiss records that claimID and the target are not the same; the
	// pair is never suggested again. Errors: ENOTFOUND, ECONFLICT (the pair
	// is linked as the same claim, also by a Link made at the same moment).
	Dismiss(ctx context.Context, claimID, kind, targetID string) error
	// Dismissed returns the keys (kind + ":" + ID) of targets dismissed for
	// claimID.
	Dismissed(ctx context.Context, claimID string) (map[string]bool, error)
	// Dismissals lists the pairs dismissed for claimID, newest first, with
	// who dismissed them and when. Errors: ENOTFOUND (no such claim).
	Dismissals(ctx context.Context, claimID string) ([]*Dismissal, error)
	// Undismiss takes back a dismissal: the pair is suggested again, and
	// the history of the claim (of both claims, for two) records it with
	// whose dismissal it was. Errors: ENOTFOUND (no such claim, or the pair
	// was not dismissed), EINVALID (an unknown kind).
	Undismiss(ctx context.Context, claimID, kind, targetID string) error
	// Links lists the links made to or from claimID (Link), newest first,
	// with who made them and when; a link made before links were kept pair
	// by pair has no time. Errors: ENOTFOUND (no such claim).
	Links(ctx context.Context, claimID string) ([]*PairLink, error)
	// Unlink takes back the link of claimID and the target (either way
	// round for two claims): the group splits where no other link holds its
	// members together, so the others stay linked to each other. A verdict
	// the link copied stays the claim's. The history of the claim (of both
	// claims, for two) records it with whose link it was. Errors: ENOTFOUND
	// (no such claim or target, or the two were not linked to each other),
	// EINVALID (an unknown kind).
	Unlink(ctx context.Context, claimID, kind, targetID string) error
	// LinkedAndDismissed lists the pairs that are both linked as the same
	// claim and dismissed as not the same (left by two checkers at once
	// before Link and Dismiss were serialised), for the integrity check.
	LinkedAndDismissed(ctx context.Context) ([]*PairConflict, error)
	// ClaimsWithEarlierCheck returns the IDs of claims linked to an archive
	// record or to another claim, for the "has an earlier check" filter.
	ClaimsWithEarlierCheck(ctx context.Context) (map[string]bool, error)
}

// Dismissal is a pair dismissed as not the same, seen from one claim.
type Dismissal struct {
	Kind     string    `json:"kind"` // TargetRecord or TargetClaim
	TargetID string    `json:"target_id"`
	Text     string    `json:"text"`            // the claim the target states
	Where    string    `json:"where,omitempty"` // a record's archive and publisher
	By       string    `json:"by"`
	At       time.Time `json:"at"`
}

// PairLink is a link made between a claim and a target, seen from the
// claim. At is zero when the link is older than the record of links.
type PairLink struct {
	Kind     string    `json:"kind"` // TargetRecord or TargetClaim
	TargetID string    `json:"target_id"`
	Text     string    `json:"text"`            // the claim the target states
	Where    string    `json:"where,omitempty"` // a record's archive and publisher
	By       string    `json:"by,omitempty"`
	At       time.Time `json:"at,omitzero"`
}

// DismissedInGroupFormat is the message (an ECONFLICT) of a link refused
// because it would make a dismissed pair the same through the claims
// already linked. Its arguments, in order: the dismissed pair's claim, the
// kind and ID of its other side, who dismissed it and when (UTC, in
// DismissalLayout), then the claim, kind and target of the refused link.
const DismissedInGroupFormat = "Claim %s and %s %s were dismissed as not the same by %s at %s; linking claim %s to %s %s would make them the same through the claims already linked. If they are the same after all, take that dismissal back first (Suggest again in the window, claimctl undismiss on the command line)."

// PairConflict is a pair both linked as the same claim and dismissed as not
// the same. LinkedAt is zero when no history names the link (two claims
// linked through a third). Through is true when the pair itself was never
// linked, only joined by the links of its group (which Unlink of the pair
// refuses; the links to take back are others).
type PairConflict struct {
	ClaimID     string    `json:"claim_id"`
	Kind        string    `json:"kind"`
	TargetID    string    `json:"target_id"`
	LinkedBy    string    `json:"linked_by,omitempty"`
	LinkedAt    time.Time `json:"linked_at,omitzero"`
	Through     bool      `json:"through,omitempty"`
	DismissedBy string    `json:"dismissed_by"`
	DismissedAt time.Time `json:"dismissed_at"`
}

// LinkIsLater reports whether the link was made after the dismissal (by
// the history): the later of the two is what the checkers meant last.
func (p *PairConflict) LinkIsLater() bool { return p.LinkedAt.After(p.DismissedAt) }

// TargetKey is the key of a target in Dismissed.
func TargetKey(kind, id string) string { return kind + ":" + id }
