package extract

import "testing"

// TestMoreFields checks the word count that spares furnitureLine the
// splitting of a paragraph's line.
func TestMoreFields(t *testing.T) {
	for _, c := range []struct {
		line string
		n    int
		want bool
	}{
		{"Seite 4", 12, false},
		{"  eins  zwei\tdrei ", 3, false},
		{"eins zwei drei vier", 3, true},
		{"", 0, false},
		{"Tagesblatt · Montag, 3. Mai 2027", 5, true},
		{"Tagesblatt · Montag, 3. Mai 2027", 6, false},
	} {
		if got := moreFields(c.line, c.n); got != c.want {
			t.Errorf("moreFields(%q, %d) = %v, want %v", c.line, c.n, got, c.want)
		}
	}
}
