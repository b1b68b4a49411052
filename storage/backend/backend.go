// Package backend opens the storage backend a target names: a postgres://
// URL opens the shared PostgreSQL database (storage/postgres), anything
// else is the path of a local SQLite file (storage/sqlite), the default.
// Only the programs (main.go, cmd/claimctl) import it; the window and the
// domain know nothing of backends.
package backend

import (
	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/postgres"
	"claimdesk/storage/sqlite"
)

// Opened is an open database.
type Opened struct {
	Services claims.Services
	// Location says where the data lives, for the window and messages: the
	// file's path, or the server and database without the password.
	Location string
	// Postgres is set when the database is on a PostgreSQL server.
	Postgres *postgres.DB
	// SQLite is set when the database is a local file.
	SQLite *sqlite.DB
	close  func() error
}

// Close closes the database.
func (o *Opened) Close() error { return o.close() }

// IsServer reports whether target names a PostgreSQL server.
func IsServer(target string) bool { return postgres.IsDSN(target) }

// Describe returns target as it may be shown: a DSN without its password.
func Describe(target string) string {
	if IsServer(target) {
		return postgres.Redact(target)
	}
	return target
}

// Default returns the target to use when none is given: $CLAIMDESK_DB (a
// path or a postgres:// URL), else the default file.
func Default() (string, error) { return storage.DefaultDBPath() }

// Open opens target (see the package doc); "" opens Default().
func Open(target string) (*Opened, error) {
	if target == "" {
		t, err := Default()
		if err != nil {
			return nil, claims.Errorf(claims.EINVALID, "%v", err)
		}
		target = t
	}
	if IsServer(target) {
		db, err := postgres.Open(target)
		if err != nil {
			return nil, err
		}
		return &Opened{Services: db.Services(), Location: db.Location(), Postgres: db, close: db.Close}, nil
	}
	db, err := sqlite.Open(target)
	if err != nil {
		return nil, err
	}
	svc := db.Services()
	svc.Watch = db.Watcher() // claimctl or a second window writing to the same file
	return &Opened{Services: svc, Location: db.Path(), SQLite: db, close: db.Close}, nil
}
