package extract

import "testing"

// TestProtocolDE checks that in a text that opens with a quotation alone
// and a lead naming a person, the unquoted first-person units are that
// person's, and so is every unquoted unit after the first of them (not one
// before it, nor a subtitle), and that a name in quotation marks (a café's)
// is no such person.
func TestProtocolDE(t *testing.T) {
	const lead = "„Die Bienen warten nicht“\n\nDie Imkerin Wiebke Sandholt betreut vierzig Völker am Stadtrand von Lüneburg. Im Frühjahr fehlten ihr alle Helfer. Ein Protokoll.\n\n"
	checkLast(t, "de", map[string]string{
		lead + "Normalerweise prüfe ich im April jeden Morgen die Beuten.":                                                                                             "Wiebke Sandholt",
		lead + "Normalerweise prüfe ich im April jeden Morgen die Beuten. Die Nachbarn brachten am Sonntag Kuchen vorbei.":                                             "Wiebke Sandholt",
		lead + "Die Nachbarn brachten am Sonntag Kuchen vorbei.":                                                                                                       "",
		lead + "Normalerweise prüfe ich im April jeden Morgen die Beuten.\n\nLeere Regale im Mai":                                                                      "",
		"„Die Bienen warten nicht“\n\nNun steht das Café „Anna Blume“ am Marktplatz leer. Ein Protokoll.\n\nNormalerweise prüfe ich im April jeden Morgen die Beuten.": "",
	})
}
