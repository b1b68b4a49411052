package extract

import "testing"

// TestGroupTailEN checks a group subject that goes on after its first
// plural noun: a compound whose last noun is the head, and two groups
// joined by "and"; a name's possessive and a plain group keep their
// reading.
func TestGroupTailEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tenant rights advocates say the new rules for the ferry docks are unfair.":        "Tenant rights advocates",
		"The dockers and their families say the port authority ignored their letters.":     "dockers and their families",
		"But ferry pilots and harbor engineers argued that the new pier was never tested.": "ferry pilots and harbor engineers",
		"The Norland administration and the dock owners say the port should close.":        "",
		"Harbor engineers say the new pier was never tested.":                              "Harbor engineers",
		"By noon, the town's efforts at repair added up to a long list of failures.":       "",
	})
}

// TestGroupPrepEN checks a group subject whose head takes a complement
// of place or side ("on", "inside"), and a date after "on" that is no
// complement.
func TestGroupPrepEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Members on the left say they remain committed to the fight over the ferry budget.": "Members on the left",
		"Partisans on both sides warn that the other camp would close the port.":            "Partisans on both sides",
		"Dockers inside the port say the cranes are old.":                                   "Dockers inside the port",
		"Harbor pilots on Tuesday said the pier was unsafe.":                                "",
	})
}

// TestGroupSubordinateEN checks a group subject that opens a subordinate
// clause before a plural verb of saying or belief, and an auxiliary after
// the subordinator that is no subject.
func TestGroupSubordinateEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"That is why critics say the mayor had planned to close the pier.":        "critics",
		"The leak is a gap that harbor engineers say makes the new plan useless.": "harbor engineers",
		"It is so narrow that many economists believe it would be easy to avoid.": "many economists",
		"They want a port that does believe in its workers.":                      "",
	})
}

// TestGroupPossessiveEN checks a group subject led by a possessive right
// before a plural verb of saying.
func TestGroupPossessiveEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Avery runs the ferry firm. Avery’s lawyers say he simply forgot the date.": "Avery’s lawyers",
		"The levy's opponents argue that the vote was rigged.":                          "levy's opponents",
	})
}
