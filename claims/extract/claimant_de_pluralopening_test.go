package extract

import "testing"

// TestPluralSieOpeningDE checks that a plural "sie" refers to a group of
// judging or investigating people that opened the unit before as the
// subject of a plural verb, though that unit claimed nothing, and not to
// other groups of the story.
func TestPluralSieOpeningDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ermittler stellten am Dienstag ihren Zwischenstand vor. Sie forderten, die Akten der Werft offenzulegen.":                "Ermittler",
		"Norwegische Wissenschaftler legten am Montag neue Zahlen vor. Zudem forderten sie mehr Tests in den Schulen.":                "Norwegische Wissenschaftler",
		"Die Beschäftigten legten am Montag die Arbeit nieder. Zudem forderten sie mehr Lohn.":                                        "",
		"Die Ermittler stellten am Dienstag ihren Zwischenstand vor. Eva Roth sagte, das sei gut. Zudem forderten sie mehr Personal.": "Ermittler",
	})
}
