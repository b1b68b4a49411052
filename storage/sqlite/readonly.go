package sqlite

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"claimdesk/claims"
)

// OpenReadOnly opens the Claimdesk database at path for reading only: it
// writes nothing into the file, and beside it no session marker, no
// backup, no migration; only SQLite's shared-memory file and an empty log
// when the folder can be written (else the file is read as immutable, see
// openReadOnly). It serves a file in a
// folder that cannot be written, such as a read-only mount. Every service
// reads as on a database Open opened; every write fails (EINTERNAL, "the
// database file is read-only") and changes nothing. The file must exist
// and be a Claimdesk database of this build's schema: one that needs
// migrating cannot be migrated without writing and is refused
// (ECONFLICT), as are a newer one and a file that is not a Claimdesk
// database.
func OpenReadOnly(path string) (*DB, error) {
	if path == "" {
		return nil, claims.Errorf(claims.EINVALID, "No database path was given.")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, claims.Internal(err, fmt.Sprintf("Cannot resolve the database path %q.", path))
	}
	if st, err := os.Stat(abs); err != nil || !st.Mode().IsRegular() {
		return nil, notClaimdeskErr(abs, "it is not an ordinary file that can be read")
	}
	ctx := context.Background()
	db, err := openReadOnly(ctx, abs)
	if err != nil {
		return nil, openErr(abs, err)
	}
	var appID, version int
	if err := db.QueryRowContext(ctx, `SELECT (SELECT application_id FROM pragma_application_id),
		(SELECT user_version FROM pragma_user_version)`).Scan(&appID, &version); err != nil {
		db.Close()
		return nil, openErr(abs, err)
	}
	switch {
	case appID != applicationID:
		err = notClaimdeskErr(abs, "it is not a Claimdesk database")
	case version > len(migrations):
		err = newerErr(abs, version)
	case version < len(migrations):
		err = claims.Errorf(claims.ECONFLICT, "The database %s was written by an older Claimdesk and must be updated, which needs a folder that can be written; it was left untouched.", abs)
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	s := withShared(&store{db: db, path: abs, dir: filepath.Dir(abs), closed: make(chan struct{})})
	s.indexes = newIndexes(s)
	return &DB{s: s}, nil
}
