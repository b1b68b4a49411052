package extract

import "testing"

// TestDocumentClauseEN checks that an issued document names its issuer as
// the claimant also when words of time stand between the document noun
// and "that" or a participle of saying or of taking a position, and that
// "the statement said" later takes that issuer; a document with no
// content reported names none.
func TestDocumentClauseEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"In Westmark, Mayor Ivo Brandt released a statement Thursday night condemning the closure of the north pier.":                       "Ivo Brandt",
		"Norlake Foods issued a statement on Monday that its sales had risen by a tenth.":                                                   "Norlake Foods",
		"In Westmark, Mayor Ivo Brandt released a statement Thursday night urging calm. “We stand with the fishermen,” the statement said.": "Ivo Brandt",
		"Norlake Foods released a statement and a price list on Monday.":                                                                    "",
	})
}
