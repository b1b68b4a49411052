package extract

import "testing"

// TestPlacedClaimantDE: a place after "im" or "in" is no claimant; a
// newspaper with "heißt es" and a name elsewhere in the unit stay.
func TestPlacedClaimantDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Einige der bekanntesten Imker im Freistaat Sachsen haben den Minister gestern in einem offenen Brief vor dem Verbot gewarnt.": "",
		"Im „Rheinischen Anzeiger“ heißt es, das Verbot komme zu spät.":                                                                "Rheinischer Anzeiger",
		"Die Bundesministerin Eva Brodt warnte vor dem Verbot.":                                                                        "Eva Brodt",
		"Der Imker Jan Brodt warnte im Landtag vor dem Verbot.":                                                                        "Jan Brodt",
	})
}
