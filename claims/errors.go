package claims

import (
	"errors"
	"fmt"
)

// Error codes. Every error a service returns carries one of them.
const (
	ENOTFOUND = "not_found" // the record does not exist
	EINVALID  = "invalid"   // the input breaks a rule; the message says which
	ECONFLICT = "conflict"  // the change clashes with the stored state
	EINTERNAL = "internal"  // something broke that the user cannot fix
)

// ErrUnavailable is the cause (test with errors.Is) of an EINTERNAL error
// from a backend whose server cannot be reached: nothing was saved, and
// trying again once it is back may succeed.
var ErrUnavailable = errors.New("the database server cannot be reached")

// Error is the one error type of the domain. Message is written for a person
// (in English) and may be shown as it is; Err keeps the underlying cause for
// logs. Format and Args are what Message was made from: an interface can
// look Format up as a message key and fill in Args (with no Args, Format is
// the message itself) to show Message in another language.
type Error struct {
	Code    string
	Message string
	Err     error
	Format  string
	Args    []any
}

// Error implements the error interface.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	return e.Message
}

// Unwrap returns the underlying cause, if any.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Format: format, Args: args}
}

// Internal wraps an unexpected error: the person sees msg, the logs see err.
func Internal(err error, msg string) *Error {
	return &Error{Code: EINTERNAL, Message: msg, Err: err, Format: msg}
}

// ErrorCode returns the code of err: the code of the first *Error in its
// chain, "" for nil, and EINTERNAL for any other error.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the human-readable message of err. Errors that are not
// *Error are reported generically, so internal details never reach the user.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return InternalMessage
}

// InternalMessage is what ErrorMessage says of an error that is not *Error.
const InternalMessage = "An internal error occurred. Details were written to the log."
