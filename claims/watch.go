package claims

import "context"

// Change tells an open window that records changed in the database, made
// by another checker on a shared server, or that the server was lost or
// found again.
type Change struct {
	// Kinds lists the kinds of record that changed (empty with Err, or
	// after a reconnect, when anything may have changed).
	Kinds []RecordKind
	// Err is set while the server cannot be reached: nothing can be loaded
	// or saved until a Change with Err nil arrives.
	Err error
}

// ChangeWatcher is offered by backends that several programs share: the
// PostgreSQL server, and a local file that claimctl or a second window may
// write while the window is open.
type ChangeWatcher interface {
	// WatchChanges calls fn, on a goroutine of its own and at most a few
	// times a second, whenever records were changed by any connection, and
	// when the connection to the server is lost (Err set) or back (Err nil,
	// no Kinds: reload everything). It returns when ctx ends or the
	// database is closed.
	WatchChanges(ctx context.Context, fn func(Change))
}
