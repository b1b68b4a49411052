package extract

import "testing"

// TestPluralKonj2DE checks that a unit whose only mark of reported speech
// is the plural "wären" or "hätten" does not carry a speaker a narrated
// unit ago, while the same unit right after the speaker still does.
func TestPluralKonj2DE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Fährmann Ole Brandvik sagte, der Hafen sei zu klein. Die Insel hat zwei Anleger. Mit zwei neuen Fähren wären die Wege deutlich kürzer.":       "",
		"Die Wirtin Helke Sommer sagte, die Küche sei zu alt. Der Gasthof steht seit 1890 am Markt. Einen langen Umbau hätten die Gäste kaum hingenommen.": "",
		"Der Fährmann Ole Brandvik sagte, der Hafen sei zu klein. Mit zwei neuen Fähren wären die Wege deutlich kürzer.":                                   "Ole Brandvik",
	})
}
