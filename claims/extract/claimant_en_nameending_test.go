package extract

import "testing"

// TestNameEndingEN checks that a one-word name in "-as", "-os" or "-us"
// is a person a later "he" refers to, not a group.
func TestNameEndingEN(t *testing.T) {
	const before = "Greta Holm runs the bakery. “We bake at four,” she said. "
	checkLast(t, "en", map[string]string{
		before + "Her brother, Matias, who drives the van, said the roads were bad. He said deliveries were late.":  "Matias",
		before + "Her partner, Ilkos, who keeps the books, said costs had risen. He said flour cost twice as much.": "Ilkos",
	})
}
