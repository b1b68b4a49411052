package extract

import "testing"

// TestDescribedAppositionAndSaidEN checks that a described subject with a
// name in apposition, before "declined … but said", names the person.
func TestDescribedAppositionAndSaidEN(t *testing.T) {
	const before = "The ferry sank in shallow water. "
	checkLast(t, "en", map[string]string{
		before + "A spokesman for the port, Egon Maris, declined to give details but said the crew was safe.": "Egon Maris",
		before + "The director of the harbour, Lise Aamot, visited the site and said divers would search it.": "Lise Aamot",
	})
}
