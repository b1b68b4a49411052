package extract

import "testing"

// TestBackReference checks that a sentence whose source the next
// sentence names ("Das teilte … mit", "Das geht aus … hervor", "Zu diesem
// Ergebnis kommt …") gets that source, and that a sentence in another
// line, or before a sentence of another form, does not.
func TestBackReference(t *testing.T) {
	cases := map[string]string{
		"Die Stadtwerke Kalben erhöhen den Strompreis um 8 Prozent. Das teilte das Unternehmen am Mittwoch mit.":                "Stadtwerke Kalben",
		"Der Umsatz stieg um 8 Prozent. Dies sagte Geschäftsführer Uwe Pahl am Mittwoch.":                                       "Uwe Pahl",
		"Die Brücke bleibt bis Mai gesperrt. Das gab die Stadtverwaltung Obernau am Freitag bekannt.":                           "Stadtverwaltung Obernau",
		"Drei Schulen in Kalben gewannen den Preis. Das ruft Neider auf den Plan.":                                              "",
		"Der Umsatz stieg um 8 Prozent. Das meldete die Zeitung Kalbener Bote.":                                                 "Kalbener Bote",
		"Der Umsatz stieg um 8 Prozent.\nDas teilte die Geschäftsführung am Mittwoch mit.":                                      "",
		"Der Umsatz stieg um 8 Prozent. Das Ergebnis nannte Geschäftsführer Uwe Pahl am Mittwoch enttäuschend.":                 "",
		"Die Zahl der Pendler sank um 9 Prozent. Das geht aus einer Antwort des Verkehrsministeriums hervor.":                   "Verkehrsministerium",
		"Die Zahl der Pendler sank um 9 Prozent. Das geht aus einer Antwort des Verkehrsministeriums hervor, die uns vorliegt.": "Verkehrsministerium",
		"Die Zahl der Pendler sank um 9 Prozent. Dies teilte der Sprecher des Kreises, Uwe Pahl, mit.":                          "Uwe Pahl",
		"Die Zahl der Pendler sank um 9 Prozent. Zu diesem Ergebnis kommt eine Studie des Verkehrsclubs Kalben.":                "Verkehrsclub Kalben",
		"Jeder dritte Pendler fährt Rad. Das ergab eine Umfrage des Verkehrsclubs Kalben.":                                      "Verkehrsclub Kalben",
		"Jeder dritte Pendler fährt Rad. Das zeigen Zahlen des Landesamts für Statistik.":                                       "Landesamt für Statistik",
		"Jeder dritte Pendler fährt Rad. Das zeigt, wie gut die Wege sind.":                                                     "",
		"Die Zahl der Pendler sank um 9 Prozent. Das geht aus der Statistik nicht hervor, sagte Uwe Pahl.":                      "",
	}
	en := map[string]string{
		"Electricity prices in Kalben will rise by 8 percent. That is according to the city utility.":     "city utility",
		"The firm cut 240 jobs last year. That's according to chief executive Laura Mendez.":              "Laura Mendez",
		"The firm cut 240 jobs last year. This is what chief executive Laura Mendez told shareholders.":   "Laura Mendez",
		"The firm cut 240 jobs last year.\nThat is according to chief executive Laura Mendez.":            "",
		"The firm cut 240 jobs last year. That is a lot, chief executive Laura Mendez told shareholders.": "",
	}
	check := func(lang string, cases map[string]string) {
		for text, want := range cases {
			units := Extract(text, Options{Lang: lang})
			if len(units) != 2 {
				t.Fatalf("%q: %d units", text, len(units))
			}
			if got := units[0].Claimant; got != want {
				t.Errorf("%q: first claimant %q, want %q", text, got, want)
			}
		}
	}
	check("de", cases)
	check("en", en)
}
