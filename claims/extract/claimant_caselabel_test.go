package extract

import "testing"

// TestCaseLabel checks a transcript's labels in ordinary case (invented
// turns): a surname an earlier label gave, a surname after a title, a
// role alone that shows the text a transcript; a label that names nobody
// ends the turn before; a topic before a colon in news names nobody.
func TestCaseLabel(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"MODERATOR: What would your plan cost?\n\nBRANDT: Our plan costs four billion dollars less.\n\nMODERATOR: And the roads?\n\nBrandt: The county cut that route in 2023, not the state.": "Brandt",
		"MODERATOR: What would your plan cost?\n\nDr. Ellery: Air quality exceeded federal limits on 42 days last year.":                                                                       "Ellery",
		"Moderator: What would your plan cost?\n\nMs. Ruddock (Independent): We proposed retraining funds in 2022.":                                                                            "Ruddock",
		"MODERATOR: What would your plan cost?\n\nBRANDT: Our plan costs four billion dollars less.\n\nA resident: I have lived here for 40 years and it has never been this bad.":             "",
		"The toll will rise in June.\n\nUpdate: The council has delayed the vote by a week.":                                                                                                   "",
	})
	checkLast(t, "de", map[string]string{
		"MODERATORIN: Was kostet Ihr Plan?\n\nKRAUSE: Unser Plan kostet vier Milliarden Euro weniger.\n\nMODERATORIN: Und die Straßen?\n\nKrause: Der Landkreis hat die Linie 2023 gestrichen.": "Krause",
		"MODERATORIN: Was kostet Ihr Plan?\n\nFrau Tessmer (Freie Wähler): Wir haben 2022 die Sanierung beantragt.":                                                                             "Tessmer",
		"Moderatorin: Was kostet Ihr Plan?\n\nDr. Ellerbrock: Die Werte lagen letztes Jahr an 42 Tagen über dem Grenzwert.":                                                                     "Ellerbrock",
		"MODERATORIN: Was kostet Ihr Plan?\n\nKRAUSE: Wir sparen vier Milliarden Euro.\n\nEin Bürger: Ich wohne seit 40 Jahren hier und so schlimm war es noch nie.":                            "",
		"Die Gebühr steigt im Juni.\n\nHintergrund: Der Rat hat die Abstimmung um eine Woche verschoben.":                                                                                       "",
	})
}
