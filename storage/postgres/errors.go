package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"claimdesk/claims"
	"claimdesk/storage/internal/sqlstore"

	"github.com/jackc/pgx/v5/pgconn"
)

// Sentinel causes of the errors Open returns for databases it refuses; test
// with errors.Is. The *claims.Error around them carries the message.
var (
	ErrNewerSchema  = errors.New("database schema is newer than this build")
	ErrNotClaimdesk = errors.New("not a Claimdesk database")
	// ErrServerGone marks an error caused by a server that cannot be
	// reached; it is claims.ErrUnavailable, which the window knows.
	ErrServerGone = claims.ErrUnavailable
)

// retryable reports whether err is a lost race with another transaction
// (serialization failure, deadlock) that running again may win.
func retryable(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && (pe.Code == "40001" || pe.Code == "40P01")
}

// The window's words for a server lost during an operation: without what
// was being done, which the window's own message says (the Message keeps it,
// for claimctl and the log). They are message keys (errors.*.json).
const (
	msgUnreachable    = "The database server cannot be reached. Nothing was saved; check the network and try again."
	msgNoAnswerInTime = "The database server did not answer in time; check the network and try again."
)

// dbErr turns an error from a service method into a *claims.Error. It is the
// one place where PostgreSQL error codes become domain codes. what says what
// was being done, as in "save the claim".
func dbErr(err error, what string) error {
	if err == nil || sqlstore.IsClaimsError(err) {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err) {
		return &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(ErrServerGone, err),
			Message: fmt.Sprintf("Could not %s: the database server did not answer in time; check the network and try again.", what),
			Format:  msgNoAnswerInTime}
	}
	if errors.Is(err, context.Canceled) {
		return claims.Internal(err, fmt.Sprintf("Could not %s: the operation was cancelled.", what))
	}
	if gone(err) {
		return &claims.Error{Code: claims.EINTERNAL, Err: errors.Join(ErrServerGone, err),
			Message: fmt.Sprintf("Could not %s: the database server cannot be reached. Nothing was saved; check the network and try again.", what),
			Format:  msgUnreachable}
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		if e := sqlstore.FaultError(constraintFault(pe), err, what); e != nil {
			return e
		}
		switch {
		case retryable(err):
			return claims.Internal(err, fmt.Sprintf("Could not %s: the server is busy with other checkers' changes; try again in a moment.", what))
		case pe.Code == "53100":
			return claims.Internal(err, fmt.Sprintf("Could not %s: the database server's disk is full.", what))
		case pe.Code == "25006":
			return claims.Internal(err, fmt.Sprintf("Could not %s: the database is read-only for this login.", what))
		case strings.HasPrefix(pe.Code, "42501"):
			return claims.Internal(err, fmt.Sprintf("Could not %s: this login may not change the database.", what))
		}
		return claims.Internal(err, fmt.Sprintf("Could not %s.", what))
	}
	return claims.Internal(err, fmt.Sprintf("Could not %s.", what))
}

// constraintFault is the kind of a constraint failure pe, if it is one.
func constraintFault(pe *pgconn.PgError) sqlstore.Fault {
	switch {
	case pe.Code == "23505":
		return sqlstore.Duplicate
	case pe.Code == "23503":
		return sqlstore.Dangling
	case pe.Code == "23502" || pe.Code == "23514" || pe.Code == "22P02" || pe.Code == "22021":
		return sqlstore.NotAllowed
	case pe.Code == "23000" && strings.Contains(pe.Message, "append-only"):
		return sqlstore.AppendOnly
	}
	return sqlstore.OtherFault
}

// gone reports whether err says the connection to the server failed rather
// than the server refusing a statement.
func gone(err error) bool {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return strings.HasPrefix(pe.Code, "08") || pe.Code == "57P01" || pe.Code == "57P02" || pe.Code == "57P03"
	}
	return pgconn.SafeToRetry(err) || pgconn.Timeout(err) || isConnErr(err)
}

// isConnErr recognises connection failures that pgx does not type.
func isConnErr(err error) bool {
	msg := err.Error()
	for _, s := range []string{"connection refused", "failed to connect", "broken pipe", "connection reset", "unexpected EOF", "conn closed", "bad connection", "no such host", "i/o timeout"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// redactErr returns the text of err with the DSN's password replaced.
func redactErr(err error, dsn string) string {
	msg := err.Error()
	if i := strings.Index(dsn, "://"); i >= 0 {
		rest := dsn[i+3:]
		if at := strings.LastIndex(rest, "@"); at >= 0 {
			if colon := strings.Index(rest[:at], ":"); colon >= 0 && colon+1 < at {
				msg = strings.ReplaceAll(msg, rest[colon+1:at], "xxxxx")
			}
		}
	}
	return msg
}
