package extract

import "testing"

// TestAccordingRoleEN checks that "according to his lawyer" names the
// lawyer the text gave in an apposition before.
func TestAccordingRoleEN(t *testing.T) {
	const before = "Pim Oster was arrested on Monday. His lawyer, Runa Veld, told reporters he was innocent. "
	checkLast(t, "en", map[string]string{
		before + "According to his lawyer, Oster spent the night at home.":   "Runa Veld",
		before + "Oster spent the night at home, according to his attorney.": "his attorney",
	})
}
