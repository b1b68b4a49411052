package extract

import "testing"

// TestPronounGender checks that a pronoun resolved inside its own sentence
// gives that person its gender: a later pronoun of the other gender is
// then not resolved to them, but to the person the text left of unknown
// gender.
func TestPronounGender(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Tom Verhey chaired the session. “We will see,” Tom Verhey said. Kim Brandt skipped the vote, but she said the plan would fail. “It will pass,” he said.": "Tom Verhey",
	})
	checkLast(t, "de", map[string]string{
		"„Wir warten ab“, sagte Tom Verhey. Da Kim Brandt nicht kam, erklärte sie am Abend, der Plan sei gescheitert. „Er kommt durch“, sagte er.": "Tom Verhey",
	})
}
