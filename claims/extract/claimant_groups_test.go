package extract

import "testing"

// TestDescribedGroupEN checks that a group described by "people" and a
// complement, or by a head and a negated participle, is the claimant as
// written, and that "People" alone or a negated verb of saying stays as it
// was.
func TestDescribedGroupEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"People familiar with the matter said the ferry deal was worth 3 billion dollars.": "People familiar with the matter",
		"People close to the mayor say she will run again in 2028.":                        "People close to the mayor",
		"People working at the plant said 40 jobs were cut.":                               "People working at the plant",
		"Experts not involved in the study said the numbers were striking.":                "Experts not involved in the study",
		"Harbor pilots not involved in the talks said the port lost 12 ships.":             "Harbor pilots not involved in the talks",
		"Officials at the agency did not say how many ships were lost.":                    "",
		// a described source keeps its description when the text names the person in full
		"Mayor Ann Lee spoke on Monday. The pier will close in May, people close to Lee say.": "people close to Lee",
		"Mayor Ann Lee spoke on Monday. The pier will close in May, Mayor Lee said.":          "Ann Lee",
		// a name in -s before a collective noun modifies it
		"Tom Akers spoke on Monday. The Akers campaign said the pier would cost 3 million dollars.": "Akers campaign",
	})
}

// TestForecastThatEN checks that "forecast" and "project" with a clause
// of "that" name their subject, and not as a noun or an adjective.
func TestForecastThatEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Harbor Authority forecast on Thursday that traffic would fall 31 percent.": "Harbor Authority",
		"The Harbor Authority projected that traffic would fall 31 percent.":            "Harbor Authority",
		"The weather forecast that day was grim for 300 ships.":                         "",
	})
}
