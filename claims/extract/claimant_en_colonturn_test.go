package extract

import "testing"

// TestColonTurnEN checks a turn marked by a name and a colon ("Lena
// Marsh: …", "Marsh: …") at the start of a paragraph: the later
// sentences of that paragraph go on in the speaker's voice; the next
// paragraph without a label is the author's again.
func TestColonTurnEN(t *testing.T) {
	lead := "A panel with Lena Marsh and Tomas Erkel discussed the harbour toll on Sunday.\n\n"
	checkLast(t, "en", map[string]string{
		lead + "Lena Marsh: The toll is far too high for the fishermen. It was doubled in 2019.":   "Lena Marsh",
		lead + "Erkel: The toll pays for the dredging. Without it the channel silts up.":           "Tomas Erkel",
		lead + "Erkel: The toll pays for the dredging.\n\nThe channel was last dredged in 2015.":   "",
		lead + "The toll pays for the dredging, the panel heard. Without it the channel silts up.": "",
	})
}
