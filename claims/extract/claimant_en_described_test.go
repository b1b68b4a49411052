package extract

import "testing"

// TestDescribedSourceEN checks English sources described with an
// indefinite determiner, before and after the verb of saying, and a later
// definite reference to them.
func TestDescribedSourceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"A senior city official said the plan had failed.":                                         "A senior city official",
		"“We lost the vote,” said a longtime adviser to the mayor, who asked not to be named.":     "a longtime adviser to the mayor",
		"“We lost the vote,” one aide said on Monday.":                                             "one aide",
		"But a county spokesman said the road was closed.":                                         "a county spokesman",
		"A reporter asked whether the road was closed.":                                            "",
		"A poll released Monday said that 40 percent of voters agree.":                             "",
		"Bills were filed, and a dozen states said they would study the problem.":                  "",
		"A senior city official said the plan had failed. “We lost the vote,” the official added.": "A senior city official",
		"One of the officials said the plan had failed. “We lost the vote,” said the official.":    "One of the officials",
	})
}

// TestAccordingEN checks the sources after "according to" that are no
// name: a pronoun, a name after "from", a bare singular noun.
func TestAccordingEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Dan Whitley spoke on Monday. The plan failed, according to him.":               "Dan Whitley",
		"Crime fell by 3 percent, according to the latest data from the Harbor Police.": "Harbor Police",
		"The mayor will lose, according to postwar precedent for incumbents.":           "",
		"The mayor will lose, according to campaign finance reports.":                   "campaign finance reports",
		"The mayor will lose, according to people close to the campaign.":               "people close to the campaign",
	})
}
