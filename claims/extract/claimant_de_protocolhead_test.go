package extract

import "testing"

// TestProtocolHeadlineDE checks that a German text opening with a quotation
// alone gives that headline the person its lead names first by a full name
// (also after an office noun), in the units and as the rules' candidate of
// the chooser's trace, and that no one is given when the lead names a noun
// phrase the register takes for a name, or no person at all.
func TestProtocolHeadlineDE(t *testing.T) {
	for text, want := range map[string]string{
		"„Wir bleiben trotzdem offen“\n\nDie Wirtin Lena Brandt führt seit zwölf Jahren ein Gasthaus am Ufer der Wern. Der Winter war hart.":        "Lena Brandt",
		"„Die Geräte reichen nicht“\n\nSeit März fehlen Masken. Stationsarzt Henrik Olberg aus Talheim schildert, wie seine Klinik plant.":          "Henrik Olberg",
		"„Die Geräte reichen nicht“\n\nSeit März fehlen Masken. Wiesenfelds Stationsarzt berichtet, wie die Klinik in Talheim plant.":               "",
		"„Wir bleiben trotzdem offen“\n\nIm Gasthaus am Ufer der Wern wird seit zwölf Jahren gekocht. Der Winter war hart.":                         "",
		"Das Gasthaus bleibt offen\n\nDie Wirtin Lena Brandt führt seit zwölf Jahren ein Gasthaus am Ufer der Wern. „Wir bleiben offen“, sagt sie.": "",
	} {
		if got := claimantsOf(text, "de")[0]; got != want {
			t.Errorf("%q: headline claimant %q, want %q", text, got, want)
		}
	}
	units := ClaimantCandidates("„Wir bleiben trotzdem offen“\n\nDie Wirtin Lena Brandt führt seit zwölf Jahren ein Gasthaus am Ufer der Wern.", Options{Lang: "de"})
	found := false
	for i, n := range units[0].Names {
		found = found || n == "Lena Brandt" && units[0].X[i][cfRules] > 0
	}
	if !found {
		t.Errorf("trace of the headline: %q, want Lena Brandt as the rules' candidate", units[0].Names)
	}
}
