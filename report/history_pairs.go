package report

import (
	"strings"
	"time"
)

// pairSide writes one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal taken back) in the report's
// language. Storage writes these sides in English
// (storage/internal/sqlstore/pairs.go): "claim ID", "record ID: URL
// (archive …)", and "dismissed as not the same by NAME at 2006-01-02 15:04
// UTC" for a dismissal removed; anything else stays as stored.
func pairSide(v string, l *labels, loc *time.Location) string {
	if id, ok := strings.CutPrefix(v, "claim "); ok && !strings.ContainsRune(id, ' ') {
		return l.PairClaim + " " + id
	}
	if rest, ok := strings.CutPrefix(v, "record "); ok {
		return l.PairRecord + " " + rest
	}
	if rest, ok := strings.CutPrefix(v, "dismissed as not the same by "); ok {
		if i := strings.LastIndex(rest, " at "); i > 0 {
			by, at := rest[:i], rest[i+len(" at "):]
			if t, err := time.Parse("2006-01-02 15:04 MST", at); err == nil {
				at = l.shortDateTime(t, loc)
			}
			return l.DismissedBy + " " + by + ", " + at
		}
	}
	return v
}
