package extract

import "testing"

// TestGroupParticipleEN checks that a group with a participle phrase
// after its noun is the claimant as a whole.
func TestGroupParticipleEN(t *testing.T) {
	const before = "A bus overturned near Ostby on Monday. "
	checkLast(t, "en", map[string]string{
		before + "Doctors treating the passengers said four were in critical condition.":     "Doctors treating the passengers",
		before + "Aid groups working in the valley said the figures understated the damage.": "Aid groups working in the valley",
		before + "Passengers stranded at the depot said they had waited for hours.":          "Passengers stranded at the depot",
		before + "Officials involved in the inquiry said the driver had been tired.":         "Officials involved in the inquiry",
	})
}
