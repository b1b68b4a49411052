package extract

import "testing"

// TestOpeningPlaceEN checks that a body or place after a capitalised
// opening preposition does not hide the person a sentence narrates about
// from a following "she said".
func TestOpeningPlaceEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		`Education Secretary Tom Reyes told the BBC that 600 teachers would be hired. At Millbrook School, Aisha Kamara got three A grades. She said she would study medicine.`:              "Aisha Kamara",
		`Education Secretary Tom Reyes told the BBC that 600 teachers would be hired. In the Harbor Institute's new lab, Aisha Kamara grew three crystals. She said she would publish soon.`: "Aisha Kamara",
	})
}
