package extract

import "testing"

// TestArticledBodyEN checks a body's name with its article in apposition
// before the verb of saying.
func TestArticledBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Talks failed. The union, the Greyport Nurses Union, said 2,400 members had joined.": "Greyport Nurses Union",
		"Talks failed. The regulator, the Harbor Energy Board, said prices would rise.":      "Harbor Energy Board",
		"Talks failed. The union, Greyport Nurses Union, said 2,400 members had joined.":     "Greyport Nurses Union",
	})
}
