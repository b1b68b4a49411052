package extract

import "testing"

// TestAcademicRoleDE checks that a noun of office before an academic title
// and a name notes the person, not the title, for a later "die" or "der"
// and the noun.
func TestAcademicRoleDE(t *testing.T) {
	checkLast(t, "de", map[string]string{
		"Geschäftsführerin Dr. Ute Brahm sagte, das sei falsch. Die Geschäftsführerin widersprach.": "Ute Brahm",
		"Präsident Prof. Dr. Tom Weis sagte, das sei falsch. Der Präsident widersprach.":            "Tom Weis",
	})
}
