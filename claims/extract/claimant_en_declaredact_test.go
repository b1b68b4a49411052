package extract

import "testing"

// TestDeclaredActEN checks that "declared" with a noun phrase as object
// reports an act, while "declared that …" keeps its claimant.
func TestDeclaredActEN(t *testing.T) {
	const before = "A wildfire burned near Ostby on Monday. "
	checkLast(t, "en", map[string]string{
		before + "Governor Mara Ostrow declared a state of emergency for Ostby County on Monday evening.": "",
		before + "Governor Mara Ostrow declared that 40 homes had burned.":                                "Mara Ostrow",
	})
}
