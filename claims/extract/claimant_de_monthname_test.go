package extract

import "testing"

// TestMonthFirstNameDE checks that a month word that is also a first name
// starts a person's name before a surname ("Landrat August Falk"), and
// that a month before a title stays a date.
func TestMonthFirstNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Landrat August Falk sagte, die Straße sei zu schmal.":                                           "August Falk",
		"Die Stadträtin April Sommer sagte, die Straße sei zu schmal.":                                   "April Sommer",
		"Im August sagte Landrat Tom Weis, die Straße sei zu schmal.":                                    "Tom Weis",
		"Der Vorsitzende Jan Brehm sagte, die Straße sei zu schmal. Die Brücke sei alt, erklärte Brehm.": "Jan Brehm",
	})
	if !monthFirstNameDE("August", true) || monthFirstNameDE("August", false) || monthFirstNameDE("Januar", true) {
		t.Error("monthFirstNameDE: want August before more words only, never Januar")
	}
}
