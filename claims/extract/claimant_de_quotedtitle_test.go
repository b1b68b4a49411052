package extract

import "testing"

// TestQuotedPaperDE checks a paper's title in quotation marks as the
// source of a press review, and titles that are no source.
func TestQuotedPaperDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der „Weserbote“ aus Bremstedt kommentiert: „Die Koalition hat sich selbst blockiert.“":    "Weserbote",
		"Die „Donaupost“ meint dagegen, die Opposition mache es sich zu leicht.":                   "Donaupost",
		"Im „Lausitzer Morgen“ heißt es: „Der Streit schadet allen.“":                              "Lausitzer Morgen",
		"„Wir bleiben dabei“, sagte Eva Roth gegenüber dem „Weserboten“.":                          "Eva Roth",
		"In einem Aufruf, den das Magazin „Stadtblick“ veröffentlichte, hieß es, man sei dagegen.": "",
	})
}
