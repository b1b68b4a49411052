package extract

import "testing"

// TestPronounAgentEN checks that "her family said", "his lawyer said" and
// "her campaign said" name the family, lawyer or campaign by the surname
// of the person the pronoun refers to, not that person.
func TestPronounAgentEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Ilse Mardell, a painter of harbour scenes, has died at the age of 90, her family said.":               "Mardell's family",
		"Councillor Bram Okoye was asked to appear before the panel, but his lawyer said he would not attend.": "Okoye's lawyer",
		"Senator Wilma Frask skipped the debate. Her campaign said she had a cold.":                            "Frask campaign",
		"Senator Tomas Ridley Jr. skipped the debate. His lawyers said he had a cold.":                         "Ridley's lawyers",
	})
}
