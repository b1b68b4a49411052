package extract

import "testing"

// TestGluedLabelEN checks a link's headline after a short label glued by
// its colon ("Earlier:…", "Talks stall:…") as a unit without claimant; a
// quotation after a verb of saying and a colon keeps its speaker.
func TestGluedLabelEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Earlier:Mayor Tessa Brun calls for a ferry strike vote":                    "",
		"Talks stall:Velden union says the harbor owners broke their word":          "",
		"Tessa Brun told the Velden Courier:“The ferry will sail again by summer.”": "Tessa Brun",
	})
}
