package extract

import "testing"

// TestMoreBodyNounsEN checks that "the bureau said", "the unit said", "the
// trust said", "the diocese said" and "the inspectorate said" take up the
// body the text named before with that head noun.
func TestMoreBodyNounsEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Claims fell by a third, the Eastmoor Audit Bureau said. In a letter to MPs, the bureau said 400 claims were waiting.": "Eastmoor Audit Bureau",
		"Yields fell, according to the Crop Data Unit. Prices rose 9 percent, the unit said.":                                  "Crop Data Unit",
		"Ann Lee of the Pell Rivers Trust spoke. The trust said the number of herons had fallen by half.":                      "Pell Rivers Trust",
		"The Diocese of Carrow said it would close 12 churches. The diocese said attendance had fallen to 3,000.":              "Diocese of Carrow",
		"The Pellham Schools Inspectorate visited 40 schools. The inspectorate said 12 had failed.":                            "Pellham Schools Inspectorate",
	})
}

// TestOtherPublicKindEN checks that "the union said" does not take up a
// board quoted before: a public body of another kind.
func TestOtherPublicKindEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The Eastmoor Health Board said 300 patients had waited. About 900 posts are vacant, the union said.": "",
		"The Eastmoor Health Board said 300 patients had waited. About 900 beds are empty, the board said.":   "Eastmoor Health Board",
		"The Eastmoor Water Authority said 300 homes were cut off. About 900 pipes leak, the regulator said.": "Eastmoor Water Authority",
		"The Carrow Council of Mosques said two mosques had opened. Halls will be sold, the diocese said.":    "",
	})
}
