package extract

import "testing"

// TestEigenangabenDE checks that "nach Eigenangaben" in one word names the
// subject like "nach eigenen Angaben".
func TestEigenangabenDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Der Verband der Papierindustrie vertritt nach Eigenangaben 90 Prozent der Firmen.": "Verband der Papierindustrie",
	})
}
