package extract

import "testing"

// TestQuotedOpeningEN checks that a name inside a quotation that opens the
// sentence is not the speaker of the verb after the quotation.
func TestQuotedOpeningEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“The Harbor Council cannot punish reporters with whom it disagrees,” NBC said in its court filing.": "NBC",
		"“From Day One, the toll was the top priority,” the bespectacled, 71-year-old diplomat said.":        "",
		"“Prices will fall,” Ann Lee said.": "Ann Lee",
	})
}
