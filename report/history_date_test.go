package report

import (
	"testing"
	"time"

	"claimdesk/claims"
)

// TestClaimDateEventAsDate: a report's history writes a changed claim date
// as the report writes dates elsewhere; it printed the stored form
// ("Datum: – → 2026-12-05T00:00:00Z", walk26). A date at midnight UTC is
// that day in any zone.
func TestClaimDateEventAsDate(t *testing.T) {
	e := &claims.Event{At: time.Date(2026, 12, 5, 15, 14, 0, 0, time.UTC), Actor: "Anna", Field: claims.FieldClaimDate,
		Old: "", New: "2026-12-05T00:00:00Z"}
	berlin := time.FixedZone("CET", 3600)
	newYork := time.FixedZone("EST", -5*3600)
	if got, want := eventItem(e, nil, labelsDE, berlin).Text, "Datum: – → 5. Dezember 2026"; got != want {
		t.Errorf("German: got %q, want %q", got, want)
	}
	e.Old = "2026-11-30T00:00:00Z"
	if got, want := eventItem(e, nil, labelsEN, newYork).Text, "claim date: 30 November 2026 → 5 December 2026"; got != want {
		t.Errorf("English: got %q, want %q", got, want)
	}
	e.New = "not a date"
	if got, want := eventItem(e, nil, labelsEN, time.UTC).Text, "claim date: 30 November 2026 → not a date"; got != want {
		t.Errorf("a value that is no date: got %q, want %q", got, want)
	}
}
