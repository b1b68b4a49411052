package extract

import "testing"

// TestDeclinedToCommentDE checks that "wollte sich nicht äußern" and its
// kind name no claimant, while other negated verbs keep their speaker.
func TestDeclinedToCommentDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Ein Sprecher des Unternehmens wollte sich dazu nicht äußern.":                "",
		"Ein Sprecher des Unternehmens wollte das nicht kommentieren.":                "",
		"Der Bürgermeister Jan Ohm wollte sich nicht dazu äußern.":                    "",
		"Ein Sprecher des Unternehmens äußerte sich zunächst nicht.":                  "",
		"Der Angeklagte äußerte sich zunächst nicht zu den Vorwürfen.":                "",
		"Eva Roth äußerte sich nicht zu den Vorwürfen, sagte aber, 40 Akten fehlten.": "Eva Roth",
		"Ein Sprecher des Unternehmens sagte, man werde nicht klagen.":                "Sprecher des Unternehmens",
		"Der Bürgermeister Jan Ohm bestätigte die Zahl zunächst nicht.":               "Jan Ohm",
	})
}
