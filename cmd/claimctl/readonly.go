package main

import (
	"fmt"
	"sort"
	"strings"

	"claimdesk/claims"
)

// readCommands are the commands that only read the database. When the
// database cannot be written (a file in a read-only folder or mount),
// they open it read-only (openReadOnly) and work; every other command,
// which may write, stops before it starts with one line (readOnlyRefusal)
// and changes nothing. check has its own read-only path (runCheck).
var readCommands = map[string]bool{
	"archive list": true, "article show": true, "article suggest": true, "articles": true,
	"claim show": true, "claims": true, "export": true, "history": true, "match": true,
	"scales": true, "search": true, "sources": true,
}

// readOnlyLocation and openReadOnlyDB, when set (db.go), serve a
// database that could not be opened because it cannot be written:
// readOnlyLocation tells from the open error whether that was why (ok)
// and which file it is (target "" is the default one); openReadOnlyDB
// opens that file for reading only.
var (
	readOnlyLocation func(target string, openErr error) (location string, ok bool)
	openReadOnlyDB   func(location string) (*claims.Services, func() error, error)
)

// readOnlyFallback handles openErr of a database that cannot be written:
// a command of readCommands gets it opened read-only, any other one an
// error of one line saying that nothing was changed and which commands
// still work. handled is false for other open errors.
func (e *env) readOnlyFallback(openErr error) (svc *claims.Services, closeFn func() error, handled bool, err error) {
	if readOnlyLocation == nil || openReadOnlyDB == nil || e.command == "check" { // check: readOnlyCheck
		return nil, nil, false, nil
	}
	location, ok := readOnlyLocation(e.dbPath, openErr)
	if !ok {
		return nil, nil, false, nil
	}
	if !e.reads {
		return nil, nil, true, readOnlyRefusal(location)
	}
	svc, closeFn, err = openReadOnlyDB(location)
	return svc, closeFn, true, err
}

// readOnlyRefusal is the error of a command that may write, on a
// database that cannot be written.
func readOnlyRefusal(location string) error {
	names := make([]string, 0, len(readCommands))
	for n := range readCommands {
		names = append(names, n)
	}
	sort.Strings(names)
	return &exitError{code: 1, msg: fmt.Sprintf("the database %s cannot be written (the file or its folder is read-only); nothing was changed. "+
		"Commands that only read it still work: %s, check.", location, strings.Join(names, ", "))}
}
