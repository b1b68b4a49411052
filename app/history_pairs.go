package app

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
)

// pairValue shows one side of a "seen before" history event (linked,
// verdict copied, dismissed, dismissal taken back) in the interface
// language. Storage writes these sides in English
// (storage/internal/sqlstore/pairs.go): "claim ID", "record ID: URL
// (archive …)" for the other side of the pair, and "dismissed as not the
// same by NAME at 2006-01-02 15:04 UTC" for a dismissal removed; anything
// else is shown as stored.
func pairValue(v string) string {
	if id, ok := strings.CutPrefix(v, "claim "); ok && !strings.ContainsRune(id, ' ') {
		return lang.L("Claim") + " " + id
	}
	if rest, ok := strings.CutPrefix(v, "record "); ok {
		return lang.L("archive record") + " " + rest
	}
	if rest, ok := strings.CutPrefix(v, "dismissed as not the same by "); ok {
		if i := strings.LastIndex(rest, " at "); i > 0 {
			by, at := rest[:i], rest[i+len(" at "):]
			if t, err := time.Parse("2006-01-02 15:04 MST", at); err == nil {
				at = formatTime(t)
			}
			return lang.L("dismissed as not the same by") + " " + by + ", " + at
		}
	}
	return v
}
