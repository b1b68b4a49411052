package extract

import "testing"

// TestPrevNamedDE checks that "sagt sie" refers to the speaker the unit
// before named by surname rather than to a later speaker of her gender,
// and that a person of unknown gender who never spoke does not take the
// pronoun.
func TestPrevNamedDE(t *testing.T) {
	const two = "„Wir prüfen das“, sagte die Forscherin Kim Brandt. „Das dauert“, sagte die Ärztin Eva Lind. "
	checkLast(t, "de", map[string]string{
		two + "Am Nachmittag soll Brandt sehr verärgert gewesen sein. „Ich bleibe dabei“, sagt sie.":               "Kim Brandt",
		two + "Im Saal saß auch Kai Hartwig. Später kam Hartwig noch einmal zurück. „Ich bleibe dabei“, sagt sie.": "Eva Lind",
	})
}
