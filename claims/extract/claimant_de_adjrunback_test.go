package extract

import "testing"

// TestAdjRunBackDE checks that a paper's name of a place's adjective,
// another adjective and a noun keeps both adjectives, in the nominative,
// said with "laut der", carried by "Demnach" from a genitive and taken up
// by "Die Zeitung", and after "laut" with the strong ending -er; and that a place's adjective before a title and a
// person's name still goes.
func TestAdjRunBackDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Laut der Hamburger Allgemeinen Zeitung haben 40 Ämter Hilfe beantragt.":                                                                                                "Hamburger Allgemeine Zeitung",
		"Laut der Norddeutschen Allgemeinen Zeitung haben 40 Ämter Hilfe beantragt.":                                                                                            "Norddeutsche Allgemeine Zeitung",
		"Die Überlastung ergab eine Umfrage der Hamburger Allgemeinen Sonntagszeitung (HAS). Demnach haben 40 Ämter Hilfe beantragt.":                                           "Hamburger Allgemeine Sonntagszeitung",
		"Die Kommission kam laut Westdeutscher Zeitung zu dem Schluss, dass der Minister abgeschrieben hat. Die Gutachter stützten sich dabei laut der Zeitung auf 40 Urteile.": "Westdeutsche Zeitung",
		"Der Hamburger Richter Jan Roth hat das Urteil gesprochen. Das Urteil sei rechtskräftig, sagte der Hamburger Richter Jan Roth am Montag.":                               "Jan Roth",
	})
}
