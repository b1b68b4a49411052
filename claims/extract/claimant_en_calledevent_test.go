package extract

import "testing"

// TestCalledEventEN checks "called" with an event as object ("called an
// emergency meeting", "called off", "called no witnesses") as an act the
// author narrates, with no claimant; "called the plan a mistake" keeps it.
func TestCalledEventEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Harbor mayor Tessa Brun called an emergency meeting of the ferry board.":  "",
		"Rescue crews called off the search for the missing kayak at dusk.":        "",
		"Her lawyers called no witnesses during the two-day trial.":                "",
		"Tessa Brun called the ferry plan a costly mistake.":                       "Tessa Brun",
		"Tessa Brun called a meeting, saying the ferry board had misled the town.": "Tessa Brun",
	})
}
