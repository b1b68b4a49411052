package main

import (
	"context"
	"errors"

	"claimdesk/claims"
	"claimdesk/storage"
	"claimdesk/storage/sqlite"
)

func init() { openFunc, readOnlyCheck = openSQLite, checkSQLiteReadOnly }

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

// checkSQLiteReadOnly checks the database at path (default as openSQLite)
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
