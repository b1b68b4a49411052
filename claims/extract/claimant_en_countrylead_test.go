package extract

import "testing"

// TestCountryLeadEN checks a country written in capitals before the name
// of a body as part of that name, as subject, after "according to" and
// with a country written without stops; a person's name after the
// country is left as it is.
func TestCountryLeadEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The U.S. Fisheries Service said it counted 4,000 salmon in the river.":             "U.S. Fisheries Service",
		"Water use rose by 12 percent, according to the U.S. Bureau of Inland Waters.":      "U.S. Bureau of Inland Waters",
		"The U.N. Refugee Relief Agency said 3,000 people had crossed the river on Monday.": "U.N. Refugee Relief Agency",
		"U.S. Senator Ruth Amberly said the bridge would cost $3 million.":                  "Ruth Amberly",
	})
}
