package extract

import "testing"

// TestPluralPossessiveEN checks that a plural noun in the possessive with
// a noun after it, as the subject of a verb of saying, is the claimant.
func TestPluralPossessiveEN(t *testing.T) {
	const before = "The ferry service was cut in May. "
	checkLast(t, "en", map[string]string{
		before + "The sailors’ union said the cuts were unsafe.":                   "sailors’ union",
		before + "Fares rose, and a passengers' group said the service was worse.": "passengers' group",
		before + "Westport dockers' association said it would strike.":             "Westport dockers' association",
	})
}

// TestPluralPossessiveOpeningEN checks a plural in the possessive that
// opens the unit, capitalised there.
func TestPluralPossessiveOpeningEN(t *testing.T) {
	const before = "The ferry service was cut in May. "
	checkLast(t, "en", map[string]string{
		before + "Sailors’ unions said the cuts were unsafe.": "Sailors’ unions",
		before + "Ferries' crews said the cuts were unsafe.":  "Ferries' crews",
	})
}
