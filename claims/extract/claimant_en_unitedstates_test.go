package extract

import "testing"

// TestUnitedStatesEN checks "States" in "the United States" as part of the
// country's name, not the verb "states" with "United" as its subject; the
// verb "states" in lower case still names its subject.
func TestUnitedStatesEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"HARBORTON (AP) — The latest on the governor's plans to cut ferry fares in the United States (all times EST):": "",
		"So how does the United States -- a large and busy nation -- run its harbors in a storm?":                      "",
		"Harbor master Ann Lee states that 40 boats sank in the storm.":                                                "Ann Lee",
	})
}
