package extract

import "testing"

// TestGroupSourceDE checks an unnamed group of experts or critics as the
// subject of a plural verb of opinion, before and after the verb (also
// when another rule first took a word for the speaker), and that
// a declaration ("erklärten … für ungültig"), a noun outside the list and
// "rechnen mit" name nobody.
func TestGroupSourceDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Brücke am Lindenhof könnte bald einstürzen, fürchten Fachleute.":  "Fachleute",
		"Kritiker fürchten eine Verteuerung der Umgehungsstraße.":              "Kritiker",
		"Den Plan halten skandinavische Forscher für zu teuer.":                "skandinavische Forscher",
		"Manche Politiker halten das Fest am Lindenhof für schädlich.":         "Politiker",
		"Bisher warnen Politiker vor zu großem Optimismus.":                    "Politiker",
		"Anschließend erklärten die Behörden die Abstimmung für ungültig.":     "",
		"Die Brücke am Lindenhof könnte bald einstürzen, fürchten Anwohner.":   "",
		"Nach der Wahl rechnen viele Beobachter mit einer langen Hängepartie.": "",
		// a plural in -n alone ("fordern"), after a fronted adverb
		"Zusätzlich fordern die Ökonomen eine Senkung der Steuer auf Heizöl.": "Ökonomen",
		"Zusätzlich bemängeln Verbraucherschützer die Gebühr von 9 Euro.":     "Verbraucherschützer",
		// a compound of a group noun; "halten" without "für" takes no view
		"Umweltverbände sehen den Plan für 40 neue Straßen kritisch.":            "Umweltverbände",
		"Die Brücke am Lindenhof könnte bald einstürzen, fürchten Baufachleute.": "Baufachleute",
		"Allerdings hielten die Behörden das Versprechen von 2019 nicht ein.":    "",
		// a group noun is no first name of "Experten Kritik"
		"Der Schritt rief bei Virologen Kritik hervor. Virologen warnen vor dem Druck auf 40 Labore.": "Virologen",
	})
}
