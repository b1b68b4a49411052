package sqlite

import (
	"database/sql/driver"

	"github.com/google/uuid"
	"modernc.org/sqlite"
)

// claimdesk_ref(id) is the key the index claims_article (0009_compact.sql)
// holds for a claim's article ID: the 16 bytes of a UUID in its canonical
// text form (as Claimdesk writes every ID) instead of its 36 characters,
// anything else as it is. Two IDs have the same key only if they are the
// same text, since a blob never equals a text; queries compare both anyway.
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_ref", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			return refKey(args[0]), nil
		})
}

// refKey is claimdesk_ref's value for v.
func refKey(v any) any {
	s, ok := v.(string)
	if !ok || len(s) != 36 {
		return v
	}
	u, err := uuid.Parse(s)
	if err != nil || u.String() != s {
		return v
	}
	return u[:]
}
