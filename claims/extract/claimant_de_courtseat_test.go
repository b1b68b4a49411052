package extract

import "testing"

// TestCourtSeatDE checks that "das Gericht" after a court named with its
// seat after "in" is the court with its seat, in the genitive too, and
// that a federal court keeps its name without the seat.
func TestCourtSeatDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Strafsenat des Oberlandesgerichts in Kassel verkündete heute das Urteil. Das Gericht sah es als erwiesen an, dass die Täter Anschläge geplant hatten.": "Oberlandesgericht Kassel",
		"Das Amtsgericht in Talheim hat den Mann verurteilt. Das Gericht sah es als erwiesen an, dass er 40 Autos gestohlen hatte.":                                 "Amtsgericht Talheim",
		"Das Bundesverwaltungsgericht in Leipzig hat die Klage abgewiesen. Das Gericht sah es als erwiesen an, dass die Frist verstrichen war.":                     "Bundesverwaltungsgericht",
	})
}
