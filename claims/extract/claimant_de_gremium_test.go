package extract

import "testing"

// TestGremiumDE checks that "das Gremium" is the council or committee the
// text last named, in the nominative, and that an office in -rat or a
// council with a name after it is not taken for one.
func TestGremiumDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Ministerin bat den Europäischen Nordseerat um ein Gutachten. Das Gremium empfahl am Freitag, die Fangquote zu senken.":                      "Europäischer Nordseerat",
		"Der Landesjugendausschuss tagte in Mellrich. Das siebenköpfige Gremium empfahl, die Zuschüsse zu verdoppeln.":                                   "Landesjugendausschuss",
		"Die Ministerin bat den Europäischen Nordseerat um ein Gutachten. Der Nordseerat tagte am Montag. Das Gremium empfahl, die Fangquote zu senken.": "Europäischer Nordseerat",
		"Die Sitzung leitete Landrat Jan Roth. Das Gremium empfahl am Freitag, die Fangquote zu senken.":                                                 "Gremium",
	})
}
