package extract

import "testing"

// TestDemonstrativeSubjectDE checks that "Diese" alone before a verb of
// saying names the last person the unit before named, and that a noun
// after the demonstrative makes it a determiner that names no one.
func TestDemonstrativeSubjectDE(t *testing.T) {
	const before = "Der Bürgermeister Tom Weis lobte den Plan für die neue Fähre, Beifall kam auch von der Abgeordneten Ida Marx. "
	checkLast(t, "de", map[string]string{
		before + "Diese erklärte am Abend, der Hafen brauche die Fähre dringend.":  "Ida Marx",
		before + "Diese hatte den Plan am Abend als dringend bezeichnet.":          "Ida Marx",
		before + "Diese Zahlen zeigen, dass der Hafen die Fähre dringend braucht.": "",
	})
}
