package sqlite

import "testing"

// TestWindowSnippetNumbers checks that a number typed with an inner
// separator is marked whole where its digit groups stand together, in
// either separator, and that other numbers starting with its digits are
// not marked; words stay prefixes.
func TestWindowSnippetNumbers(t *testing.T) {
	for _, c := range []struct{ query, text, want string }{
		{"2,5 steuer", "Die Steuer stieg um 2,5 Prozent, nicht um 25 oder 2018",
			"Die [Steuer] stieg um [2,5] Prozent, nicht um 25 oder 2018"},
		{"2,5", "nun 2.5 percent, then 5 and 2", "nun [2.5] percent, then 5 and 2"},
		{`"1.600 Menschen"`, "Es kamen 1.600 Menschen, 1.600.000 erwartet",
			"Es kamen [1.600] [Menschen], [1.600].000 erwartet"},
		{"2024", "im Jahr 2024 und 20245", "im Jahr [2024] und [20245]"},
		{"3/4", "drei Viertel, 3/4", "drei Viertel, [3/4]"},
	} {
		if got := windowSnippet([]string{c.text}, newSnippetQuery(c.query)); got != c.want {
			t.Errorf("%s in %q:\n got %q\nwant %q", c.query, c.text, got, c.want)
		}
	}
}
