package extract

import "testing"

// TestSubjectCarryDE checks that reported speech after a sentence that
// opens with an earlier speaker's surname goes to that speaker, not to the
// one who spoke last; a sentence that names no one keeps the last speaker.
func TestSubjectCarryDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Minister Tom Weis sagte, die Steuer sei gerecht. Die Abgeordnete Eva Kühn erklärte, die Steuer sei zu hoch. Weis verweist auf das Gericht. Eine Reform sei nötig gewesen.": "Tom Weis",
		"Der Minister Tom Weis sagte, die Steuer sei gerecht. Die Abgeordnete Eva Kühn erklärte, die Steuer sei zu hoch. Das Gericht tagt im Mai. Eine Reform sei nötig gewesen.":       "Eva Kühn",
	})
}
