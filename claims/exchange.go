package claims

import "context"

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
}

// MergeResult counts what a merge did.
type MergeResult struct {
	Created   int `json:"created"`
	Updated   int `json:"updated"`   // the incoming version was newer
	Kept      int `json:"kept"`      // the local version was newer; the other went to history
	Unchanged int `json:"unchanged"` // identical on both sides
	Snapshots int `json:"snapshots"` // snapshot files newly stored
}

// ExchangeService merges datasets from other databases.
type ExchangeService interface {
	// MergeDataset merges ds in one transaction: records are matched by ID;
	// the same dataset merged twice changes nothing the second time; when a
	// record differs on both sides the newer (UpdatedAt) wins and the other
	// version is recorded in the claim's history (FieldMerged). Events are
	// added once by ID. snapshots holds the verified content of every
	// snapshot the sources name, by SHA-256. Nothing is merged when it fails.
	// Errors: EINVALID (unknown Version, an invalid record, a named snapshot
	// missing from snapshots), ECONFLICT (an incoming scale would remove a
	// rating that local claims use, as in SaveScale).
	MergeDataset(ctx context.Context, ds *Dataset, snapshots map[string][]byte) (*MergeResult, error)
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
}
