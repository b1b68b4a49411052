package main

import (
	"context"
	"errors"

	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/backend"
	"claimdesk/storage/sqlite"
)

func init() { openFunc, readOnlyCheck = openBackend, checkSQLiteReadOnly }

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

// checkSQLiteReadOnly checks the SQLite database at path (the default file
// when empty)
// without writing when opening it failed because it is read-only (openErr);
// handled is false for other failures.
func checkSQLiteReadOnly(ctx context.Context, path string, openErr error) (location string, handled bool, err error) {
	if !errors.Is(openErr, sqlite.ErrReadOnly) {
		return "", false, nil
	}
	if path == "" {
		if path, err = storage.DefaultDBPath(); err != nil {
			return "", false, nil
		}
	}
	return path, true, sqlite.CheckFile(ctx, path)
}
