package extract

import "testing"

// TestAffiliationDE checks that a person named with the body they belong
// to speaks, before and after the verb, while "von" in a name stays; and
// that after a fronted phrase the subject follows the verb.
func TestAffiliationDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Patrick Kolb vom Arbeitskreis Klima forderte eine neue Prüfung.":   "Patrick Kolb",
		"Mira Kolb von der Firma Lumina sagte, der Markt wachse.":           "Mira Kolb",
		"Der Tierarzt Michael von Lüttwitz sagte, die Hühner seien gesund.": "Michael von Lüttwitz",
	})
	checkLast(t, "de", map[string]string{
		"Als Beispiel nannte die Behörde den Hafen von Lindau.": "Behörde",
		"Am Dienstag meldete das Landratsamt neue Fälle.":       "Landratsamt",
		"In der Runde erzählten sie viel aus ihrem Leben.":      "",
	})
	d := &docState{}
	d.register("Ole Linsen", 'm')
	for in, want := range map[string]string{"Linsen von Lumina": "Linsen", "Ole von Lumina": "Ole von Lumina", "Züchter von Linsen": "Züchter von Linsen"} {
		if got := d.affiliationCutDE(in); got != want {
			t.Errorf("affiliationCutDE(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAffiliatedAfterDescriptionDE checks a person described by a noun
// before the name and placed by a body after it, with a verb of saying
// and a verb of position.
func TestAffiliatedAfterDescriptionDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Forscher Tim Lenz von der Universität Kiel hält das für möglich.": "Tim Lenz",
		"Die Ärztin Eva Kern vom Klinikum Nord sagte, das sei möglich.":        "Eva Kern",
		"Die Universität Kiel hält das für möglich.":                           "Universität Kiel",
	})
}
