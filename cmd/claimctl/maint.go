package main

import (
	"context"
	"fmt"
)

// init registers backup and check.
func init() {
	register(&command{name: "backup", summary: "make a backup of the database now; prints its path", run: runBackup})
	register(&command{name: "check", summary: "run the integrity check (exit status 1 when it fails)", run: runCheck})
}

// runBackup runs "backup": it makes a backup of the database and prints
// its path.
func runBackup(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "backup", "", "Writes a consistent copy of the database next to it (the newest few are kept)\nand prints the copy's path.")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil {
		return err
	}
	path, err := svc.Maintenance.Backup(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, path)
	return nil
}

// readOnlyCheck, when set (db.go), checks a database that could not be
// opened because it is read-only; handled is false for other open errors.
var readOnlyCheck func(ctx context.Context, path string, openErr error) (location string, handled bool, err error)

// runCheck runs "check": it runs the integrity checks and lists the pairs
// both linked and dismissed.
func runCheck(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "check", "", "Runs the integrity checks of the database and lists, one line each, pairs both\nlinked as the same claim and dismissed as not the same, with the command that\nresolves each. Exit status 0: all passed; 1: a check failed.")
	if err := parseNoArgs(fs, args); err != nil {
		return err
	}
	svc, err := e.services()
	if err != nil && readOnlyCheck != nil {
		// A file that cannot be written is checked without writing.
		if where, handled, cerr := readOnlyCheck(ctx, e.dbPath, err); handled {
			if cerr != nil {
				return &exitError{code: 1, msg: "check failed: " + errorText(cerr)}
			}
			fmt.Fprintf(e.stdout, "ok: %s passed the integrity check (checked read-only: the file cannot be written)\n", where)
			return nil
		}
	}
	if err != nil {
		// A database that cannot be opened (damaged, not a Claimdesk
		// file) fails the check too.
		return &exitError{code: 1, msg: "check failed: " + errorText(err)}
	}
	if err := svc.Maintenance.Check(ctx); err != nil {
		return &exitError{code: 1, msg: "check failed: " + errorText(err)}
	}
	n, err := checkPairs(ctx, e.stdout, svc)
	if err != nil {
		return &exitError{code: 1, msg: "check failed: " + errorText(err)}
	}
	if n > 0 {
		return &exitError{code: 1, msg: fmt.Sprintf("check failed: %d pair(s) both linked and dismissed, listed above with the command that resolves each", n)}
	}
	fmt.Fprintf(e.stdout, "ok: %s passed the integrity check\n", svc.Maintenance.Location())
	return nil
}
