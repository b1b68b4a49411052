package extract

import "testing"

// TestReportAfterAdverbialDE checks that a verb of reporting after a
// fronted adverbial takes the body after it as its subject, without the
// verb's own preposition.
func TestReportAfterAdverbialDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Am Montag warb die Polizei für mehr Vorsicht.":                          "Polizei",
		"Seit einiger Zeit pocht das Verkehrsamt auf eine deutliche Trendwende.": "Verkehrsamt",
		"Am Montag sprach man von einem schweren Unfall.":                        "",
	})
}

// TestInvertedRoleAndNameDE checks that a role followed by the surname of
// a person the text named is that person.
func TestInvertedRoleAndNameDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Karl Weber tritt gegen den Bürgermeister an. So wies der konservative Herausforderer Weber darauf hin, dass die Schulden steigen.": "Karl Weber",
	})
}
