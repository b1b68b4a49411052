package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"claimdesk/storage/backend"
)

// checkDBFolder refuses a database file, named by --db, $CLAIMDESK_DB or
// migrate --to, whose folder does not exist: opening it would create the
// folder and a new, empty database there, so that a mistyped path showed
// "No claims match." instead of an error. The default file's folder (none
// of them given) is still created. A postgres:// URL is not checked.
func checkDBFolder(flagName, target string) error {
	if target == "" || backend.IsServer(target) {
		return nil
	}
	dir := filepath.Dir(target)
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return usagef("the folder %s of %s %s does not exist; create it first or check the path", dir, flagName, target)
	case err != nil:
		return usagef("the folder %s of %s %s cannot be used: %v", dir, flagName, target, errors.Unwrap(err))
	case !fi.IsDir():
		return usagef("%s of %s %s is a file, not a folder", dir, flagName, target)
	}
	return nil
}

// checkDBExists refuses a database file that does not exist, for a
// database that is only read (migrate --from): opening it would create an
// empty one and copy nothing.
func checkDBExists(flagName, target string) error {
	if backend.IsServer(target) {
		return nil
	}
	if err := checkDBFolder(flagName, target); err != nil {
		return err
	}
	if _, err := os.Stat(target); errors.Is(err, fs.ErrNotExist) {
		return usagef("%s %s does not exist; nothing to copy", flagName, target)
	}
	return nil
}

// checkDBFlag refuses --db "" given on purpose (a script's unset
// variable): without a path claimctl would open the default database, the
// person's own desk, instead of the one the script meant.
func checkDBFlag(set bool, target string) error {
	if set && strings.TrimSpace(target) == "" {
		return usagef("--db needs a path (leave --db out for the default database)")
	}
	return nil
}

// dbFlag is the --db flag of every command: it sets the env's path and
// records that --db was given (checkDBFlag).
type dbFlag struct{ e *env }

// String returns the database path set so far.
func (f dbFlag) String() string {
	if f.e == nil {
		return ""
	}
	return f.e.dbPath
}

// Set sets the env's database path to s and records that --db was given.
func (f dbFlag) Set(s string) error {
	f.e.dbPath, f.e.dbSet = s, true
	return nil
}
