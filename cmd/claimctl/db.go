package main

import (
	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/sqlite"
)

func init() { openFunc = openSQLite }

// openSQLite opens the embedded SQLite database at path, or at
// storage.DefaultDBPath() when path is empty.
func openSQLite(path string) (*claims.Services, func() error, error) {
	if path == "" {
		p, err := storage.DefaultDBPath()
		if err != nil {
			return nil, nil, claims.Errorf(claims.EINVALID, "%v", err)
		}
		path = p
	}
	db, err := sqlite.Open(path)
	if err != nil {
		return nil, nil, err
	}
	svc := db.Services()
	return &svc, db.Close, nil
}
