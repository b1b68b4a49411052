package extract

import "testing"

// TestTheyOpeningGroupEN checks that "they said" after a unit opening with
// a person and her colleagues refers to that group, named in full.
func TestTheyOpeningGroupEN(t *testing.T) {
	const before = "The survey was led by ecologist Maren Tolvik of Ostbay University. "
	checkLast(t, "en", map[string]string{
		before + "Tolvik and her colleagues counted birds on 40 farms. They said numbers had halved since 2010.": "Maren Tolvik and her colleagues",
	})
}
