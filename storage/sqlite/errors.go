package sqlite

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel causes of the errors Open returns for files it refuses; test with
// errors.Is. The *claims.Error around them carries the message for a person.
var (
	ErrNewerSchema  = errors.New("database schema is newer than this build")
	ErrNotClaimdesk = errors.New("not a Claimdesk database")
	ErrCorrupt      = errors.New("database file is damaged")
	// ErrReadOnly: the file or its folder cannot be written (CheckFile
	// still checks such a database).
	ErrReadOnly = errors.New("database file or folder is read-only")
)

// dbErr turns an error from a service method into a *claims.Error. It is the
// one place where SQLite result codes become domain codes. what says what
// was being done, as in "save the claim".
func dbErr(err error, what string) error {
	if err == nil || sqlstore.IsClaimsError(err) {
		return err
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return claims.Internal(err, fmt.Sprintf("Could not %s: the operation was cancelled.", what))
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		if e := sqlstore.FaultError(constraintFault(se), err, what); e != nil {
			return e
		}
		switch se.Code() {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_BUSY_SNAPSHOT, sqlite3.SQLITE_LOCKED:
			return claims.Internal(err, fmt.Sprintf("Could not %s: the database is busy; try again in a moment.", what))
		case sqlite3.SQLITE_FULL:
			return claims.Internal(err, fmt.Sprintf("Could not %s: the disk is full.", what))
		case sqlite3.SQLITE_READONLY:
			return claims.Internal(err, fmt.Sprintf("Could not %s: the database file is read-only.", what))
		}
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB:
			return &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(ErrCorrupt, err),
				Message: fmt.Sprintf("Could not %s: the database file is damaged. Restore a backup and run the integrity check.", what)}
		case sqlite3.SQLITE_IOERR:
			return claims.Internal(err, fmt.Sprintf("Could not %s: reading or writing the database file failed.", what))
		}
	}
	return claims.Internal(err, fmt.Sprintf("Could not %s.", what))
}

// constraintFault is the kind of a constraint failure se, if it is one.
func constraintFault(se *sqlite.Error) sqlstore.Fault {
	switch se.Code() {
	case sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY:
		return sqlstore.Duplicate
	case sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY:
		return sqlstore.Dangling
	case sqlite3.SQLITE_CONSTRAINT_NOTNULL, sqlite3.SQLITE_CONSTRAINT_CHECK:
		return sqlstore.NotAllowed
	case sqlite3.SQLITE_CONSTRAINT_TRIGGER:
		if strings.Contains(se.Error(), "history events") {
			return sqlstore.AppendOnly
		}
	}
	return sqlstore.OtherFault
}

// openErr describes an error met while opening the file at path.
func openErr(path string, err error) error {
	var ce *claims.Error
	if errors.As(err, &ce) {
		return err
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_NOTADB:
			return &claims.Error{Code: claims.EINVALID, Err: errors.Join(ErrNotClaimdesk, err),
				Message: fmt.Sprintf("%s is not a Claimdesk database. It was left untouched; choose another file.", path)}
		case sqlite3.SQLITE_CORRUPT:
			return &claims.Error{Code: claims.EINVALID, Err: errors.Join(ErrCorrupt, err),
				Message: fmt.Sprintf("The database %s is damaged and was not opened; it was left untouched. Restore a backup from the backups folder beside it.", path)}
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM:
			return &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(ErrReadOnly, err),
				Message: fmt.Sprintf("Cannot open the database %s: check that the file and its folder can be read and written.", path)}
		case sqlite3.SQLITE_READONLY:
			return &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(ErrReadOnly, err),
				Message: fmt.Sprintf("Cannot open the database %s: it is read-only.", path)}
		case sqlite3.SQLITE_BUSY:
			return claims.Internal(err, fmt.Sprintf("Cannot open the database %s: another program holds it locked.", path))
		}
	}
	return claims.Internal(err, fmt.Sprintf("Cannot open the database %s.", path))
}
