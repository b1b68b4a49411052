package postgres

import "testing"

// TestMatchExprPhrase checks the tsquery form of a number (its digit
// groups next to each other, or the one lexeme the parser makes of 2.5
// or 3/4) and of a quoted phrase (<->, a word's spellings ORed).
func TestMatchExprPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"2,5 x":           `( '2' <-> '5' | '2.5' | '2/5' ) & 'x':*`,
		`"Strasse 3/4"`:   `( ( 'strasse':* | 'straße':* ) <-> ( '3' <-> '4' | '3.4' | '3/4' ) )`,
		`"Deutsche Bahn"`: `( 'deutsche':* <-> 'bahn':* )`,
	} {
		if got, err := matchExpr(text); err != nil || got != want {
			t.Errorf("matchExpr(%q) = %q, %v; want %q", text, got, err, want)
		}
	}
}
