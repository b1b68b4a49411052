package extract

import "testing"

// TestAppositionParen checks that a name set off by commas keeps its
// place as the speaker when a party in parentheses follows it.
func TestAppositionParen(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Die Stadt will den Park bebauen. Der Chef des Städtebunds, Jens Ohm (SPD), forderte mehr Geld.": "Jens Ohm",
	})
	checkLast(t, "en", map[string]string{
		"The city will build on the park. The head of the union, Ann Lee (D), said pay had fallen.": "Ann Lee",
	})
}
