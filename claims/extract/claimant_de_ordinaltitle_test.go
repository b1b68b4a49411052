package extract

import "testing"

// TestOrdinalTitleDE checks an office numbered by an ordinal after a verb
// of saying, with and without a place in the genitive before it.
func TestOrdinalTitleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Der Hafen bleibt offen“, sagte Erster Bürgermeister Jens Olde.":                 "Jens Olde",
		"Das sagte Kielhafens Erster Bürgermeister Jens Olde am Montag.":                  "Jens Olde",
		"„Der Hafen bleibt offen“, sagte Nordlands Erste Ministerin Ina Vorberg.":         "Ina Vorberg",
		"„Der Hafen bleibt offen“, sagte die Zweite Vorsitzende des Vereins Ina Vorberg.": "Ina Vorberg",
	})
}

// TestInvertedRoleGenitiveNameDE checks a name after a role with an
// adjective and a genitive, after the verb of saying.
func TestInvertedRoleGenitiveNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Der Hafen bleibt offen“, sagte die stellvertretende Vorsitzende des Vereins Ina Vorberg.": "Ina Vorberg",
		"„Der Hafen bleibt offen“, sagte der neue Sprecher des Verbands Jens Olde.":                 "Jens Olde",
	})
}

// TestOrdinalTitleSubjectDE checks an office numbered by an ordinal as the
// subject: the person the text named with it, never the ordinal.
func TestOrdinalTitleSubjectDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Erste Bürgermeister Jens Olde kam um neun. Der Erste Bürgermeister lobte den Plan.": "Jens Olde",
	})
}

// TestLautOwnerGenitiveDE checks "laut" before an office named with its
// place in the genitive, with and without an ordinal: the person.
func TestLautOwnerGenitiveDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Hafen ist offen. Laut Nordlands Ministerpräsident Jens Olde bleibt er offen.":     "Jens Olde",
		"Der Hafen ist offen. Laut Kielhafens Erstem Bürgermeister Jens Olde bleibt er offen.": "Jens Olde",
		"Der Hafen ist offen. Laut Nordlands Innenministerium bleibt er offen.":                "Nordlands Innenministerium",
	})
}
