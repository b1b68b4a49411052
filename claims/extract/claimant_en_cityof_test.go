package extract

import "testing"

// TestCityOfEN checks a local government named "the city of X": the
// claimant as the text names it, not the place.
func TestCityOfEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"The city of Marlow said the blackout shut off its pumping station.":        "city of Marlow",
		"In a tweet, the city of Marlow urged people to seek shelter.":              "city of Marlow",
		"The Marlow Courier reported the fire. The city of Marlow said it was out.": "city of Marlow",
		"Marlow said the blackout shut off its pumping station.":                    "Marlow",
	})
}
