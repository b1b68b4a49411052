package extract

import "testing"

// TestInsertedBodyEN checks that "The company, based in Dayton, said"
// names the body quoted last, but not for a body of another kind or a
// subject that is no bare description.
func TestInsertedBodyEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Northvale Foods said it would close two plants. The company, based in Dayton, said the closures would save $45 million.":            "Northvale Foods",
		"Northvale Foods said it would close two plants. The union, which represents 900 workers, said it had not been consulted.":           "",
		"Northvale Foods said it would close two plants. A worker at one of the plants, based in Dayton, said the closures came as a shock.": "",
	})
}
