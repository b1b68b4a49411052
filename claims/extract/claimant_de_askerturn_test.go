package extract

import (
	"strings"
	"testing"
)

// TestAskerTurnDE checks that a paragraph the asker of an interview opens
// with the paper's label ("SZ:", "ZEIT ONLINE:", "taz:") and that asks a
// question keeps no speaker carried over from the answer before it, while
// the answers stay the guest's and a paragraph opened by "Und:" is the
// author's as before.
func TestAskerTurnDE(t *testing.T) {
	const interview = "„Die zweite Welle ist längst da“\n\n" +
		"Der Virologe Martin Keller über steigende Zahlen und die Schulen.\n\n" +
		"LABEL: Herr Keller, die Zahl der Neuinfektionen hat sich verdoppelt. Sind wir mitten in der zweiten Welle?\n\n" +
		"Keller: Ja, das muss man so sagen. Wir sehen in fast allen Landkreisen einen Anstieg. Die Ämter kommen nicht mehr hinterher.\n\n" +
		"LABEL: Die Länder wollen die Schulen offen halten. Ist das richtig?\n\n" +
		"Keller: Kinder stecken sich seltener an. Bei älteren Schülern ist das anders.\n"
	for _, label := range []string{"SZ", "ZEIT ONLINE", "taz"} {
		units := Extract(strings.ReplaceAll(interview, "LABEL", label), Options{Lang: "de"})
		for _, u := range units {
			asker := strings.HasPrefix(u.Text, label+":") || strings.HasPrefix(u.Text, "Sind wir") || strings.HasPrefix(u.Text, "Ist das")
			switch {
			case asker && u.Claimant != "":
				t.Errorf("%s: %q: claimant %q, want none", label, u.Text, u.Claimant)
			case strings.HasPrefix(u.Text, "Wir sehen") || strings.HasPrefix(u.Text, "Bei älteren"):
				if u.Claimant != "Martin Keller" {
					t.Errorf("%s: %q: claimant %q, want Martin Keller", label, u.Text, u.Claimant)
				}
			}
		}
	}
	checkLast(t, "de", map[string]string{
		"Eva Roth sagte: „Wir helfen.“\n\nUnd: Wie viel Nähe ist erlaubt? Roth kann das nicht verstehen. Es habe doch Telefone gegeben.": "Eva Roth",
	})
}
