package claims

import (
	"context"
	"time"
)

// DatasetVersion is the version of the Dataset layout written into bundles.
const DatasetVersion = 1

// Dataset is a self-contained set of records, as carried by an exchange
// bundle between two databases.
type Dataset struct {
	Version  int            `json:"version"`
	Articles []*Article     `json:"articles"`
	Claims   []*Claim       `json:"claims"`
	Sources  []*Source      `json:"sources"`
	Evidence []*Evidence    `json:"evidence"`
	Events   []*Event       `json:"events"`
	Scales   []*RatingScale `json:"scales,omitempty"`
	// Versions lists earlier versions of the carried records that the
	// sending database had as its own (see HistoryService.KnownVersions):
	// a local record whose version is listed here was the starting point of
	// the carried one, so the carried one replaces it without a conflict.
	// Bundles written before this field existed leave it empty.
	Versions []*VersionRef `json:"versions,omitempty"`
}

// RecordKind names a kind of record in history and versions.
type RecordKind string

// The record kinds.
const (
	RecordClaim    RecordKind = "claim"
	RecordArticle  RecordKind = "article"
	RecordSource   RecordKind = "source"
	RecordEvidence RecordKind = "evidence"
	RecordScale    RecordKind = "scale"
)

// VersionRef names one version of a record by the SHA-256 of its canonical
// content (see docs/exchange.md). The hash doubles as the version a change
// was based on, for optimistic locking on a shared server.
type VersionRef struct {
	Kind     RecordKind `json:"kind"`
	RecordID string     `json:"record_id"`
	Hash     string     `json:"hash"`
}

// Conflict is a record both sides changed since they last agreed. The
// local version stays; the incoming one is kept in the record's history
// (FieldConflict) until a checker picks it.
type Conflict struct {
	Kind    RecordKind `json:"kind"`
	ID      string     `json:"id"`
	Title   string     `json:"title"`              // a short description of the record
	ClaimID string     `json:"claim_id,omitempty"` // for evidence: the claim whose history holds it
	Hash    string     `json:"hash"`               // the incoming version
}

// MergeResult counts what a merge did. Every record of the dataset is
// counted once, in exactly one of Created, Updated, Kept, Unchanged and
// Conflicts.
type MergeResult struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`   // the incoming version replaced the local one, which went to history
	Kept      int `json:"kept"`      // the local version was newer; the incoming one went to history
	Unchanged int `json:"unchanged"` // identical, or a version this database already had
	// Conflicts lists the records changed on both sides: the local version
	// was kept and the incoming one recorded in history (FieldConflict).
	Conflicts []Conflict `json:"conflicts,omitempty"`
	Snapshots int        `json:"snapshots"` // snapshot files newly stored
	Events    int        `json:"events"`    // history events newly imported
	// ScaleCopies names the preset scales the dataset had changed: each
	// arrived as a new custom scale (ID → new ID) and the dataset's claims
	// use the copy.
	ScaleCopies map[string]string `json:"scale_copies,omitempty"`
	// Backup is the copy of the database taken before the merge wrote
	// anything; "" when nothing was written.
	Backup string `json:"backup,omitempty"`
	// Ignored names the fields of the bundle this build does not know
	// (written by a newer Claimdesk), which were not merged; see
	// docs/exchange.md.
	Ignored []string `json:"ignored_fields,omitempty"`
}

// Changed reports whether the merge wrote anything.
func (r *MergeResult) Changed() bool {
	return r.Created+r.Updated+r.Kept+len(r.Conflicts)+r.Snapshots+r.Events+len(r.ScaleCopies) > 0
}

// MaxClockSkew is how far in the future a time in a dataset may lie before
// MergeDataset refuses the dataset: more is a broken clock, and a record
// dated in the future would otherwise sort first for good.
const MaxClockSkew = 24 * time.Hour

// ExchangeService merges datasets from other databases.
type ExchangeService interface {
	// MergeDataset merges ds in one transaction, after a backup of the
	// database whenever the merge will write anything (Backup in the result).
	// Records are matched by ID and compared by the hash of their content;
	// see docs/exchange.md:
	//   - a record not here is created; one identical here, or whose version
	//     this database already had, is unchanged (so merging the same
	//     dataset again changes nothing, whatever was edited here since);
	//   - when the local version is where the incoming one started (listed
	//     in ds.Versions, or the version last merged here and not newer than
	//     the incoming one), the incoming one replaces it and the local one
	//     goes to history (FieldMerged);
	//   - when the local version was last merged here and is newer than the
	//     incoming one, the incoming one goes to history (Kept);
	//   - otherwise both sides changed: the local version stays, the incoming
	//     one is recorded in history (FieldConflict) and listed in Conflicts.
	// No clock decides between two changed versions. A preset scale is never
	// changed: a different one arrives as a new custom scale, used by the
	// dataset's claims. Events are added once by ID, only for records the
	// dataset carries, marked Imported with their author kept. snapshots
	// holds the verified content of every snapshot the sources name, by
	// SHA-256. Nothing is merged when it fails.
	// Errors: EINVALID (unknown Version, an invalid record, a time more than
	// MaxClockSkew in the future, an event for a record the dataset does not
	// carry, a named snapshot missing from snapshots), ECONFLICT (an incoming
	// scale would remove a rating that local claims use, as in SaveScale),
	// EINTERNAL (the backup failed: nothing was merged).
	MergeDataset(ctx context.Context, ds *Dataset, snapshots map[string][]byte) (*MergeResult, error)
	// ResolveConflict makes a version that a merge kept in history as a
	// conflict (Conflict.Hash, or a prefix of it of at least 8 characters)
	// the current version of the claim, article, source or evidence id: the
	// checker's choice. The version it replaces goes to history
	// (FieldMerged), as with any version a merge replaces; the record is then
	// counted as merged with that version. Taking the version that is current
	// already changes nothing. Errors: ENOTFOUND (no such
	// conflict version), EINVALID (a scale, or an ambiguous prefix),
	// ECONFLICT (the record, or one it refers to, was deleted here).
	ResolveConflict(ctx context.Context, kind RecordKind, id, hash string) error
}

// MaintenanceService keeps a database safe.
type MaintenanceService interface {
	// Backup writes a consistent copy of the database next to it and keeps
	// the newest few; it returns the copy's path. Errors: EINTERNAL.
	Backup(ctx context.Context) (string, error)
	// Check runs the integrity checks; a nil error means all passed.
	// Errors: EINTERNAL with what failed.
	Check(ctx context.Context) error
	// Location describes where the data lives (a path or a server).
	Location() string
}

// QuickChecker is a MaintenanceService that offers a fast integrity check
// for after start-up, when opening the database left it out (SQLite).
type QuickChecker interface {
	// QuickCheck checks that the stored data is readable; a nil error
	// means it passed. Errors: EINTERNAL naming the damage.
	QuickCheck(ctx context.Context) error
}

// Services bundles the services of one backend, as wired by main.
type Services struct {
	Articles    ArticleService
	Claims      ClaimService
	Sources     SourceService
	Evidence    EvidenceService
	Scales      ScaleService
	History     HistoryService
	Search      SearchService
	Exchange    ExchangeService
	Maintenance MaintenanceService
	// Watch reports other checkers' changes on a shared server; nil when
	// the backend has no other writers to watch (a local file).
	Watch    ChangeWatcher
	Archives ArchiveService
}
