package extract

import "testing"

// TestRoleBeforeNameAppositionEN checks that an apposition giving a lower-case role
// before a full name, between commas before the verb of saying, names the
// person.
func TestRoleBeforeNameAppositionEN(t *testing.T) {
	const before = "The vote on the harbour tax is next week. "
	checkLast(t, "en", map[string]string{
		before + "His opponent, county commissioner Vera Lind, said the tax was too high.": "Vera Lind",
		before + "The rival, the former mayor Otto Brandt, said the plan would fail.":      "Otto Brandt",
	})
}
