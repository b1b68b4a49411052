package main

import (
	"claimdesk/claims"
	"claimdesk/storage/backend"
)

func init() { openFunc = openBackend }

// openBackend opens the database that target names: a postgres:// URL (the
// shared server), else the path of a local SQLite file; "" opens
// $CLAIMDESK_DB or the default file.
func openBackend(target string) (*claims.Services, func() error, error) {
	db, err := backend.Open(target)
	if err != nil {
		return nil, nil, err
	}
	svc := db.Services
	return &svc, db.Close, nil
}
