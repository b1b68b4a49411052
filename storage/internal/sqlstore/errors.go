package sqlstore

import (
	"errors"
	"fmt"

	"claimdesk/claims"
)

// Fault is the kind of a statement's failure that both backends describe
// alike; each backend maps its own error codes to it.
type Fault int

const (
	// OtherFault is none of the kinds below.
	OtherFault Fault = iota
	// Duplicate: a unique or primary key refused a second record.
	Duplicate
	// Dangling: a foreign key refused a reference to a missing record, or
	// the removal of a record still referred to.
	Dangling
	// NotAllowed: a value is missing or not allowed (NOT NULL, CHECK).
	NotAllowed
	// AppendOnly: the history's triggers refused a change to an event.
	AppendOnly
)

// IsClaimsError reports whether err is already a *claims.Error, which a
// backend's error translation passes on as it is.
func IsClaimsError(err error) bool {
	var ce *claims.Error
	return errors.As(err, &ce)
}

// FaultError is the claims error for err, a failure of kind f met while
// doing what ("save the claim"); nil for OtherFault.
func FaultError(f Fault, err error, what string) error {
	switch f {
	case Duplicate:
		return &claims.Error{Code: claims.ECONFLICT, Err: err,
			Message: fmt.Sprintf("Could not %s: a record with the same identity already exists.", what)}
	case Dangling:
		return &claims.Error{Code: claims.ECONFLICT, Err: err,
			Message: fmt.Sprintf("Could not %s: it refers to a record that does not exist, or other records still refer to it.", what)}
	case NotAllowed:
		return &claims.Error{Code: claims.EINVALID, Err: err,
			Message: fmt.Sprintf("Could not %s: a value is missing or not allowed.", what)}
	case AppendOnly:
		return &claims.Error{Code: claims.ECONFLICT, Err: err,
			Message: fmt.Sprintf("Could not %s: history is append-only.", what)}
	}
	return nil
}
