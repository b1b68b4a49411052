package main

import (
	"context"
	"errors"

	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/backend"
	"claimdesk/storage/sqlite"
)

// init sets the database openers: openBackend, and for a SQLite file that
// cannot be written the read-only check and opener.
func init() {
	openFunc, readOnlyCheck = openBackend, checkSQLiteReadOnly
	readOnlyLocation, openReadOnlyDB = sqliteReadOnly, openSQLiteReadOnly
}

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
// when empty) without writing when opening it failed because it is
// read-only (openErr); handled is false for other failures.
func checkSQLiteReadOnly(ctx context.Context, path string, openErr error) (location string, handled bool, err error) {
	location, handled = sqliteReadOnly(path, openErr)
	if !handled {
		return "", false, nil
	}
	return location, true, sqlite.CheckFile(ctx, location)
}

// sqliteReadOnly reports whether openErr says that the SQLite file target
// (the default file when empty) cannot be written, and returns its path.
func sqliteReadOnly(target string, openErr error) (location string, ok bool) {
	if !errors.Is(openErr, sqlite.ErrReadOnly) {
		return "", false
	}
	if target == "" {
		var err error
		if target, err = storage.DefaultDBPath(); err != nil {
			return "", false
		}
	}
	return target, true
}

// openSQLiteReadOnly opens the SQLite file at path for reading only
// (sqlite.OpenReadOnly): every write is refused.
func openSQLiteReadOnly(path string) (*claims.Services, func() error, error) {
	db, err := sqlite.OpenReadOnly(path)
	if err != nil {
		return nil, nil, err
	}
	svc := db.Services()
	return &svc, db.Close, nil
}
