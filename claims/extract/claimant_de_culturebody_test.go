package extract

import "testing"

// TestCultureBodyDE checks that a museum, university or theatre the text
// named in full is the claimant when a later unit names it by its head
// noun alone.
func TestCultureBodyDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Das Stadtmuseum Talheim gibt ein Gemälde zurück. Das teilte das Museum am Montag mit.":               "Stadtmuseum Talheim",
		"Die Musikhochschule Grenzberg sucht Lehrkräfte. Wie die Hochschule mitteilte, fehlen zwölf Stellen.": "Musikhochschule Grenzberg",
	})
}
