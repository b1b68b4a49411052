package extract

import "testing"

// TestGroupFullNameEN checks that a capitalised plural of a group keeps
// its own form when the text also names a narrower group ending in it,
// and that a surname in "s" still gets the person's full name.
func TestGroupFullNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Senate Liberals met on Monday with Liberal leaders to discuss the ferry levy. Liberals said the levy would hurt small traders on the coast.": "Liberals",
		"Harbor Greens met on Monday with Green voters about the dam. Meanwhile, Greens say the dam will flood the valley.":                           "Greens",
		"Tom Sanders, a ferry pilot, met Sanders family friends on Tuesday. Sanders said the harbor was too shallow for the new ferries.":             "Tom Sanders",
	})
}
