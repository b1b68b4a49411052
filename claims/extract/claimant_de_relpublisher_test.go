package extract

import "testing"

// TestRelativePublisherDE checks that a document a finding comes from
// names its publisher in a relative clause after "hervor", and that a
// relative clause whose pronoun is the subject names no one.
func TestRelativePublisherDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das geht aus einem Papier hervor, das der Verband der Fährbetriebe veröffentlicht hat.": "Verband der Fährbetriebe",
		"Das ging aus einer Studie hervor, die das Institut für Küstenschutz erstellt hatte.":    "Institut für Küstenschutz",
		"Das geht aus einem Papier hervor, das den Verband der Fährbetriebe scharf kritisiert.":  "",
	})
}
