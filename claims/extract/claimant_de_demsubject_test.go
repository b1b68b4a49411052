package extract

import "testing"

// TestDemonstrativeSubjectDE checks that "Diese" alone before a verb of
// saying names the person the unit before ended with, and that a noun
// after the demonstrative (a determiner) or a noun ending the unit before
// (the antecedent is no name) gives no one.
func TestDemonstrativeSubjectDE(t *testing.T) {
	const before = "Der Bürgermeister Tom Weis stellte den Plan für die neue Fähre vor, im Saal saß auch die Abgeordnete Ida Marx. "
	checkLast(t, "de", map[string]string{
		before + "Diese erklärte am Abend, der Hafen brauche die Fähre dringend.":                                                     "Ida Marx",
		before + "Diese nannte den Plan am Abend einen guten Anfang.":                                                                 "Ida Marx",
		before + "Diese Zahlen zeigen, dass der Hafen die Fähre dringend braucht.":                                                    "",
		"Der Bürgermeister Tom Weis bat die Abgeordnete Ida Marx um ihren Rat. Diese erklärte am Abend, der Hafen brauche die Fähre.": "",
	})
}
