package extract

import "testing"

// TestTurnLabelEN checks a broadcast transcript's turns: a label in
// capitals opened by a broadcasting role, a caller's first name once the
// text is a transcript (also when a role alone showed it one, as in a
// debate), and the later sentences of a turn's paragraph; a heading in
// capitals in another text names nobody; the same in German.
func TestTurnLabelEN(t *testing.T) {
	host := "Drive Time, Tuesday\n\nPRESENTER MILO KRANTZ: Welcome back to the show.\n\n"
	checkLast(t, "en", map[string]string{
		host + "CALLER NORA: The bypass has doubled the traffic on my street.":                                                                     "Nora",
		host + "NORA: The bypass has doubled the traffic on my street.":                                                                            "Nora",
		host + "NORA: Hello, Milo. The bypass has doubled the traffic on my street.":                                                               "Nora",
		"Drive Time, Tuesday\n\nPRESENTER MILO KRANTZ: Welcome back. The toll rises in June.":                                                      "Milo Krantz",
		"The toll will rise in June.\n\nUPDATE: The council has delayed the vote by a week.":                                                       "",
		host + "NORA: The bypass is loud.\n\nThe council has delayed the vote on the bypass by a week.":                                            "",
		"MODERATOR: Governor, what would your plan cost?\n\nBRANDT: Our plan costs four billion dollars less than the current one.":                "Brandt",
		"MODERATOR: Governor, what would your plan cost?\n\nBRANDT: It is cheaper. Our plan costs four billion dollars less than the current one.": "Brandt",
		"MODERATOR: Governor, what would your plan cost?\n\nOur plan costs four billion dollars less than the current one.":                        "",
		"MODERATOR: Governor, what would your plan cost?\n\nBRANDT: Our plan costs less.\n\nMODERATOR: The agency says your plan costs more.":      "",
	})
	checkLast(t, "de", map[string]string{
		"MODERATORIN: Was kostet Ihr Plan?\n\nKRAUSE: Unser Plan kostet vier Milliarden Euro weniger als der bisherige.":                      "Krause",
		"MODERATORIN: Was kostet Ihr Plan?\n\nKRAUSE: Er ist billiger. Unser Plan kostet vier Milliarden Euro weniger.":                       "Krause",
		"MODERATORIN: Was kostet Ihr Plan?\n\nKRAUSE: Wir sparen vier Milliarden Euro.\n\nMODERATORIN: Danke. Kommen wir zum nächsten Thema.": "",
		"Die Gebühr steigt im Juni.\n\nUPDATE: Der Rat hat die Abstimmung um eine Woche verschoben.":                                          "",
	})
}
