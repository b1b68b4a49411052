package extract

import "testing"

// TestGroupTailEN checks a group subject that goes on after its first
// plural noun: a compound whose last noun is the head, and two groups
// joined by "and"; a possessive before a noun that is no group, a
// collective noun before "and", and a plain group keep their reading.
func TestGroupTailEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tenant rights advocates say the rents on the quay doubled.":                       "Tenant rights advocates",
		"The dockers and their families say the new shift plan is cruel.":                  "dockers and their families",
		"But ferry pilots and harbor engineers argued that the new pier was never tested.": "ferry pilots and harbor engineers",
		"The Norland administration and the dock owners say the port should close.":        "",
		"Harbor engineers say the new pier was never tested.":                              "Harbor engineers",
		"In the end, the club's attempts at reform added up to very little.":               "",
	})
}

// TestGroupPrepEN checks a group subject whose head takes a complement
// of place or side ("on", "inside"), and a date after "on" that is no
// complement.
func TestGroupPrepEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Members on the harbor board say the ferry budget is too small.": "Members on the harbor board",
		"Farmers on both banks warn that the dam will kill the river.":   "Farmers on both banks",
		"Dockers inside the port say the cranes are old.":                "Dockers inside the port",
		"Harbor pilots on Tuesday said the pier was unsafe.":             "",
	})
}

// TestGroupSubordinateEN checks a group subject that opens a subordinate
// clause before a plural verb of saying or belief, and an auxiliary after
// the subordinator that is no subject.
func TestGroupSubordinateEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"It explains why ferry users say the fares are unfair.":                           "ferry users",
		"The new fee is a burden that dock owners say makes the port poorer.":             "dock owners",
		"The town voted for the plan, although many farmers believe the pier will flood.": "many farmers",
		"It is a club that does believe in second chances.":                               "",
	})
}

// TestGroupPossessiveEN checks a group subject led by a possessive right
// before a plural verb of saying.
func TestGroupPossessiveEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Avery runs the ferry firm. Avery’s lawyers say the fee was paid in full.": "Avery’s lawyers",
		"The levy's opponents argue that the quay needs no new tax.":                   "levy's opponents",
	})
}
