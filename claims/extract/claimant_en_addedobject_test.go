package extract

import "testing"

// TestAddedObjectEN checks that "add" with a counted object is no verb of
// saying, and that "added" before a clause still names its speaker.
func TestAddedObjectEN(t *testing.T) {
	const before = "Snow fell across the north on Sunday. "
	checkLast(t, "en", map[string]string{
		before + "The Ostby City Council voted 5-4 on Tuesday to approve a budget that adds six officers.": "",
		before + "The Harbor Board added 300 parking spaces at the ferry terminal.":                        "",
		before + "No. Velmark added similar rules on ferry fares to its transport law in 2023.":            "",
		before + "Mara Ostrow added she would support the plan.":                                           "Mara Ostrow",
	})
}
