package sqlite

import "testing"

// TestMatchExprPhrase checks the FTS5 form of a quoted phrase and of a
// number: one phrase per combination of the words' spellings, digit
// groups as exact tokens.
func TestMatchExprPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"2,5":               `"2" + "5"`,
		`"Strasse 1.600" x`: `("strasse"* + "1" + "600" OR "straße"* + "1" + "600") AND "x"*`,
		`"Deutsche Bahn"`:   `"deutsche"* + "bahn"*`,
	} {
		if got, err := matchExpr(text); err != nil || got != want {
			t.Errorf("matchExpr(%q) = %q, %v; want %q", text, got, err, want)
		}
	}
}
