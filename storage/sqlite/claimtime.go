package sqlite

import (
	"database/sql/driver"
	"encoding/binary"
	"fmt"
	"math"
	"time"

	"claimdesk/storage/internal/sqlstore"

	"modernc.org/sqlite"
)

// A claim's created_at and updated_at are stored in 8 bytes (0009_compact.sql):
// nanoseconds since 1970 in UTC as a blob that sorts as the times do (big
// endian, sign bit flipped; a blob, since the columns' TEXT affinity would
// turn an integer into text). The zero time is the smallest (it sorted first
// as "" before); a time an int64 cannot hold in nanoseconds (before 1678 or
// after 2262) stays RFC 3339 text as before, which SQLite sorts before
// every blob.
//
//	claimdesk_time(text)         the stored form of a time written as text
//	claimdesk_time_text(stored)  the time as RFC 3339 text again
func init() {
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_time", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			return claimTimeFromText(args[0]), nil
		})
	sqlite.MustRegisterDeterministicScalarFunction("claimdesk_time_text", 1,
		func(_ *sqlite.FunctionContext, args []driver.Value) (driver.Value, error) {
			return claimTimeText(args[0]), nil
		})
}

// zeroClaimTime stands for the zero time.
const zeroClaimTime = math.MinInt64

// claimTime is the stored form of a claim's time t.
func claimTime(t time.Time) any {
	if t.IsZero() {
		return nanosBlob(zeroClaimTime)
	}
	n := t.UnixNano()
	if n == zeroClaimTime || !time.Unix(0, n).Equal(t) {
		return sqlstore.FmtTime(t)
	}
	return nanosBlob(n)
}

// nanosBlob is the 8-byte form of n, in the order of the numbers.
func nanosBlob(n int64) []byte {
	return binary.BigEndian.AppendUint64(nil, uint64(n)^(1<<63))
}

// timeOfBlob is the time stored as b, a nanosBlob.
func timeOfBlob(b []byte) time.Time {
	n := int64(binary.BigEndian.Uint64(b) ^ (1 << 63))
	if n == zeroClaimTime {
		return time.Time{}
	}
	return time.Unix(0, n).UTC()
}

// parseClaimTime reads a stored claim time: 8 bytes, or text.
func parseClaimTime(v any) (time.Time, error) {
	switch x := v.(type) {
	case []byte:
		if len(x) == 8 {
			return timeOfBlob(x), nil
		}
	case string:
		return sqlstore.ParseTime(x)
	}
	return time.Time{}, fmt.Errorf("stored time %v of type %T", v, v)
}

// claimTimeText is a stored claim time v as RFC 3339 text.
func claimTimeText(v any) any {
	if b, ok := v.([]byte); ok && len(b) == 8 {
		return sqlstore.FmtTime(timeOfBlob(b))
	}
	return v
}

// claimTimeFromText is the stored form of a time given as RFC 3339 text;
// anything else (stored already, text that is no time) stays as it is.
func claimTimeFromText(v any) any {
	s, ok := v.(string)
	if !ok {
		return v
	}
	t, err := sqlstore.ParseTime(s)
	if err != nil {
		return v
	}
	return claimTime(t)
}

// isClaimTime reports whether col of table holds a claim time.
func isClaimTime(table, col string) bool {
	return table == "claims" && (col == "created_at" || col == "updated_at")
}

// isClaimList reports whether col of table holds a claim's kinds or
// reasons (stored "" for none, see jsonList).
func isClaimList(table, col string) bool {
	return table == "claims" && (col == "kinds" || col == "reasons")
}

// CopyOut turns the value v of column col of table, as read from a SQLite
// database, into the form both backends share (times as RFC 3339 text, an
// empty list as "[]").
func CopyOut(table, col string, v any) any {
	switch {
	case isClaimTime(table, col):
		return claimTimeText(v)
	case isClaimList(table, col) && v == "":
		return "[]"
	}
	return v
}

// CopyIn turns a value in the shared form into what column col of table
// stores in a SQLite database.
func CopyIn(table, col string, v any) any {
	switch {
	case isClaimTime(table, col):
		return claimTimeFromText(v)
	case isClaimList(table, col) && v == "[]":
		return ""
	}
	return v
}
