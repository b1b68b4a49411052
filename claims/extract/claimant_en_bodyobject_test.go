package extract

import "testing"

// TestBodyObjectEN checks a body noun that is the object of a preposition
// before the verb of saying: the person before the preposition speaks,
// not the body quoted before.
func TestBodyObjectEN(t *testing.T) {
	before := "A report by the Harbor Research Institute found that tolls had doubled. "
	checkLast(t, "en", map[string]string{
		before + "A spokesman for the transport ministry said it would cap the tolls.": "A spokesman for the transport ministry",
		before + "The institute said the tolls would keep rising.":                     "Harbor Research Institute",
	})
}
