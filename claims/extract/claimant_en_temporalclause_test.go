package extract

import "testing"

// TestTemporalClauseEN checks a verb of saying whose subject follows
// "after", "when" or "before", or the question word of an embedded
// question ("whether", "how"), as background of the main clause, with no
// claimant; the main clause's own verb of saying keeps its speaker, and
// so does a pronoun's statement in a "that" clause the main clause judges.
func TestTemporalClauseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The ferry shares fell sharply after Mayor Lina Ortez announced new harbor fees on Friday.":       "",
		"A week after the Velden council announced a review of the pier, the harbor master resigned.":     "",
		"The crowd cheered when Tessa Brun told them that a second bridge would open in May.":             "",
		"After the Velden council announced a review, Tessa Brun said the pier would stay open all year.": "Tessa Brun",
		"Harbor traders wondered whether Mayor Lina Ortez announced the new fees too early.":              "",
		"The inquiry looks at how the Velden council responded to the first warnings.":                    "",
		"Lina Ortez drew anger after she wrote that the harbor fees would rise.":                          "Lina Ortez",
		"Lina Ortez said the harbor fees would rise after the vote.":                                      "Lina Ortez",
	})
}
