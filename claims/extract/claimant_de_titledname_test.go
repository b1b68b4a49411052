package extract

import "testing"

// TestTitledNameDE checks that a noun of office or trade the role lexicon
// does not know, written right before a full name, makes a later use of
// the same noun that person: after a definite article, in the genitive
// and after a place's Saxon genitive; not another man named in between.
func TestTitledNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Mannschaft von Landestrainer Arne Wittkamp verlor am Sonntag knapp. Den Ausgleich erzielte Malte Grünholz. Der Landestrainer kündigte nach dem Spiel an, die Aufstellung zu ändern.": "Arne Wittkamp",
		"Ortsvorsteher Arne Wittkamp eröffnete am Morgen den Markt. Malte Grünholz verkaufte dort Äpfel. Nach Worten des Ortsvorstehers soll der Markt jede Woche stattfinden.":                   "Arne Wittkamp",
		"Im Bericht des Haldener Kreisarztes Arne Wittkamp stehen neue Zahlen. Am Abend sprach auch Malte Grünholz. Haldens Kreisarzt warnte vor zu frühen Lockerungen.":                          "Arne Wittkamp",
	})
}
