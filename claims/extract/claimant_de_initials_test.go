package extract

import "testing"

// TestInitialsColonDE checks that an interview answer marked by initials
// before a colon names the person the text named in full with them, that
// the answer's paragraph keeps the speaker, and that initials two people
// share name no one.
func TestInitialsColonDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Karla Wendt leitet die Bibliothek in Obernau.\n\nFrage: Wie viele Bücher fehlen?\n\nK. W.: Im Moment sind es zweihundert.":                                          "Karla Wendt",
		"Karla Wendt leitet die Bibliothek in Obernau.\n\nFrage: Wie viele Bücher fehlen?\n\nK. W.: Im Moment sind es zweihundert. Das klingt nicht dramatisch.":             "Karla Wendt",
		"Karla Wendt leitet die Bibliothek, Kurt Weber das Archiv.\n\nFrage: Wie viele Bücher fehlen?\n\nK. W.: Im Moment sind es zweihundert. Das klingt nicht dramatisch.": "",
	})
}
