package app

import (
	"strings"
	"testing"
	"time"

	"claimdesk/claims"
)

// TestHistoryPairEventsInGerman checks that the Verlauf tab shows the
// sides of a dismissal taken back in German: storage writes them in
// English ("dismissed as not the same by …", "claim ID"), and the German
// window showed them so.
func TestHistoryPairEventsInGerman(t *testing.T) {
	t.Cleanup(func() { switchLanguage("") })
	switchLanguage("de")
	h := &historyPane{}
	ev := &claims.Event{Field: claims.FieldUndismissed,
		Old: "dismissed as not the same by Lea Test at 2026-12-06 11:50 UTC",
		New: "claim 01a24b1e-5f42-7039-b293-59b6103b8ad7"}
	got := h.describe(ev)
	at := formatTime(time.Date(2026, 12, 6, 11, 50, 0, 0, time.UTC))
	want := "Verwerfen zurückgenommen: als „nicht dieselbe“ verworfen von Lea Test, " + at +
		" → Behauptung 01a24b1e-5f42-7039-b293-59b6103b8ad7"
	if got != want {
		t.Errorf("describe:\n got %q\nwant %q", got, want)
	}
	rec := h.describe(&claims.Event{Field: claims.FieldLinked, New: `record r1: https://example.org/x (archive "A", P)`})
	if strings.Contains(rec, "record ") || !strings.Contains(rec, "Archiveintrag r1: https://example.org/x") {
		t.Errorf("linked record shown as %q", rec)
	}
	if v := pairValue("something else"); v != "something else" {
		t.Errorf("an unknown value changed: %q", v)
	}
}
