package extract

import "testing"

// TestGluedLinkNameEN checks names followed by a linked profile's full
// name glued to the next headline: the name before the repeat is kept;
// brands and surnames written with an inner capital stay whole.
func TestGluedLinkNameEN(t *testing.T) {
	for in, want := range map[string]string{
		"Ann Lester Ann Marie LesterHarbor": "Ann Lester",
		"Tom Bell Tom Carl BellTolls":       "Tom Bell",
		"Ann Marie LesterHarbor tolls":      "Ann Marie Lester",
		"Tom VanOsten":                      "Tom VanOsten",
		"HarborAir":                         "HarborAir",
		"HarborAir Flight":                  "HarborAir Flight",
		"Douglas MacAllen":                  "Douglas MacAllen",
	} {
		if got := gluedLinkNameEN(in); got != want {
			t.Errorf("gluedLinkNameEN(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestGluedLinkSpeakerEN checks the rule in a unit: the speaker of a
// headline with a glued profile link is the name before the repeat.
func TestGluedLinkSpeakerEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Sen. Ann Lester Ann Marie LesterHarbor tolls rise says the ferry plan should be dropped.": "Ann Lester",
	})
}
