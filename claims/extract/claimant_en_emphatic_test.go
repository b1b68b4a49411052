package extract

import "testing"

// TestEmphaticEN checks a speaker before "did"/"does" with the base form
// of a verb of assertion, also negated or with an adverb between; a base
// form that reports no statement ("did not respond"), a modal ("would
// say") and a capitalised headline verb give none.
func TestEmphaticEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dora Vance did tell reporters that the pier would close.":                             "Dora Vance",
		"Harbor County Gov. Dora Vance did not say whether the pier would close.":              "Dora Vance",
		"The ferry owners met on Friday. Ruth Okafor does also say the fares must rise.":       "Ruth Okafor",
		"The pier closed in May. Officials did not say why the ferry stopped.":                 "Officials",
		"Dora Vance did not respond to a request for comment.":                                 "",
		"Dora Vance would say only that the pier would close.":                                 "",
		"Ruth Okafor On The Pier: Why The Ferry Does Not Tell Us Anything":                     "",
		"Dora Vance toured the pier on Monday. She did say, though, that the fares will rise.": "Dora Vance",
	})
}

// TestPastPerfectEN checks a speaker before "had" with a participle of
// plain assertion ("had said", "had told"); a verb of acting in the past
// perfect gives none.
func TestPastPerfectEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dora Vance toured the pier on Monday. Earlier she had said the fares would rise.": "Dora Vance",
		"In Harbor County, Gov. Dora Vance had told the council that the pier must close.": "Dora Vance",
		"In Harbor County, Gov. Dora Vance had visited the pier before it closed.":         "",
	})
}
