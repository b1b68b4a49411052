package extract

import "testing"

// TestPluralRoleDE checks that a masculine person noun after "die" (a
// plural: "die Richter") is not resolved to the last speaker like "der
// Richter".
func TestPluralRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Abgeordnete Jan Roth sprach im Landtag. „Es darf nicht sein“, sagte er. Am Abend erklärten die Richter, das Urteil sei rechtskräftig.": "Richter",
		"„Es darf nicht sein“, sagte Jan Roth. „Wir prüfen das“, sagt der Abgeordnete.":                                                             "Jan Roth",
	})
}
