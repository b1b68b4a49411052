package extract

import "testing"

// TestOfficeOfNameEN checks that an office written with "of" before a
// name gives the name as the speaker, while a body's name with "of" stays
// whole.
func TestOfficeOfNameEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"“We will talk about the pier tomorrow,” Harbor Board Chief of Staff Tom Reyes said on Sunday.": "Tom Reyes",
		"Port Secretary of State Kim Osei said the ferry would run again.":                              "Kim Osei",
		"“The pier is unsafe,” the Office for Harbor Safety said.":                                      "Office for Harbor Safety",
	})
	var z tokenizer
	for _, c := range []struct {
		text string
		k, e int
		want bool
	}{{"of Staff Tom Reyes", 1, 4, true}, {"of Harbor Safety", 1, 3, false}, {"of State Kim Osei", 1, 4, true}} {
		if got := officeOfNameEN(z.tokenize(c.text, lexEN), c.k, c.e); got != c.want {
			t.Errorf("officeOfNameEN(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestOfficeInRunEN checks an office or a title inside a longer
// capitalised run before the name (invented sentences): the person after
// it speaks, not the body whose words open the run, and the office's last
// word is no part of the name; a body's name with "of" stays whole.
func TestOfficeInRunEN(t *testing.T) {
	checkLast(t, "en", map[string]string{
		"Supervisor of Elections Kim Osei said the vote was fair.":                  "Kim Osei",
		"Harbor County Supervisor of Elections Kim Osei said the vote was fair.":    "Kim Osei",
		"Harbor Council of Economic Advisers Chair Ann Lee said rates would rise.":  "Ann Lee",
		"The Bank of Harbor City Mellon said the vote was fair.":                    "Bank of Harbor City Mellon",
		"Director of Harbor Intelligence Dan Coats said the ferry would run again.": "Dan Coats",
	})
}
