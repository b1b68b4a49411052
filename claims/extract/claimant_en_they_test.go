package extract

import "testing"

// TestTheyGroupEN checks that "they" as the subject of a verb of saying
// takes the group last claimed, but not inside a relative clause, not for
// "agreed to", not for a group claimed long before and not for a person.
func TestTheyGroupEN(t *testing.T) {
	const experts = "Harbor engineers say the pier is unsafe. "
	checkLast(t, "en", map[string]string{
		experts + "The repairs would cost more than a new pier, they said.":                              "Harbor engineers",
		experts + "Sometimes, they say, a storm is enough to close it.":                                  "Harbor engineers",
		experts + "The board ignored a report that they say was clear.":                                  "",
		experts + "The board met twice. The ferry ran late. The town voted. The pier closed, they said.": "",
		"Ruth Okafor says the pier is unsafe. The repairs would cost more than a new pier, they said.":   "",
		experts + "After the vote, they agreed to a second survey of the pier.":                          "",
	})
}
