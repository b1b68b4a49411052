package extract

import "testing"

// TestBackshiftSpeakerEN checks that sentences in backshifted reported
// speech ("would") right after "X said … would …" keep X as claimant, and
// that a past conditional ("would have") or a unit after a report without
// "would" does not.
func TestBackshiftSpeakerEN(t *testing.T) {
	const report = "Mayor Lina Osterkamp said the old mill would become a school. "
	checkLast(t, "en", map[string]string{
		report + "The city would buy the site in the spring.":                                             "Lina Osterkamp",
		report + "The city would buy the site in the spring. Builders would start in the autumn.":         "Lina Osterkamp",
		report + "The plan would have cost twice as much a decade ago.":                                   "",
		"Mayor Lina Osterkamp said the old mill was for sale. The city would buy the site in the spring.": "",
		report + "Many residents were surprised. The city would buy the site in the spring.":              "",
	})
}
