package report

import (
	"testing"
	"time"

	"claimdesk/claims"
)

// TestAnchorEventInGerman: a German report's history shows where a claim
// stood by its quote and says in German that its article was deleted; it
// printed the stored anchor as JSON and "article deleted" in English.
func TestAnchorEventInGerman(t *testing.T) {
	e := &claims.Event{At: time.Date(2026, 12, 5, 7, 32, 0, 0, time.UTC), Actor: "Anna", Field: claims.FieldAnchor,
		Old: `{"start":30,"end":67,"exact":"Die Brücke kostete 12 Millionen Euro"}`, New: "article deleted"}
	got := eventItem(e, nil, labelsDE, time.UTC).Text
	want := "Position: „Die Brücke kostete 12 Millionen Euro“ → Artikel gelöscht"
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	e.New = "detached: the quote no longer occurs in the article"
	if got := eventItem(e, nil, labelsEN, time.UTC).Text; got != "position: “Die Brücke kostete 12 Millionen Euro” → quote no longer in the article" {
		t.Errorf("English: %q", got)
	}
}
