package extract

import "testing"

// TestFirmSpokesDE checks that a bare spokesperson after a firm speaks for
// the firm, that "Sie" right after her does too, and that a firm's name
// with its legal form keeps it ("Tannwald AG", not "AG").
func TestFirmSpokesDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Tannwald AG schließt ein Werk. Die Löhne seien zu hoch, sagte eine Sprecherin.":                                                                             "Tannwald AG",
		"Die Gewerkschaftlerin Ute Brahm sagte, das sei falsch. Die Tannwald AG schließt ein Werk. Das sei nötig, sagte eine Sprecherin. Sie betonte, das Werk sei alt.": "Tannwald AG",
		"Die Tannwald AG teilte mit, die Nachfrage sei eingebrochen. Die Kessel AG teilte mit, sie baue aus.":                                                            "Kessel AG",
	})
	if got := acronymAfterNoun("Tannwald AG"); got != "Tannwald AG" {
		t.Errorf("acronymAfterNoun(Tannwald AG) = %q", got)
	}
}
