package extract

import "testing"

// TestRecentSpeakerDE checks that "sagte er" after two speakers, the older
// one known as a man and the later one of unknown gender, refers to the
// later one, and that a later speaker given only as a common noun does
// not take the pronoun.
func TestRecentSpeakerDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"„Wir warten ab“, sagte Minister Jan Roth. „Es wird knapp“, sagte Lutz Brandt. Das Treffen dauerte lange. „Wir sind fertig“, sagte er.":                 "Lutz Brandt",
		"„Wir warten ab“, sagte Minister Jan Roth. „Es wird knapp“, sagte Lutz Brandt. „Wir sind fertig“, sagte Minister Roth. Es regnete. „Gut so“, sagte er.": "Jan Roth",
	})
}
