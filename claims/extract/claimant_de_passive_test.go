package extract

import "testing"

// TestPassiveBeforeDE checks that a participle of saying that closes its
// clause after a form of "werden" or "sein" names no speaker, while a
// future and "wird … zitiert" do.
func TestPassiveBeforeDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Kaum war der Plan verkündet, kam die Kehrtwende.":                                      "",
		"Am Montag wurde im Rathaus der neue Plan verkündet.":                                   "",
		"Die Bürgermeisterin Eva Roth wird später sagen, sie sei froh gewesen.":                 "Eva Roth",
		"Die Bürgermeisterin Eva Roth wird von der Zeitung mit den Worten zitiert, es sei gut.": "Eva Roth",
		"Die Bürgermeisterin Eva Roth hat den Plan verkündet.":                                  "Eva Roth",
	})
}
