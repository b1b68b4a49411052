package extract

import "testing"

// TestClaimedOrgDE checks that a general noun for an organisation refers
// to the organisation claimed just before when its name has the form of
// one, and not to a person, a public body or a body named with that noun.
func TestClaimedOrgDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die IG Holz kündigte Widerstand an. Die Gewerkschaft wirft dem Vorstand vor, 300 Stellen zu streichen.":           "IG Holz",
		"Kritik kam von der Nordischen Talhilfe. Der Verband wirft der Stadt vor, 300 Bäume zu fällen.":                    "Nordische Talhilfe",
		"Eva Roth kündigte Widerstand an. Die Partei fordert 3 Milliarden Euro.":                                           "Partei",
		"Die Regierung Velderns sieht das anders. Die Organisation bezweifelt, dass 300 Stellen entstehen.":                "Organisation",
		"Der Fährverband Nord meldete Verluste. Die Grüne Talhilfe kritisierte das. Der Verband fordert 3 Millionen Euro.": "Fährverband Nord",
	})
}
