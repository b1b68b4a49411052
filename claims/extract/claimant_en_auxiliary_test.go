package extract

import "testing"

// TestAuxiliaryEN checks a speaker before an auxiliary of the perfect
// with a verb of assertion when the sentence opens with other capitalised
// words; a passive and "said little" keep no speaker.
func TestAuxiliaryEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor County Gov. Dora Vance has said she would close the pier.":                                                  "Dora Vance",
		"In Harbor County, Gov. Dora Vance has also argued that the pier must close.":                                       "Dora Vance",
		"In Harbor County, Gov. Dora Vance has been criticized for the pier.":                                               "",
		"Police, helped in the search by two state agencies, have said little about the fire.":                              "",
		"Police, helped in the search by two state agencies, have said the fire was set.":                                   "Police",
		"The ferry passengers were counted twice. In Harbor County, Harbor Air has confirmed that 12 people were on board.": "Harbor Air",
	})
}
