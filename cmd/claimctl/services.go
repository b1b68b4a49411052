package main

import (
	"claimdesk/claims"
)

// openFunc opens the storage services for a database path. It is set by
// db.go, which is the only file that knows which backend is in use.
var openFunc func(path string) (*claims.Services, func() error, error)

// services opens the database on first use and returns its services.
func (e *env) services() (*claims.Services, error) {
	if e.svc != nil {
		return e.svc, nil
	}
	if openFunc == nil {
		return nil, claims.Errorf(claims.EINTERNAL, "no storage backend is built in")
	}
	svc, closeFn, err := openFunc(e.dbPath)
	if err != nil {
		return nil, err
	}
	e.svc, e.closeFn = svc, closeFn
	return svc, nil
}

func (e *env) close() {
	if e.closeFn != nil {
		_ = e.closeFn()
		e.closeFn, e.svc = nil, nil
	}
}
