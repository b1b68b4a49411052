package extract

import "testing"

// TestTurnLabelEN checks a broadcast transcript's turns: a label in
// capitals opened by a broadcasting role, a caller's first name once the
// text is a transcript, and the later sentences of a turn's paragraph; a
// heading in capitals in another text names nobody.
func TestTurnLabelEN(t *testing.T) {
	host := "Drive Time, Tuesday\n\nPRESENTER MILO KRANTZ: Welcome back to the show.\n\n"
	checkLast(t, "en", map[string]string{
		host + "CALLER NORA: The bypass has doubled the traffic on my street.":                          "Nora",
		host + "NORA: The bypass has doubled the traffic on my street.":                                 "Nora",
		host + "NORA: Hello, Milo. The bypass has doubled the traffic on my street.":                    "Nora",
		"Drive Time, Tuesday\n\nPRESENTER MILO KRANTZ: Welcome back. The toll rises in June.":           "Milo Krantz",
		"The toll will rise in June.\n\nUPDATE: The council has delayed the vote by a week.":            "",
		host + "NORA: The bypass is loud.\n\nThe council has delayed the vote on the bypass by a week.": "",
	})
}
